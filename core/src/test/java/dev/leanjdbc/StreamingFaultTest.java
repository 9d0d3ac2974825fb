package dev.leanjdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Timeout;

class StreamingFaultTest {

    @DbTest(Db.POSTGRES)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBackendKilledMidStreamSurfacesWithItsSqlStateAndIsDiscarded(TestDatabase db) throws Exception {
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        String sql = "select pg_backend_pid() as pid, g from generate_series(1, 1000000) g";
        int pid;
        DataAccessException failure;
        try (Stream<Integer> s =
                lean.streaming(StreamOptions.defaults().withFetchSize(100)).stream(sql, rs -> rs.getInt(1))) {
            Iterator<Integer> it = s.iterator();
            pid = it.next();
            terminate(db, pid);
            failure = catchThrowableOfType(DataAccessException.class, () -> {
                while (it.hasNext()) {
                    it.next();
                }
            });
        }

        assertThat(failure).as("reading on after the backend was terminated").isNotNull();
        assertThat(failure.sqlState()).as(failure.toString()).isIn("57P01", "08006", "08003");
        assertThat(failure.getMessage())
                .contains("SQLState " + failure.sqlState())
                .contains("Streaming failed after");

        // The pool threw the broken connection away: no pooled connection is the killed backend.
        assertThat(db.pool().getHikariPoolMXBean().getActiveConnections()).isZero();
        assertThat(pooledBackendPids(db)).doesNotContain(pid);
        assertThat(lean.dsl().fetchValue("select 1")).hasToString("1");
    }

    private static void terminate(TestDatabase db, int pid) throws Exception {
        try (Connection admin = db.newConnection();
                PreparedStatement ps = admin.prepareStatement("select pg_terminate_backend(?)")) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("pg_terminate_backend(%d)", pid).isTrue();
            }
            // wait until the backend is gone, so the stream cannot race past the termination
            for (int i = 0; i < 100; i++) {
                try (PreparedStatement alive = admin.prepareStatement("select 1 from pg_stat_activity where pid = ?")) {
                    alive.setInt(1, pid);
                    try (ResultSet rs = alive.executeQuery()) {
                        if (!rs.next()) {
                            return;
                        }
                    }
                }
                Thread.sleep(50);
            }
        }
    }

    /** Backend pids of every connection the pool holds, borrowed all at once. */
    private static Set<Integer> pooledBackendPids(TestDatabase db) throws Exception {
        int total = db.pool().getHikariPoolMXBean().getTotalConnections();
        List<Connection> held = new ArrayList<>();
        Set<Integer> pids = new HashSet<>();
        try {
            for (int i = 0; i < total; i++) {
                Connection c = db.dataSource().getConnection();
                held.add(c);
                try (PreparedStatement ps = c.prepareStatement("select pg_backend_pid()");
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    pids.add(rs.getInt(1));
                }
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        return pids;
    }
}
