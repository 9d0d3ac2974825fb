/**
 * SQL shapes: the fingerprint (normalized text), statement kind and placeholder counts of a SQL string, from
 * a single-pass hand-written lexer that is total and linear on any input, plus the bounded cache the JDBC
 * wrappers consult on every execution. Not public API.
 */
package dev.leanjdbc.analyzer.internal.sql;
