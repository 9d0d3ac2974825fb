package dev.leanjdbc.benchmarks.bulk;

import dev.leanjdbc.testing.LatencyProxy;
import dev.leanjdbc.testing.PostgresServer;
import dev.leanjdbc.testing.PostgresServers;
import dev.leanjdbc.testing.RoundTrips;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The round trips the {@code addedRttMs} settings really give, to state beside the bulk ratios: the
 * machine's own loopback (raw TCP ping-pong, PostgreSQL {@code select 1} direct) and {@code select 1}
 * through a {@link LatencyProxy} at each added round trip (the proxy's own hop shows at 0). Not a JMH
 * benchmark; run as {@code java -cp benchmarks.jar dev.leanjdbc.benchmarks.bulk.RoundTripProbe [n]}, it
 * prints a markdown table of medians over {@code n} round trips (default 1,000).
 */
public final class RoundTripProbe {

    private RoundTripProbe() {}

    public static void main(String[] args) throws SQLException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        PostgresServers.Result found = PostgresServers.shared();
        PostgresServer server = found.found()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL for the probe: " + found.failure()));
        System.out.println("| path | added (nominal) | median round trip | added (measured) |");
        System.out.println("|---|---:|---:|---:|");
        System.out.printf(
                Locale.ROOT,
                "| loopback TCP ping-pong (1 byte) | — | %.3f ms | — |%n",
                ms(RoundTrips.tcpPingPongNanos(n)));
        long direct;
        try (Connection c = server.connect()) {
            direct = RoundTrips.selectOneNanos(c, n);
        }
        System.out.printf(Locale.ROOT, "| PostgreSQL `select 1`, direct | 0 | %.3f ms | — |%n", ms(direct));
        for (String added : new String[] {"0", "0.25", "0.5", "1"}) {
            try (LatencyProxy proxy = LatencyProxy.start(
                            server.address(), BenchDatabases.roundTrip(added), LatencyProxy.DEFAULT_BUFFER_BYTES);
                    Connection c = server.through(proxy).connect()) {
                long through = RoundTrips.selectOneNanos(c, n);
                System.out.printf(
                        Locale.ROOT,
                        "| PostgreSQL `select 1` through LatencyProxy | %s ms | %.3f ms | %.3f ms |%n",
                        added,
                        ms(through),
                        ms(through - direct));
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
