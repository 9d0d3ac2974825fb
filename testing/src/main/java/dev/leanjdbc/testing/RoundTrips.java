package dev.leanjdbc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The machine's own round trips, to state beside results measured through a {@link LatencyProxy}: a raw TCP
 * ping-pong on loopback and {@code SELECT 1} on a connection, each the median of {@code n} round trips
 * after as many warm-up ones.
 */
public final class RoundTrips {

    private RoundTrips() {}

    /** Median nanoseconds of a 1-byte TCP ping-pong between two threads on 127.0.0.1 (TCP_NODELAY). */
    public static long tcpPingPongNanos(int n) {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new Socket(listener.getInetAddress(), listener.getLocalPort())) {
            Thread echo = new Thread(() -> echo(listener), "round-trips-echo");
            echo.setDaemon(true);
            echo.start();
            client.setTcpNoDelay(true);
            return pingPong(client, n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the loopback TCP round trip", e);
        }
    }

    /** Median nanoseconds of a 1-byte ping-pong over {@code socket} with a peer that echoes every byte. */
    static long pingPong(Socket socket, int n) throws IOException {
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        long[] times = new long[n];
        for (int i = -n; i < n; i++) { // the first n warm up
            long t0 = System.nanoTime();
            out.write(1);
            if (in.read() < 0) {
                throw new IOException("the echo peer closed the connection");
            }
            if (i >= 0) {
                times[i] = System.nanoTime() - t0;
            }
        }
        return median(times);
    }

    /** Median nanoseconds of {@code select 1} (executed and read) on {@code connection}. */
    public static long selectOneNanos(Connection connection, int n) throws SQLException {
        long[] times = new long[n];
        try (Statement s = connection.createStatement()) {
            for (int i = -n; i < n; i++) {
                long t0 = System.nanoTime();
                try (ResultSet rs = s.executeQuery("select 1")) {
                    rs.next();
                }
                if (i >= 0) {
                    times[i] = System.nanoTime() - t0;
                }
            }
        }
        return median(times);
    }

    /** A line for a report, e.g. {@code loopback round trip: TCP 0.031 ms, PostgreSQL select 1 0.072 ms}. */
    public static String describe(PostgresServer server, int n) {
        try (Connection c = server.connect()) {
            return String.format(
                    java.util.Locale.ROOT,
                    "loopback round trip (median of %d): TCP ping-pong %.3f ms, PostgreSQL select 1 %.3f ms",
                    n,
                    tcpPingPongNanos(n) / 1e6,
                    selectOneNanos(c, n) / 1e6);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot measure select 1 on " + server.jdbcUrl(), e);
        }
    }

    private static void echo(ServerSocket listener) {
        try (Socket peer = listener.accept()) {
            peer.setTcpNoDelay(true);
            InputStream in = peer.getInputStream();
            OutputStream out = peer.getOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                out.write(b);
            }
        } catch (IOException ignored) {
            // the client closed
        }
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
