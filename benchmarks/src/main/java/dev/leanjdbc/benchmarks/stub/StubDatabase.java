package dev.leanjdbc.benchmarks.stub;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the stub driver knows: for each SQL string, the canned rows its queries return. Immutable once built;
 * SQL is matched exactly (the benchmarks prepare the very strings they registered).
 */
public final class StubDatabase {

    private final Map<String, CannedResult> queries;

    private StubDatabase(Map<String, CannedResult> queries) {
        this.queries = Map.copyOf(queries);
    }

    public static Builder builder() {
        return new Builder();
    }

    CannedResult resultOf(String sql) throws SQLException {
        CannedResult result = queries.get(sql);
        if (result == null) {
            throw new SQLException("the stub database has no canned result for SQL [" + sql + "]; register it with"
                    + " StubDatabase.builder().query(sql, result). Known SQL: " + queries.keySet());
        }
        return result;
    }

    /** Registers queries. */
    public static final class Builder {
        private final Map<String, CannedResult> queries = new LinkedHashMap<>();

        private Builder() {}

        /** Queries whose SQL equals {@code sql} return {@code result}. */
        public Builder query(String sql, CannedResult result) {
            if (sql == null || sql.isBlank()) {
                throw new IllegalArgumentException("sql must not be blank");
            }
            if (queries.putIfAbsent(sql, result) != null) {
                throw new IllegalArgumentException("SQL registered twice: [" + sql + "]");
            }
            return this;
        }

        public StubDatabase build() {
            return new StubDatabase(queries);
        }
    }
}
