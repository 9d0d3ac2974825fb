package dev.leanjdbc.hibernate;

/**
 * The opt-in Hibernate ORM side of the query analyzer: which associations of the entities a scope loaded its
 * code never read, reported as {@link dev.leanjdbc.analyzer.FindingType#ENTITY_OVER_FETCH} in that scope's
 * report. A JDBC wrapper cannot see this, because Hibernate reads every column of every entity it loads.
 *
 * <p>Adding the {@code leanjdbc-hibernate} jar is the opt-in: Hibernate finds its {@code Integrator} through
 * {@link java.util.ServiceLoader}. It tracks the session factories whose settings name the analyzer under
 * {@link #ANALYZER} (the Spring Boot starter sets it when the jar is present); any other session factory is
 * left alone.
 *
 * <pre>{@code
 * settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, analyzer.wrap(dataSource));
 * settings.put(LeanJdbcHibernate.ANALYZER, analyzer);
 * }</pre>
 *
 * <p><b>What is seen.</b> Every entity Hibernate loads inside an open scope (a {@code PostLoadEventListener}),
 * and which of its associations were loaded: EAGER to-ones (joined or by an extra select), EAGER collections,
 * and lazy collections the query fetched. Which of them the code read is seen only for entity classes
 * <em>bytecode-enhanced</em> with lazy initialization ({@code hibernate-maven-plugin}, {@code
 * enableLazyInitialization}, its default): every read of an enhanced field goes through Hibernate's {@code
 * LazyAttributeLoadingInterceptor}, which this module replaces, per loaded entity, by a subclass that notes
 * the read and then does exactly what Hibernate's does. Entities that are not enhanced are never judged (a
 * read of a plain field or of an initialized collection leaves no trace); the module logs them once at
 * startup. {@code docs/hibernate.md} has the full table.
 *
 * <p><b>Cost.</b> Outside scopes, a thread-local read per loaded entity. Inside, per loaded entity with
 * associations a small object and one interceptor, and per read of an enhanced field a map lookup; at most
 * 10,000 loads are tracked per scope.
 */
public final class LeanJdbcHibernate {

    /**
     * The Hibernate setting holding the {@link dev.leanjdbc.analyzer.QueryAnalyzer} (the instance, not a name)
     * whose scopes receive the findings: {@value}.
     */
    public static final String ANALYZER = "leanjdbc.hibernate.analyzer";

    private LeanJdbcHibernate() {}
}
