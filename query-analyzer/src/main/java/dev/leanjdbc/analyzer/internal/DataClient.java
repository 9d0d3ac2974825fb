package dev.leanjdbc.analyzer.internal;

/**
 * The data-access library that sent a statement, recognised from the stack frames between the JDBC call and
 * the application (see {@link ClientFrames}); the fixes of a finding speak its language.
 */
public enum DataClient {
    /** No library between the application and JDBC. */
    JDBC("plain JDBC"),
    /** Hibernate ORM, directly or behind JPA and Spring Data JPA repositories. */
    HIBERNATE("Hibernate"),
    /** MyBatis mappers, with or without MyBatis-Spring. */
    MYBATIS("MyBatis"),
    /** Spring's {@code JdbcTemplate} and {@code NamedParameterJdbcTemplate} (also under Spring Data JDBC). */
    SPRING_JDBC("Spring JdbcTemplate"),
    /** JDBI 3, fluent or SQL objects. */
    JDBI("JDBI"),
    /** jOOQ, directly or through leanjdbc core. */
    JOOQ("jOOQ");

    private final String label;

    DataClient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The bit of this client in a mask of clients seen ({@link FingerprintState}). */
    int bit() {
        return 1 << ordinal();
    }

    /** The one client of {@code mask}, or {@code null} when none or several were seen. */
    public static DataClient single(int mask) {
        int clients = mask & ((1 << values().length) - 1);
        if (clients == 0 || (clients & (clients - 1)) != 0) {
            return null;
        }
        return values()[Integer.numberOfTrailingZeros(clients)];
    }
}
