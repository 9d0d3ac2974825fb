/**
 * A no-op JDBC driver for measuring what a JDBC wrapper costs by itself: its statements return canned rows
 * from memory, without I/O, parsing or locking, so a benchmark over it shows the wrapper's own time and
 * allocation instead of the database's.
 *
 * <p>Only the benchmarks use it. It implements the calls they make (prepare, bind, execute a query, iterate,
 * read by index or label, close) and every other JDBC method throws {@link
 * java.sql.SQLFeatureNotSupportedException} naming the method, so a benchmark that strays fails instead of
 * timing a silent no-op. A statement's SQL must be registered in a {@link
 * dev.leanjdbc.benchmarks.stub.StubDatabase} with the rows it returns; bind values are checked for their index
 * and otherwise ignored — the same SQL always returns the same rows.
 */
package dev.leanjdbc.benchmarks.stub;
