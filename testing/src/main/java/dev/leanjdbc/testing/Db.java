package dev.leanjdbc.testing;

import org.jooq.SQLDialect;

/** The databases every feature is proven on. */
public enum Db {
    H2("H2", SQLDialect.H2),
    POSTGRES("PostgreSQL", SQLDialect.POSTGRES);

    private final String displayName;
    private final SQLDialect dialect;

    Db(String displayName, SQLDialect dialect) {
        this.displayName = displayName;
        this.dialect = dialect;
    }

    public String displayName() {
        return displayName;
    }

    public SQLDialect dialect() {
        return dialect;
    }
}
