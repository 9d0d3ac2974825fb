package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.DataClient;

/**
 * The fixes in the language of the library that sent the statements: what a Hibernate, MyBatis, Spring
 * {@code JdbcTemplate} or JDBI user changes, instead of SQL and jOOQ they do not write. Each method returns
 * {@code null} for a client it has nothing specific for (plain JDBC, jOOQ, unknown), and {@link Fixes} keeps
 * its SQL, jOOQ and leanjdbc core text for those.
 */
final class ClientFixes {

    private ClientFixes() {}

    static String nPlusOne(DataClient client, String inShape, String childTable, Finding.Parent parent, boolean eager) {
        if (client == null) {
            return null;
        }
        if (client == DataClient.HIBERNATE && eager) {
            return "Hibernate loads an EAGER association here, one select per parent"
                    + (parent == null ? "" : " of statement #" + parent.statement())
                    + ", on every use of the parent entity, whether the page reads it or not. Map it"
                    + " `fetch = FetchType.LAZY` (`@ManyToOne`/`@OneToOne` are EAGER unless told otherwise) and"
                    + " load it where a page needs it: `join fetch` in that page's query (`select p from Parent p"
                    + " left join fetch p.children where ...`), or on a Spring Data JPA repository"
                    + " `@EntityGraph(attributePaths = \"children\")` on the finder. To keep it EAGER for now, at"
                    + " least load it for many parents per select: `@BatchSize(size = 50)` on the association, or"
                    + " `hibernate.default_batch_fetch_size=50` (Spring Boot:"
                    + " `spring.jpa.properties.hibernate.default_batch_fetch_size`), or `@Fetch(FetchMode.SUBSELECT)`"
                    + " for a collection.";
        }
        String keys = parent == null ? "the loop's keys" : "the values of " + parent.column();
        String in = "`" + SqlText.abbreviate(inShape, 200) + "`";
        return switch (client) {
            case HIBERNATE ->
                "Hibernate loads an association per parent here (a lazy collection or to-one touched"
                        + " in a loop, or an EAGER one loaded after each parent). Load it with the parents: `join fetch`"
                        + " in the query that loads them"
                        + (parent == null ? "" : " (statement #" + parent.statement() + ")")
                        + " (`select p from Parent p left join fetch p.children where ...`), on a Spring Data JPA"
                        + " repository `@EntityGraph(attributePaths = \"children\")` on the finder or `@Query` with the"
                        + " `join fetch`, in JPA an entity graph passed as the `jakarta.persistence.fetchgraph` hint."
                        + " Or let Hibernate load the children of many parents per query: `@BatchSize(size = 50)` on"
                        + " the association (or on the entity for to-one), or globally"
                        + " `hibernate.default_batch_fetch_size=50` (Spring Boot:"
                        + " `spring.jpa.properties.hibernate.default_batch_fetch_size`), which turns these selects of "
                        + (childTable == null ? "the child table" : childTable) + " into one `in (...)` per 50 parents."
                        + " A `@ManyToOne`/`@OneToOne` is EAGER by default: map it `fetch = FetchType.LAZY` and fetch"
                        + " it where it is needed.";
            case MYBATIS ->
                "MyBatis runs a nested select per row here (`<association select=...>` or"
                        + " `<collection select=...>`). Map the children from one JOIN instead: a nested `resultMap`"
                        + " with `<collection property=\"children\" resultMap=\"childMap\"/>` (or `<association>`) and"
                        + " an `<id>` per level, so MyBatis groups the joined rows; or collect " + keys
                        + " and fetch the children once: `... where id in <foreach collection=\"ids\" item=\"id\""
                        + " open=\"(\" separator=\",\" close=\")\">#{id}</foreach>`.";
            case SPRING_JDBC ->
                "Run the child query once for all keys: collect " + keys + " and call"
                        + " `NamedParameterJdbcTemplate.query(\""
                        + SqlText.abbreviate(inShape, 200).replace("in (?)", "in (:ids)")
                        + "\", Map.of(\"ids\", ids), rowMapper)` (a collection parameter expands to `in (?, ?, ...)`;"
                        + " on PostgreSQL also `= any(?)` with an array), or JOIN it to the parent query and group the"
                        + " rows with a `ResultSetExtractor`.";
            case JDBI ->
                "Run the child query once for all keys: collect " + keys + " and bind them as a list,"
                        + " `handle.createQuery(\"... where id in (<ids>)\").bindList(\"ids\", ids)` (`@BindList` on a"
                        + " SQL object method), or JOIN it to the parent query and reduce the rows with"
                        + " `reduceRows(...)`/`@UseRowReducer`. SQL: " + in + ".";
            default -> null;
        };
    }

