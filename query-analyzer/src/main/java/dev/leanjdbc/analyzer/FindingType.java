package dev.leanjdbc.analyzer;

/**
 * What a {@link Finding} is about. Each type has its own detector, its own thresholds on {@link
 * QueryAnalyzer.Builder}, and can be switched off with {@link QueryAnalyzer.Builder#disable(FindingType...)}.
 * The catalogue with examples is {@code docs/findings.md}.
 */
public enum FindingType {
    /** The same SELECT shape run once per row of an earlier result (or once per item of a loop). */
    N_PLUS_ONE("N+1 queries"),
    /** The same SQL with the same parameters run again in one scope, with no data change in between. */
    DUPLICATE_QUERY("duplicate query"),
    /**
     * A wide SELECT of which the code read at most half of the columns; for rows that became tracked jOOQ
     * records (see {@link dev.leanjdbc.analyzer.records.FieldUse}), of whose fields it used at most half.
     */
    PROJECTION_CANDIDATE("projection candidate"),
    /** The same UPDATE or DELETE shape run one row at a time instead of set-based or as a batch. */
    ROW_BY_ROW_DML("row-by-row DML"),
    /** The same INSERT shape run one row at a time instead of as a batch, multi-row VALUES or COPY. */
    UNBATCHED_INSERT("unbatched INSERTs"),
    /** A large result the driver held in memory as a whole instead of streaming it. */
    BUFFERED_LARGE_RESULT("buffered large result"),
    /** Rows fetched and iterated although none of their columns was read: counting or existence in Java. */
    OVER_FETCH("over-fetch"),
    /** A statement slower than the configured threshold. */
    SLOW_STATEMENT("slow statement"),
    /** One statement shape sent as many distinct SQL strings: literals where bind parameters belong. */
    LITERALS_INSTEAD_OF_BINDS("literals instead of bind parameters"),
    /**
     * A chunked leanjdbc operation ({@code forEachChunk}, {@code deleteInChunks}, {@code insertMany}, ...) run
     * with chunks so small that their round trips cost more than the chunking saves.
     */
    SMALL_CHUNKS("chunks too small"),
    /**
     * A column of freshly inserted rows set by an UPDATE per row right after their INSERT, e.g. the foreign
     * key of a unidirectional JPA {@code @OneToMany @JoinColumn}.
     */
    FOREIGN_KEY_UPDATE_AFTER_INSERT("foreign key set by UPDATE after INSERT"),
    /**
     * A JPA association (EAGER, or fetched by the query) loaded with the entities of a scope and never read
     * by its code. Not visible at the JDBC level: reported by the opt-in module {@code leanjdbc-hibernate},
     * and only for bytecode-enhanced entities (see {@code docs/hibernate.md}).
     */
    ENTITY_OVER_FETCH("entity association loaded, never read");

    private final String label;

    FindingType(String label) {
        this.label = label;
    }

    /** A short human name, e.g. {@code "N+1 queries"}. */
    public String label() {
        return label;
    }
}
