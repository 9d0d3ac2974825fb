/**
 * Streaming: borrowing and preparing a connection per database so results really stream, restoring it,
 * cursors over JDBC and jOOQ results, and leak detection for unclosed cursors.
 */
package dev.leanjdbc.internal.stream;
