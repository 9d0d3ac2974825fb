package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.internal.ValueHash;

/**
 * The batch a statement is adding up: its size, the running hash over its rows (or SQL texts) and, for a
 * plain statement, the first SQL text, which names the batch's event. Made on a statement's first {@code
 * addBatch} and reused after: most statements never batch, and these fields cost every statement wrapper
 * 16 bytes when kept in it. Not thread-safe, like the statement.
 */
final class PendingBatch {

    int size;
    long hash;
    String firstSql;

    /** Adds a row (or a statement) with this hash. */
    void add(long rowHash) {
        size++;
        hash = ValueHash.combine(hash, rowHash);
    }

    /** Adds a statement of a plain batch; the first names the batch. */
    void add(String sql, long sqlHash) {
        if (size == 0) {
            firstSql = sql;
        }
        add(sqlHash);
    }

    /** Empties the batch, as the driver does when it is executed or cleared. */
    void clear() {
        size = 0;
        hash = 0;
        firstSql = null;
    }
}
