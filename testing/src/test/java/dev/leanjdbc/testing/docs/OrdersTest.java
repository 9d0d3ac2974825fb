package dev.leanjdbc.testing.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ForkedJvm;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.DSLContext;

/** The examples of docs/testing.md: a test on both databases, and a main run in a forked JVM with a small heap. */
// tag::db-test[]
class OrdersTest {
    @DbTest // runs on [H2], [PostgreSQL], [MariaDB] and [MariaDB (MySQL Connector/J)]
    void countsOrders(TestDatabase db, DSLContext dsl) {
        db.seedShop(new ShopScale(100, 20, 1_000));
        assertThat(dsl.fetchCount(ORDERS)).isEqualTo(1_000);
    }
    // end::db-test[]

    /** In the child JVM: counts the orders of the parent's database, fails when there are none. */
    public static final class CountOrders {
        public static void main(String[] args) throws SQLException {
            try (HikariDataSource pool = new HikariDataSource(ForkedJvm.childDatabase());
                    Connection c = pool.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from orders")) {
                rs.next();
                System.out.println("orders: " + rs.getLong(1));
                if (rs.getLong(1) == 0) {
                    System.exit(1);
                }
            }
        }
    }

    /** PostgreSQL only: an H2 URL names an in-memory database, which the child opens afresh, empty. */
    // tag::forked[]
    @DbTest(Db.POSTGRES)
    void countsOrdersInAForkedJvm(TestDatabase db) {
        // end::forked[]
        db.seedShop(new ShopScale(100, 20, 1_000));
        // tag::forked[]
        ForkedJvm.Result r = ForkedJvm.main(CountOrders.class)
                .maxHeap("64m")
                .database(db) // -Dleanjdbc.url/user/password
                .run();
        assertThat(r.exitCode()).as(r.output()).isZero();
        // end::forked[]
        assertThat(r.output()).contains("orders: 1000");
        // tag::forked[]
    }
    // end::forked[]
    // tag::db-test[]
}
// end::db-test[]
