package dev.leanjdbc.testing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/** Runs {@link DbTest} methods once per database; see there for the rules. */
public final class TestDatabasesExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NS =
            ExtensionContext.Namespace.create(TestDatabasesExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestMethod(), DbTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Db[] dbs = AnnotationSupport.findAnnotation(context.getTestMethod(), DbTest.class)
                .map(DbTest::value)
                .orElseThrow();
        return Arrays.stream(dbs).map(Invocation::new);
    }

    /** Whether PostgreSQL and MariaDB must be available (CI) rather than skipped when missing. */
    static boolean postgresRequired() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The database of this class for {@code db}, created on first use and closed when the class finishes. */
    static TestDatabase databaseFor(ExtensionContext context, Db db) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        String label = classContext.getRequiredTestClass().getSimpleName();
        return classContext
                .getStore(NS)
                .computeIfAbsent(
                        db,
                        key -> switch (db) {
                            case H2 -> TestDatabase.h2(label);
                            case POSTGRES -> TestDatabase.postgres(requirePostgres(), label);
                            case MARIADB, MARIADB_MYSQL_DRIVER -> TestDatabase.mariaDb(requireMariaDb(), db, label);
                        },
                        TestDatabase.class);
    }

    private static MariaDbServer requireMariaDb() {
        MariaDbServers.Result result = MariaDbServers.shared();
        return result.found().orElseThrow(() -> new IllegalStateException(result.failure()));
    }

    private static PostgresServer requirePostgres() {
        PostgresServers.Result result = PostgresServers.shared();
        return result.found().orElseThrow(() -> new IllegalStateException(result.failure()));
    }

    private static final class Invocation
            implements TestTemplateInvocationContext, ParameterResolver, BeforeEachCallback {
        private final Db db;

        Invocation(Db db) {
            this.db = db;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + db.displayName() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(this);
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            if (db == Db.POSTGRES) {
                PostgresServers.Result result = PostgresServers.shared();
                if (result.found().isEmpty()) {
                    if (postgresRequired()) {
                        throw new IllegalStateException(
                                result.failure() + " (CI=true: PostgreSQL tests may not" + " be skipped)");
                    }
                    Assumptions.abort(result.failure());
                }
            }
            if (db.isMariaDb()) {
                MariaDbServers.Result result = MariaDbServers.shared();
                if (result.found().isEmpty()) {
                    if (postgresRequired()) {
                        throw new IllegalStateException(
                                result.failure() + " (CI=true: MariaDB tests may not be skipped)");
                    }
                    Assumptions.abort(result.failure());
                }
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
            Class<?> type = parameterContext.getParameter().getType();
            return type == TestDatabase.class
                    || type == DataSource.class
                    || type == SQLDialect.class
                    || type == DSLContext.class
                    || type == Db.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
            Class<?> type = parameterContext.getParameter().getType();
            if (type == Db.class) {
                return db;
            }
            if (type == SQLDialect.class) {
                return db.dialect();
            }
            TestDatabase database = databaseFor(extensionContext, db);
            if (type == TestDatabase.class) {
                return database;
            }
            if (type == DataSource.class) {
                return database.dataSource();
            }
            if (type == DSLContext.class) {
                return database.dsl();
            }
            throw new ParameterResolutionException("unsupported parameter type " + type.getName());
        }
    }
}