    static String duplicate(DataClient client, boolean merged) {
        if (client == DataClient.HIBERNATE && merged) {
            return "Hibernate's `merge` selected the entity again to copy the detached state onto a managed copy."
                    + " For a new entity call `persist` (no select: the row is inserted); Spring Data's `save`"
                    + " calls `merge` for an entity that has its id set, so let it know the entity is new"
                    + " (`Persistable.isNew()`, or a `@Version` attribute left null). For an entity this request"
                    + " loaded, change the managed instance inside one transaction (no `merge` at all), or keep one"
                    + " persistence context for the request instead of loading and merging in separate"
                    + " transactions.";
        }
        if (client == null) {
            return null;
        }
        return switch (client) {
            case HIBERNATE ->
                "Hibernate runs every query (JPQL, Criteria, Spring Data finders other than"
                        + " `findById`) against the database, even when its entities are managed: only `find`/"
                        + " `getReference` by id are answered from the persistence context of the same session. Call"
                        + " the query once per request and pass the result on; for reference data read everywhere,"
                        + " cache it (`@Cacheable` on the repository method with Spring's cache, or the query cache:"
                        + " the `org.hibernate.cacheable` hint with the second-level cache). The same `find` repeated"
                        + " means separate sessions: keep one per request (Spring: one `@Transactional` around the"
                        + " work).";
            case MYBATIS ->
                "Reuse the first result instead of asking again: keep it and pass it on. MyBatis's"
                        + " local cache answers a repeat only inside one `SqlSession` without writes in between"
                        + " (with MyBatis-Spring: inside one transaction); a `<cache/>` in the mapper caches across"
                        + " sessions.";
            case SPRING_JDBC, JDBI ->
                "Reuse the first result within the unit of work instead of asking again:"
                        + " keep it in a local variable, or cache the lookup (`@Cacheable` with Spring's cache) when"
                        + " it is reference data read everywhere.";
            default -> null;
        };
    }

    static String rowByRow(DataClient client, StatementKind kind, String table) {
        if (client == null) {
            return null;
        }
        boolean delete = kind == StatementKind.DELETE;
        String entity = entityName(table);
        return switch (client) {
            case HIBERNATE ->
                delete
                        ? "Hibernate deletes one entity per statement at flush. When the rows to delete are known by a"
                                + " condition, one bulk JPQL statement does it: `em.createQuery(\"delete from " + entity
                                + " e where ...\").executeUpdate()` (Spring Data: `@Modifying @Query(\"delete from "
                                + entity + " e where ...\")`, or `deleteAllInBatch`/`deleteAllByIdInBatch` instead of"
                                + " `deleteAll`); it bypasses the persistence context, so run it before loading, or clear"
                                + " it after. Otherwise let Hibernate batch the deletes: `hibernate.jdbc.batch_size=50`"
                                + " (Spring Boot: `spring.jpa.properties.hibernate.jdbc.batch_size`)."
                        : "Hibernate writes one UPDATE per changed entity at flush. When every row gets the same"
                                + " change, one bulk JPQL statement does it: `em.createQuery(\"update " + entity
                                + " e set e.attr = :value where ...\").executeUpdate()` (Spring Data: `@Modifying"
                                + " @Query(\"update " + entity + " e set ...\")`); it bypasses the persistence context,"
                                + " so run it before loading the entities, or clear it after. When each entity gets its"
                                + " own values, let Hibernate send the UPDATEs as JDBC batches:"
                                + " `hibernate.jdbc.batch_size=50` with `hibernate.order_updates=true` (Spring Boot:"
                                + " `spring.jpa.properties.hibernate.jdbc.batch_size`).";
            case MYBATIS ->
                "Send the statements as a batch: a `SqlSession` opened with `ExecutorType.BATCH`"
                        + " (`sqlSessionFactory.openSession(ExecutorType.BATCH)`, or a MyBatis-Spring"
                        + " `SqlSessionTemplate` with `ExecutorType.BATCH`) sends them on `flushStatements()` or commit;"
                        + " or change all rows with one statement: `... where id in <foreach collection=\"ids\""
                        + " item=\"id\" open=\"(\" separator=\",\" close=\")\">#{id}</foreach>`.";
            case SPRING_JDBC ->
                "Send all rows as one batch: `jdbcTemplate.batchUpdate(sql, batchArgs)` (or"
                        + " `NamedParameterJdbcTemplate.batchUpdate(sql, SqlParameterSourceUtils.createBatch(rows))`);"
                        + " or, when every row gets the same change, one statement with an IN list: `"
                        + (delete ? "delete from t" : "update t set ...") + " where id in (:ids)` with"
                        + " `NamedParameterJdbcTemplate`.";
            case JDBI ->
                "Send all rows as one batch: `@SqlBatch` on a SQL object method, or `handle.prepareBatch(sql)`"
                        + " with `.add(...)` per row and `.execute()`; or, when every row gets the same change, one"
                        + " statement with `bindList`: `" + (delete ? "delete from t" : "update t set ...")
                        + " where id in (<ids>)`.";
            default -> null;
        };
    }

