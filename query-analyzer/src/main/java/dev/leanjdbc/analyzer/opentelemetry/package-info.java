/**
 * OpenTelemetry: findings and scope totals on the spans an application already exports, and the analyzer's
 * meters as OpenTelemetry instruments ({@link dev.leanjdbc.analyzer.opentelemetry.LeanJdbcTelemetry}); needs
 * {@code opentelemetry-api} on the class path (an optional dependency of the analyzer).
 */
package dev.leanjdbc.analyzer.opentelemetry;
