package dev.leanjdbc.hibernate;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.testing.TestDatabase;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * A session factory over a test database, recorded by an analyzer whose application is this test package,
 * with the entities of one package: {@code enhanced} (bytecode-enhanced by the build) or {@code plain}.
 */
final class Clinic implements AutoCloseable {

    final QueryAnalyzer analyzer = QueryAnalyzer.builder()
            .applicationPackages("dev.leanjdbc.hibernate")
            .build();
    private final SessionFactory factory;

    Clinic(TestDatabase db, boolean withAnalyzerSetting, Class<?>... entities) {
        Configuration cfg = new Configuration();
        for (Class<?> c : entities) {
            cfg.addAnnotatedClass(c);
        }
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, analyzer.wrap(db.dataSource()));
        cfg.getProperties().put(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "drop-and-create");
        if (db.db() == dev.leanjdbc.testing.Db.MARIADB_MYSQL_DRIVER) {
            // Hibernate cannot pick a dialect when MySQL Connector/J reports product "MySQL" at version
            // "11.4.5-MariaDB"; an application on this driver and server names it, as here.
            cfg.getProperties().put(AvailableSettings.DIALECT, "org.hibernate.dialect.MariaDBDialect");
        }
        if (withAnalyzerSetting) {
            cfg.getProperties().put(LeanJdbcHibernate.ANALYZER, analyzer);
        }
        this.factory = cfg.buildSessionFactory();
    }

    void inTransaction(Consumer<Session> work) {
        factory.inTransaction(work);
    }

    <T> T fromTransaction(Function<Session, T> work) {
        return factory.fromTransaction(work);
    }

    @Override
    public void close() {
        factory.close();
    }
}