    static String unbatchedInsert(DataClient client, boolean generatedKeys, String table) {
        if (client == null) {
            return null;
        }
        return switch (client) {
            case HIBERNATE ->
                generatedKeys
                        ? "Hibernate cannot batch these INSERTs: the ids are generated by the database"
                                + " (`GenerationType.IDENTITY`), so it runs each INSERT alone to read its key, whatever"
                                + " `hibernate.jdbc.batch_size` says. Switch the id to a sequence:"
                                + " `@GeneratedValue(strategy = GenerationType.SEQUENCE)` with `@SequenceGenerator("
                                + "allocationSize = 50)` (the pooled optimizer takes 50 ids per sequence call), then set"
                                + " `hibernate.jdbc.batch_size=50` and `hibernate.order_inserts=true` (and"
                                + " `hibernate.order_updates=true`; Spring Boot: `spring.jpa.properties.hibernate.jdbc.batch_size`),"
                                + " and on PostgreSQL `reWriteBatchedInserts=true` on the JDBC URL. For a bulk load without"
                                + " entity life cycle, a `StatelessSession` with `insertMultiple(...)`."
                        : "Hibernate sends these INSERTs one by one because JDBC batching is off: set"
                                + " `hibernate.jdbc.batch_size=50` with `hibernate.order_inserts=true` (and"
                                + " `hibernate.order_updates=true`; Spring Boot: `spring.jpa.properties.hibernate.jdbc.batch_size`),"
                                + " and on PostgreSQL `reWriteBatchedInserts=true` on the JDBC URL; the ids come from a"
                                + " sequence already, so Hibernate can batch them.";
            case MYBATIS ->
                "Send the rows together: a `SqlSession` opened with `ExecutorType.BATCH` (or a"
                        + " MyBatis-Spring `SqlSessionTemplate` with `ExecutorType.BATCH`) batches the mapper's INSERTs"
                        + " until `flushStatements()` or commit; or one multi-row INSERT: `insert into "
                        + (table == null ? "t" : table) + " (...) values <foreach collection=\"rows\" item=\"r\""
                        + " separator=\",\">(#{r.a}, #{r.b})</foreach>`.";
            case SPRING_JDBC ->
                "Send the rows as one batch: `jdbcTemplate.batchUpdate(sql, batchArgs)`,"
                        + " `NamedParameterJdbcTemplate.batchUpdate(sql, SqlParameterSourceUtils.createBatch(rows))` or"
                        + " `SimpleJdbcInsert.executeBatch(...)` (on PostgreSQL with `reWriteBatchedInserts=true`).";
            case JDBI ->
                "Send the rows as one batch: `@SqlBatch` on a SQL object method, or"
                        + " `handle.prepareBatch(sql)` with `.add(...)` per row and `.execute()` (on PostgreSQL with"
                        + " `reWriteBatchedInserts=true`).";
            default -> null;
        };
    }

