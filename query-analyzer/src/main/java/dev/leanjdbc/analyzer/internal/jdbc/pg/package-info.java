/**
 * Recording views of pgJDBC's COPY API, loaded only when a recording connection is unwrapped to {@code
 * org.postgresql.PGConnection} and the driver is on the analyzer's class path (the dependency is optional).
 */
package dev.leanjdbc.analyzer.internal.jdbc.pg;
