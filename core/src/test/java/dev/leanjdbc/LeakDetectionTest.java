package dev.leanjdbc;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.util.stream.Stream;
import org.jooq.impl.DSL;
import org.slf4j.LoggerFactory;

class LeakDetectionTest {

    @DbTest
    void anUnclosedStreamIsLoggedWithWhereItWasOpenedAndReleased(TestDatabase db) throws Exception {
        db.seedShop(new ShopScale(10, 5, 2_000));
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        HikariPoolMXBean pool = db.pool().getHikariPoolMXBean();
        Logger logger = (Logger) LoggerFactory.getLogger("dev.leanjdbc.stream");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            assertThat(pool.getActiveConnections()).isZero();
            openAndForget(lean);
            assertThat(pool.getActiveConnections())
                    .as("the forgotten stream holds a connection")
                    .isOne();

            long deadline = System.nanoTime() + 20_000_000_000L;
            while (pool.getActiveConnections() > 0 && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(50);
            }
            assertThat(pool.getActiveConnections()).as("released after GC").isZero();
            assertThat(appender.list).hasSize(1);
            String message = appender.list.get(0).getFormattedMessage();
            assertThat(message)
                    .contains("never closed")
                    .contains("after 1 rows")
                    .contains("LeakDetectionTest.openAndForget(LeakDetectionTest.java:");
        } finally {
            logger.detachAppender(appender);
        }
    }

    @DbTest
    void aClosedStreamIsNotReported(TestDatabase db) throws Exception {
        db.seedShop(new ShopScale(10, 5, 100));
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        Logger logger = (Logger) LoggerFactory.getLogger("dev.leanjdbc.stream");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            try (Stream<?> s = lean.stream(DSL.selectFrom(ORDERS))) {
                s.findFirst();
            }
            System.gc();
            Thread.sleep(200);
            assertThat(appender.list).isEmpty();
        } finally {
            logger.detachAppender(appender);
        }
    }

    /** Opens a stream, reads one row and drops it without closing. */
    private static void openAndForget(Lean lean) {
        Stream<?> s = lean.stream(DSL.selectFrom(ORDERS));
        assertThat(s.iterator().next()).isNotNull();
    }
}
