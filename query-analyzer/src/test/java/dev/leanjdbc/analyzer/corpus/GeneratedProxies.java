package dev.leanjdbc.analyzer.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Code calling generated classes that live in the application's own package, as Hibernate's lazy proxies
 * ({@code Customer$HibernateProxy$...}) and Spring's CGLIB subclasses ({@code Repository$$SpringCGLIB$$0})
 * do: hand-declared stand-ins with the generated names, whose methods run the SQL themselves. The call site
 * must be the line that called the proxy, not the proxy.
 */
final class GeneratedProxies {

    private final DataSource ds;

    GeneratedProxies(DataSource ds) {
        this.ds = ds;
    }

    /** A lazy {@code @ManyToOne} per order: each proxy loads its customer when its name is read. */
    int lazyNames(int customers) throws SQLException {
        int found = 0;
        for (long id = 1; id <= customers; id++) {
            Customer.HibernateProxy$Xy1 customer = new Customer.HibernateProxy$Xy1(ds, id);
            if (customer.getName() != null) { // HIBERNATE-PROXY-CALLER
                found++;
            }
        }
        return found;
    }

    /** A repository lookup per id through the repository's generated subclass. */
    int repositoryLookups(int customers) throws SQLException {
        CustomerRepository.$$SpringCGLIB$$0 repository = new CustomerRepository.$$SpringCGLIB$$0(ds);
        int found = 0;
        for (long id = 1; id <= customers; id++) {
            if (repository.findEmail(id) != null) { // CGLIB-CALLER
                found++;
            }
        }
        return found;
    }

    /** An entity; its nested class has the binary name Hibernate gives a proxy: {@code Customer$HibernateProxy$Xy1}. */
    static final class Customer {
        private Customer() {}

        static final class HibernateProxy$Xy1 {
            private final DataSource ds;
            private final long id;

            HibernateProxy$Xy1(DataSource ds, long id) {
                this.ds = ds;
                this.id = id;
            }

            String getName() throws SQLException {
                try (Connection c = ds.getConnection();
                        PreparedStatement ps = c.prepareStatement("select first_name from customer where id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            }
        }
    }

    /** A repository; its nested class is named as Spring 6 names a CGLIB subclass: {@code ...$$SpringCGLIB$$0}. */
    static final class CustomerRepository {
        private CustomerRepository() {}

        static final class $$SpringCGLIB$$0 {
            private final DataSource ds;

            $$SpringCGLIB$$0(DataSource ds) {
                this.ds = ds;
            }

            String findEmail(long id) throws SQLException {
                try (Connection c = ds.getConnection();
                        PreparedStatement ps = c.prepareStatement("select email from customer where id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            }
        }
    }
}
