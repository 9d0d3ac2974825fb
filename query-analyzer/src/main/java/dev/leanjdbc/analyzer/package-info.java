/**
 * leanjdbc query analyzer: wraps any {@link javax.sql.DataSource}, records every statement of any JDBC
 * client and turns them into findings.
 */
package dev.leanjdbc.analyzer;
