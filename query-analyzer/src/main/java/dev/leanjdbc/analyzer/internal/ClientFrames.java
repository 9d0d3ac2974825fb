package dev.leanjdbc.analyzer.internal;

/**
 * Recognises the data-access library behind a statement from the stack frames the call-site walk passes
 * (innermost first): the first frame of a known client is the library that called JDBC — Hibernate under
 * Spring Data JPA, {@code JdbcTemplate} under Spring Data JDBC, jOOQ under leanjdbc core. Frames of drivers,
 * pools and proxies (HikariCP, datasource-proxy, p6spy) in between belong to no client. A walk that reaches
 * the application without a client frame is {@link DataClient#JDBC}.
 *
 * <p>For Hibernate it also notes why the statement ran, where the frames say so: inside {@code merge} (the
 * re-select of a detached entity), loading an <em>EAGER</em> association of entities another query just
 * read ({@code StatefulPersistenceContext.initializeNonLazyCollections}, the {@code EntitySelectFetch}
 * initializers), or initialising a <em>lazy</em> one the code touched ({@code AbstractPersistentCollection}
 * reads, {@code AbstractLazyInitializer}); the innermost of these wins.
 *
 * <p><b>Performance.</b> One object per stack walk, a few {@code startsWith} per frame; method names are
 * read of Hibernate's frames only.
 */
public final class ClientFrames {

    /** Bits beside the clients' bits in a {@link FingerprintState} mask. */
    static final int HIBERNATE_MERGE = 1 << 16;

    static final int HIBERNATE_EAGER = 1 << 17;
    static final int HIBERNATE_LAZY = 1 << 18;

    private DataClient client;
    private int facets;
    private boolean loadKnown;

    /**
     * Looks at one frame of a stack walk, innermost first. Asks the frame for its method name only when it
     * is Hibernate's: the JDK makes a new String for each one asked (about 100 bytes a frame), and
     * no other client is told apart by method.
     */
    void frame(StackWalker.StackFrame f) {
        String className = f.getClassName();
        if (hibernate(className)) {
            hibernateFrame(className, f.getMethodName());
        }
    }

    /** Looks at one frame, innermost first. */
    public void frame(String className, String methodName) {
        if (hibernate(className)) {
            hibernateFrame(className, methodName);
        }
    }

    /** Notes the client of the first client frame; whether this is a frame of Hibernate, the client found. */
    private boolean hibernate(String className) {
        if (client == null) {
            client = clientOf(className);
        }
        return client == DataClient.HIBERNATE && className.startsWith("org.hibernate.");
    }

    private void hibernateFrame(String className, String methodName) {
        if (className.startsWith("org.hibernate.event.internal.DefaultMerge")) {
            facets |= HIBERNATE_MERGE;
        }
        if (loadKnown) {
            return;
        }
        if (className.endsWith("EntitySelectFetchInitializer")
                || (className.equals("org.hibernate.engine.internal.StatefulPersistenceContext")
                        && methodName.equals("initializeNonLazyCollections"))) {
            facets |= HIBERNATE_EAGER;
            loadKnown = true;
        } else if ((className.equals("org.hibernate.collection.spi.AbstractPersistentCollection")
                        && (methodName.startsWith("read") || methodName.equals("write")))
                || className.equals("org.hibernate.proxy.AbstractLazyInitializer")) {
            facets |= HIBERNATE_LAZY;
            loadKnown = true;
        }
    }

    /** The client recognised, {@link DataClient#JDBC} when the walk found none. */
    public DataClient client() {
        return client == null ? DataClient.JDBC : client;
    }

    /** The client's bit with the Hibernate facets seen. */
    int mask() {
        return client().bit() | facets;
    }

    /** Whether a mask of {@link FingerprintState} says the statement ran inside Hibernate's merge. */
    public static boolean merged(int mask) {
        return (mask & HIBERNATE_MERGE) != 0;
    }

    /**
     * Whether a mask says Hibernate ran the statement to load an EAGER association of entities it had just
     * read, and never for a lazy association the code touched.
     */
    public static boolean eagerLoad(int mask) {
        return (mask & HIBERNATE_EAGER) != 0 && (mask & HIBERNATE_LAZY) == 0;
    }

    static DataClient clientOf(String c) {
        if (c.startsWith("org.hibernate.")) {
            return DataClient.HIBERNATE;
        }
        if (c.startsWith("org.jooq.")) {
            return DataClient.JOOQ;
        }
        if (c.startsWith("org.springframework.jdbc.core.") || c.startsWith("org.springframework.jdbc.object.")) {
            return DataClient.SPRING_JDBC;
        }
        if (c.startsWith("org.apache.ibatis.") || c.startsWith("org.mybatis.")) {
            return DataClient.MYBATIS;
        }
        if (c.startsWith("org.jdbi.")) {
            return DataClient.JDBI;
        }
        return null;
    }
}
