/**
 * Micrometer meters of the analyzer ({@link dev.leanjdbc.analyzer.micrometer.LeanJdbcMetrics}); needs {@code
 * micrometer-core} on the class path (an optional dependency of the analyzer).
 */
package dev.leanjdbc.analyzer.micrometer;
