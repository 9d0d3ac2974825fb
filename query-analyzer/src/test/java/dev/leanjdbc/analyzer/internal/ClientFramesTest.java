package dev.leanjdbc.analyzer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classification of the frames a call-site walk passes, innermost first, as Hibernate 7.2, Spring and
 * MyBatis lay them out (the real clients are run in the corpus: {@code HibernateCorpusTest}, {@code
 * ClientFixesCorpusTest}).
 */
class ClientFramesTest {

    private static ClientFrames walk(String... frames) {
        ClientFrames c = new ClientFrames();
        for (String f : frames) {
            int hash = f.indexOf('#');
            c.frame(f.substring(0, hash), f.substring(hash + 1));
        }
        return c;
    }

    @Test
    void innermostClientWinsOverTheFrameworksAroundIt() {
        ClientFrames c = walk(
                "com.zaxxer.hikari.pool.HikariProxyPreparedStatement#executeQuery",
                "org.hibernate.sql.results.jdbc.internal.DeferredResultSetAccess#executeQuery",
                "org.springframework.data.jpa.repository.support.SimpleJpaRepository#findById",
                "com.shop.OwnerController#show");
        assertThat(c.client()).isEqualTo(DataClient.HIBERNATE);
        assertThat(walk("org.springframework.jdbc.core.JdbcTemplate#execute", "org.springframework.data.jdbc.X#y")
                        .client())
                .isEqualTo(DataClient.SPRING_JDBC);
        assertThat(walk("org.apache.ibatis.executor.SimpleExecutor#doQuery").client())
                .isEqualTo(DataClient.MYBATIS);
        assertThat(walk("org.jdbi.v3.core.statement.SqlStatement#internalExecute")
                        .client())
                .isEqualTo(DataClient.JDBI);
        assertThat(walk("org.jooq.impl.AbstractQuery#execute", "dev.leanjdbc.Lean#stream")
                        .client())
                .isEqualTo(DataClient.JOOQ);
        assertThat(walk("com.shop.Dao#find").client()).isEqualTo(DataClient.JDBC);
    }

    @Test
    void eagerLoadInsideTheParentsQueryAndLazyTouchFromTheCode() {
        ClientFrames eager = walk(
                "org.hibernate.loader.ast.internal.CollectionLoaderSingleKey#load",
                "org.hibernate.collection.spi.AbstractPersistentCollection#initialize",
                "org.hibernate.collection.spi.AbstractPersistentCollection#forceInitialization",
                "org.hibernate.engine.internal.StatefulPersistenceContext#initializeNonLazyCollections",
                "org.hibernate.query.spi.AbstractSelectionQuery#list",
                "com.shop.VetService#list");
        assertThat(ClientFrames.eagerLoad(eager.mask())).isTrue();
        ClientFrames lazy = walk(
                "org.hibernate.loader.ast.internal.CollectionLoaderSingleKey#load",
                "org.hibernate.collection.spi.AbstractPersistentCollection#initialize",
                "org.hibernate.collection.spi.AbstractPersistentCollection#readSize",
                "org.hibernate.collection.spi.PersistentBag#size",
                "com.shop.OwnerService#petCounts");
        assertThat(ClientFrames.eagerLoad(lazy.mask())).isFalse();
        // a fingerprint seen both ways is not called EAGER
        assertThat(ClientFrames.eagerLoad(eager.mask() | lazy.mask())).isFalse();
    }

    @Test
    void mergeIsNotedAndSeveralClientsAreNoSingleClient() {
        ClientFrames merge = walk(
                "org.hibernate.loader.ast.internal.SingleIdEntityLoaderStandardImpl#load",
                "org.hibernate.event.internal.DefaultMergeEventListener#onMerge",
                "org.hibernate.internal.SessionImpl#merge");
        assertThat(ClientFrames.merged(merge.mask())).isTrue();
        assertThat(DataClient.single(merge.mask())).isEqualTo(DataClient.HIBERNATE);
        int both = merge.mask()
                | walk("org.springframework.jdbc.core.JdbcTemplate#query").mask();
        assertThat(DataClient.single(both)).isNull();
        assertThat(DataClient.single(0)).isNull();
    }

    @Test
    void aWalkAsksForMethodNamesOfHibernateFramesOnly() {
        // a method name costs the JDK a new String per frame (hundreds of bytes per walk), and only
        // Hibernate's frames are told apart by method
        List<String> asked = new ArrayList<>();
        ClientFrames c = new ClientFrames();
        for (String f : List.of(
                "com.zaxxer.hikari.pool.HikariProxyPreparedStatement#executeQuery",
                "org.hibernate.collection.spi.AbstractPersistentCollection#readSize",
                "org.springframework.data.jpa.repository.support.SimpleJpaRepository#findById",
                "com.shop.OwnerService#petCounts")) {
            c.frame(new Frame(f, asked));
        }
        assertThat(c.client()).isEqualTo(DataClient.HIBERNATE);
        assertThat(c.mask() & ClientFrames.HIBERNATE_LAZY).isNotZero();
        assertThat(asked).containsExactly("org.hibernate.collection.spi.AbstractPersistentCollection");
        List<String> none = new ArrayList<>();
        ClientFrames jdbc = new ClientFrames();
        jdbc.frame(new Frame("com.zaxxer.hikari.pool.HikariProxyPreparedStatement#executeQuery", none));
        jdbc.frame(new Frame("com.shop.Dao#find", none));
        assertThat(jdbc.client()).isEqualTo(DataClient.JDBC);
        assertThat(none).isEmpty();
    }

    /** A stack frame as the walker hands it, noting which frames were asked for their method name. */
    private static final class Frame implements StackWalker.StackFrame {
        private final String className;
        private final String methodName;
        private final List<String> asked;

        Frame(String classAndMethod, List<String> asked) {
            int hash = classAndMethod.indexOf('#');
            this.className = classAndMethod.substring(0, hash);
            this.methodName = classAndMethod.substring(hash + 1);
            this.asked = asked;
        }

        @Override
        public String getClassName() {
            return className;
        }

        @Override
        public String getMethodName() {
            asked.add(className);
            return methodName;
        }

        @Override
        public Class<?> getDeclaringClass() {
            throw new UnsupportedOperationException("not retained");
        }

        @Override
        public MethodType getMethodType() {
            throw new UnsupportedOperationException("not retained");
        }

        @Override
        public String getDescriptor() {
            throw new UnsupportedOperationException("not retained");
        }

        @Override
        public int getByteCodeIndex() {
            return 0;
        }

        @Override
        public String getFileName() {
            return null;
        }

        @Override
        public int getLineNumber() {
            return -1;
        }

        @Override
        public boolean isNativeMethod() {
            return false;
        }

        @Override
        public StackTraceElement toStackTraceElement() {
            return new StackTraceElement(className, methodName, null, -1);
        }
    }
}