    static String buffered(DataClient client) {
        if (client == null) {
            return null;
        }
        String pg = " (on PostgreSQL the driver streams only with a fetch size > 0 and auto-commit off, i.e. in a"
                + " transaction; on H2 only with `LAZY_QUERY_EXECUTION=1`)";
        return switch (client) {
            case HIBERNATE ->
                "Stream the entities instead of loading a list: `query.getResultStream()` (Spring Data:"
                        + " a `Stream<T>` return type, consumed and closed inside the transaction) with a fetch size,"
                        + " `query.setHint(\"org.hibernate.fetchSize\", 1000)` (Spring Data: `@QueryHints(@QueryHint(name"
                        + " = \"org.hibernate.fetchSize\", value = \"1000\"))`)" + pg + ". A session still keeps every"
                        + " entity it streamed: read large results through a `StatelessSession`"
                        + " (`sessionFactory.openStatelessSession()`, no persistence context), or `clear()` the session"
                        + " every few hundred rows; and select a DTO/record instead of entities when the rows are only"
                        + " read.";
            case MYBATIS ->
                "Stream the rows instead of a `List`: a `Cursor<T>` return type (or a `ResultHandler`)"
                        + " with `fetchSize=\"1000\"` on the `<select>`, inside a transaction" + pg + ".";
            case SPRING_JDBC ->
                "Stream the rows: `jdbcTemplate.setFetchSize(1000)` and `queryForStream(...)` (close"
                        + " it), or a `RowCallbackHandler`, inside a transaction" + pg + ".";
            case JDBI ->
                "Stream the rows: `.setFetchSize(1000)` and `.stream()`/`.useStream(...)` or"
                        + " `.forEach(...)` on the result, inside `jdbi.inTransaction(...)`" + pg + ".";
            default -> null;
        };
    }

    static String overFetch(DataClient client) {
        if (client == null) {
            return null;
        }
        return switch (client) {
            case HIBERNATE ->
                "Let the database count or check instead of loading entities to count them: JPQL"
                        + " `select count(e) from Entity e where ...`, Spring Data derived `countBy...`/`existsBy...`"
                        + " instead of `findBy...().size()`/`isEmpty()`, and `setMaxResults(n)` (Spring Data"
                        + " `findFirst10By...`, `Limit`, `Pageable`) when only the first rows matter.";
            case MYBATIS ->
                "Let the database count or check: a mapper `<select resultType=\"long\">select count(*)"
                        + " ...</select>` or `select exists(...)`, and `limit n` in the SQL when only the first rows"
                        + " matter (`RowBounds` skips rows in Java, after fetching them).";
            case SPRING_JDBC ->
                "Let the database count or check: `jdbcTemplate.queryForObject(\"select count(*) ...\","
                        + " Long.class, args)` or `select exists(...)`, and `limit n` in the SQL when only the first rows"
                        + " matter.";
            case JDBI ->
                "Let the database count or check: `handle.createQuery(\"select count(*) ...\").mapTo(long.class)"
                        + ".one()` or `select exists(...)`, and `limit n` in the SQL when only the first rows matter.";
            default -> null;
        };
    }

    static String firstRowsOnly(DataClient client) {
        if (client == null) {
            return null;
        }
        return switch (client) {
            case HIBERNATE ->
                "Ask only for the rows the code reads: `query.setMaxResults(n)` (Spring Data:"
                        + " `findFirst10By...`, a `Limit` or `Pageable` parameter), which Hibernate turns into the"
                        + " database's `limit`/`fetch first`; or stream with `getResultStream()` and stop.";
            case MYBATIS ->
                "Ask only for the rows the code reads: `limit n` in the mapper's SQL (`RowBounds` still"
                        + " fetches them), or a `Cursor<T>` that stops when closed.";
            case SPRING_JDBC ->
                "Ask only for the rows the code reads: `limit n` in the SQL, or"
                        + " `jdbcTemplate.setMaxRows(n)`; `queryForStream(...)` with a fetch size stops when closed.";
            case JDBI ->
                "Ask only for the rows the code reads: `limit n` in the SQL, `.setMaxRows(n)`, or"
                        + " `.stream()` with a fetch size, closed when done.";
            default -> null;
        };
    }

    /** {@code visits} → {@code Visit}: the usual entity name of a table, for the JPQL in fixes. */
    static String entityName(String table) {
        if (table == null || table.isEmpty()) {
            return "Entity";
        }
        String t = table;
        int dot = t.lastIndexOf('.');
        if (dot >= 0) {
            t = t.substring(dot + 1);
        }
        if (t.endsWith("ies") && t.length() > 3) {
            t = t.substring(0, t.length() - 3) + "y";
        } else if (t.endsWith("s") && !t.endsWith("ss") && t.length() > 1) {
            t = t.substring(0, t.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char ch : t.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
