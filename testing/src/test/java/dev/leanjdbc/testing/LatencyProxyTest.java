package dev.leanjdbc.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real PostgreSQL reached through {@link LatencyProxy}: every round trip pays the added time, once. */
class LatencyProxyTest {

    /** Rows of {@code (i, md5(i))}: about 4 MB on the wire. */
    private static final int BIG_ROWS = 80_000;

    private static PostgresServer server;

    @BeforeAll
    static void server() {
        PostgresServers.Result found = PostgresServers.shared();
        assumeTrue(found.found().isPresent(), found.failure());
        server = found.server();
    }

    @Test
    void selectOneThroughTheProxyPaysTheAddedRoundTrip() throws SQLException {
        long direct;
        try (Connection c = server.connect()) {
            direct = RoundTrips.selectOneNanos(c, 50);
        }
        long through;
        try (LatencyProxy proxy = proxyTo(Duration.ofMillis(2));
                Connection c = server.through(proxy).connect()) {
            through = RoundTrips.selectOneNanos(c, 50);
            // The delay is a floor; the ceiling is generous because a loaded machine delays every wake-up.
            assertThat(through)
                    .as("select 1 through a +2 ms proxy (direct %d ns)", direct)
                    .isGreaterThanOrEqualTo(2_000_000)
                    .isLessThan(direct + 2_000_000 + 10_000_000);
        }
        try (LatencyProxy proxy = proxyTo(Duration.ZERO);
                Connection c = server.through(proxy).connect()) {
            assertThat(RoundTrips.selectOneNanos(c, 50))
                    .as("select 1 through a +0 ms proxy (direct %d ns, +2 ms proxy %d ns)", direct, through)
                    .isLessThan(through);
        }
    }

    @Test
    void aLargeResultArrivesIntactAfterOneAddedRoundTripNotOnePerChunk() throws Exception {
        long direct;
        try (Connection c = server.connect()) {
            readBig(c); // warm-up
            direct = readBig(c);
        }
        Duration rtt = Duration.ofMillis(50);
        try (LatencyProxy proxy = proxyTo(rtt);
                Connection c = server.through(proxy).connect()) {
            readBig(c);
            long through = readBig(c);
            // ~4 MB arrive in dozens of reads: a delay per read would cost seconds.
            assertThat(through)
                    .as("4 MB through a +50 ms proxy (direct %d ms)", direct / 1_000_000)
                    .isGreaterThanOrEqualTo(rtt.toNanos())
                    .isLessThan(2 * direct + 3 * rtt.toNanos() + 300_000_000L);
        }
    }

    @Test
    void aSmallBufferPushesBackAndLosesNothing() throws Exception {
        try (LatencyProxy proxy = LatencyProxy.start(server.address(), Duration.ofMillis(2), 128 * 1024);
                Connection c = server.through(proxy).connect()) {
            readBig(c);
            try (Statement s = c.createStatement()) { // and the other direction: a 4 MB statement
                String big = "x".repeat(4 << 20);
                try (ResultSet rs = s.executeQuery("select length('" + big + "'), md5('" + big + "')")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(big.length());
                    assertThat(rs.getString(2)).isEqualTo(md5(big));
                }
            }
        }
    }

    @Test
    void aPoolOfConnectionsWorksThroughTheProxyAndCloseEndsEveryOne() throws Exception {
        LatencyProxy proxy = proxyTo(Duration.ofMillis(1));
        String prefix = "latency-proxy-" + proxy.port() + "-";
        try (TestDatabase db = TestDatabase.postgres(server.through(proxy), "proxy_pool")) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> sums = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int base = t * 1_000;
                    sums.add(pool.submit(() -> {
                        int sum = 0;
                        for (int i = 0; i < 20; i++) {
                            try (Connection c = db.dataSource().getConnection();
                                    Statement s = c.createStatement();
                                    ResultSet rs = s.executeQuery("select " + (base + i))) {
                                rs.next();
                                sum += rs.getInt(1);
                            }
                        }
                        return sum;
                    }));
                }
                for (int t = 0; t < 8; t++) {
                    assertThat(sums.get(t).get()).isEqualTo(t * 1_000 * 20 + 190);
                }
            } finally {
                pool.shutdown();
            }
            assertThat(proxy.openConnections()).isGreaterThan(1);
        }
        proxy.close();
        assertThat(proxy.openConnections()).isZero();
        assertThat(Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith(prefix) && t.isAlive()))
                .as("proxy threads alive after close")
                .isEmpty();
        assertThatThrownBy(() -> server.through(proxy).connect()).isInstanceOf(SQLException.class);
    }

    @Test
    void aNegativeRoundTripOrATinyBufferIsRefusedWithTheValue() {
        assertThatThrownBy(() -> LatencyProxy.start("127.0.0.1", 5432, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("addedRoundTrip must be zero or more, was PT-0.001S");
        assertThatThrownBy(() -> LatencyProxy.start(server.address(), Duration.ZERO, 1_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bufferBytes must be at least")
                .hasMessageContaining("was 1000");
    }

    @Test
    void theLoopbackRoundTripIsMeasured() {
        long tcp = RoundTrips.tcpPingPongNanos(200);
        assertThat(tcp).isPositive().isLessThan(5_000_000);
        assertThat(RoundTrips.describe(server, 50)).contains("TCP ping-pong").contains("PostgreSQL select 1");
    }

    private static LatencyProxy proxyTo(Duration rtt) {
        return LatencyProxy.start(server.address(), rtt, LatencyProxy.DEFAULT_BUFFER_BYTES);
    }

    /** Reads the big result, checks every row, returns the nanoseconds it took. */
    private static long readBig(Connection c) throws Exception {
        long t0 = System.nanoTime();
        int rows = 0;
        List<String> hashes = new ArrayList<>(BIG_ROWS);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select i, md5(i::text) from generate_series(1, " + BIG_ROWS + ") i")) {
            while (rs.next()) {
                rows++;
                assertThat(rs.getInt(1)).isEqualTo(rows);
                hashes.add(rs.getString(2));
            }
        }
        long elapsed = System.nanoTime() - t0;
        assertThat(rows).isEqualTo(BIG_ROWS);
        for (int i = 0; i < BIG_ROWS; i += 997) {
            assertThat(hashes.get(i)).isEqualTo(md5(Integer.toString(i + 1)));
        }
        return elapsed;
    }

    private static String md5(String s) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, d));
    }
}
