package dev.leanjdbc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An in-process TCP proxy on loopback that adds a fixed round-trip time between a client (a JDBC driver)
 * and a server, so that benchmarks on one machine pay what an application pays over a network.
 *
 * <p>It listens on {@code 127.0.0.1} on an ephemeral port ({@link #port()}) and forwards every accepted
 * connection to the target. Each direction is a <em>delay line</em>: the bytes read are queued with a due
 * time of {@code read time + addedRoundTrip / 2} and written when that time comes. A request and its
 * response therefore pay the added round trip exactly once, whatever the number of packets or reads they
 * arrive in: a 1 MB result costs one added round trip plus its transfer time, not a delay per chunk.
 * Order is kept (one queue, one writer per direction), {@link Socket#setTcpNoDelay TCP_NODELAY} is set on
 * both sides, and an end of stream is passed on (half-close) after the data before it.
 *
 * <p>Each direction of each connection buffers at most {@code bufferBytes} (default 1 MiB): when the queue
 * is full the reader stops reading, so TCP flow control pushes back on the sender instead of the proxy
 * growing without bound. The bandwidth of a direction is thus capped at {@code bufferBytes / (addedRoundTrip
 * / 2)}, e.g. 1 MiB per 0.5 ms = 2 GB/s, above what loopback PostgreSQL sends.
 *
 * <p>Four platform threads per connection (a reader and a writer per direction), daemon threads named
 * {@code latency-proxy-<port>-<n>-...}; fine for a pool of tens of connections. Waiting for a due time
 * parks the writer until shortly before it and spins the rest ({@value #SPIN_NANOS} ns at most), because
 * {@code parkNanos} alone overshoots by the kernel's timer slack (about 50 µs), which at 0.25 ms would be a
 * 40 % error. {@link #close()} stops accepting and closes every forwarded connection. With a zero round
 * trip data is forwarded as soon as it is read (the proxy's own hop remains: measure it, see {@link
 * RoundTrips}).
 */
public final class LatencyProxy implements AutoCloseable {

    /** Default buffer per direction and connection. */
    public static final int DEFAULT_BUFFER_BYTES = 1 << 20;

    static final long SPIN_NANOS = 60_000;
    private static final int READ_BYTES = 64 * 1024;
    /** What a queued chunk costs besides its bytes, so many tiny chunks are bounded too. */
    private static final int CHUNK_OVERHEAD = 64;

    private final InetSocketAddress target;
    private final Duration addedRoundTrip;
    private final long oneWayNanos;
    private final int bufferBytes;
    private final ServerSocket listener;
    private final Thread acceptor;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean closed;

    private LatencyProxy(InetSocketAddress target, Duration addedRoundTrip, int bufferBytes) throws IOException {
        this.target = target;
        this.addedRoundTrip = addedRoundTrip;
        this.oneWayNanos = addedRoundTrip.toNanos() / 2;
        this.bufferBytes = bufferBytes;
        this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "latency-proxy-" + listener.getLocalPort() + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy to {@code host:port} adding {@code addedRoundTrip} to every round trip; buffer 1 MiB per direction. */
    public static LatencyProxy start(String host, int port, Duration addedRoundTrip) {
        return start(new InetSocketAddress(host, port), addedRoundTrip, DEFAULT_BUFFER_BYTES);
    }

    /**
     * A proxy to {@code target} adding {@code addedRoundTrip} (zero or more) to every round trip, buffering
     * at most {@code bufferBytes} per direction and connection (at least 64 KiB).
     */
    public static LatencyProxy start(InetSocketAddress target, Duration addedRoundTrip, int bufferBytes) {
        Objects.requireNonNull(target, "target");
        if (addedRoundTrip == null || addedRoundTrip.isNegative()) {
            throw new IllegalArgumentException("addedRoundTrip must be zero or more, was " + addedRoundTrip);
        }
        if (bufferBytes < READ_BYTES + CHUNK_OVERHEAD) {
            throw new IllegalArgumentException("bufferBytes must be at least " + (READ_BYTES + CHUNK_OVERHEAD)
                    + " (one read), was " + bufferBytes);
        }
        try {
            return new LatencyProxy(target, addedRoundTrip, bufferBytes);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on loopback for a proxy to " + target, e);
        }
    }

    /** The port the proxy listens on (on {@link #host()}). */
    public int port() {
        return listener.getLocalPort();
    }

    /** The address clients connect to, {@code 127.0.0.1}. */
    public String host() {
        return listener.getInetAddress().getHostAddress();
    }

    public InetSocketAddress target() {
        return target;
    }

    public Duration addedRoundTrip() {
        return addedRoundTrip;
    }

    /** Connections forwarded now. */
    public int openConnections() {
        return links.size();
    }

    /** Connections accepted since the start. */
    public int acceptedConnections() {
        return accepted.get();
    }

    /** Stops accepting, closes every forwarded connection and waits (briefly) for the threads to end. */
    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        List<Link> all = List.copyOf(links); // closing removes them
        for (Link link : all) {
            link.close();
        }
        try {
            acceptor.join(5_000);
            for (Link link : all) {
                link.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "LatencyProxy[" + host() + ":" + port() + " -> " + target + ", +" + addedRoundTrip.toNanos() / 1e6
                + " ms round trip]";
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            int n = accepted.incrementAndGet();
            try {
                Socket server = new Socket();
                server.connect(target, 10_000);
                Link link = new Link(n, client, server);
                links.add(link);
                if (closed) {
                    link.close();
                } else {
                    link.start();
                }
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    /** One forwarded connection: two directions. */
    private final class Link {
        private final Socket client;
        private final Socket server;
        private final Direction up;
        private final Direction down;
        private final AtomicInteger ended = new AtomicInteger();

        Link(int n, Socket client, Socket server) throws IOException {
            this.client = client;
            this.server = server;
            client.setTcpNoDelay(true);
            server.setTcpNoDelay(true);
            String name = "latency-proxy-" + port() + "-" + n;
            up = new Direction(this, name + "-up", client, server);
            down = new Direction(this, name + "-down", server, client);
        }

        void start() {
            up.start();
            down.start();
        }

        /** A direction delivered its end of stream: when both have, the connection is done. */
        void ended() {
            if (ended.incrementAndGet() == 2) {
                close();
            }
        }

        void close() {
            closeQuietly(client);
            closeQuietly(server);
            up.queue.close();
            down.queue.close();
            links.remove(this);
        }

        void join() throws InterruptedException {
            up.join();
            down.join();
        }
    }

    /** Bytes from one socket to the other through a delay line. */
    private final class Direction {
        private final Link link;
        private final Socket from;
        private final Socket to;
        private final DelayQueue queue = new DelayQueue(bufferBytes);
        private final Thread reader;
        private final Thread writer;

        Direction(Link link, String name, Socket from, Socket to) {
            this.link = link;
            this.from = from;
            this.to = to;
            reader = new Thread(this::read, name + "-read");
            writer = new Thread(this::write, name + "-write");
            reader.setDaemon(true);
            writer.setDaemon(true);
        }

        void start() {
            reader.start();
            writer.start();
        }

        void join() throws InterruptedException {
            reader.join(5_000);
            writer.join(5_000);
        }

        private void read() {
            byte[] buffer = new byte[READ_BYTES];
            try {
                InputStream in = from.getInputStream();
                while (true) {
                    int n = in.read(buffer);
                    long due = System.nanoTime() + oneWayNanos;
                    if (n < 0) {
                        queue.put(new Chunk(null, due));
                        return;
                    }
                    if (!queue.put(new Chunk(Arrays.copyOf(buffer, n), due))) {
                        return; // closed
                    }
                }
            } catch (IOException | InterruptedException e) {
                link.close();
            }
        }

        private void write() {
            try {
                OutputStream out = to.getOutputStream();
                while (true) {
                    Chunk chunk = queue.take();
                    if (chunk == null) {
                        return; // closed
                    }
                    awaitNanoTime(chunk.due);
                    if (chunk.bytes == null) {
                        to.shutdownOutput();
                        link.ended();
                        return;
                    }
                    out.write(chunk.bytes);
                }
            } catch (IOException | InterruptedException e) {
                link.close();
            }
        }
    }

    /** Waits until {@code System.nanoTime()} reaches {@code due}: park, then spin the last stretch. */
    static void awaitNanoTime(long due) throws InterruptedException {
        while (true) {
            long left = due - System.nanoTime();
            if (left <= 0) {
                return;
            }
            if (left > SPIN_NANOS) {
                LockSupport.parkNanos(left - SPIN_NANOS);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** Bytes read (or, when {@code bytes} is null, the end of stream) and when to write them. */
    private record Chunk(byte[] bytes, long due) {
        int cost() {
            return (bytes == null ? 0 : bytes.length) + CHUNK_OVERHEAD;
        }
    }

    /** A FIFO bounded by bytes: {@code put} blocks while full, {@code take} while empty; {@code close} wakes both. */
    private static final class DelayQueue {
        private final int capacity;
        private final ArrayDeque<Chunk> chunks = new ArrayDeque<>();
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition notFull = lock.newCondition();
        private final Condition notEmpty = lock.newCondition();
        private int bytes;
        private boolean closed;

        DelayQueue(int capacity) {
            this.capacity = capacity;
        }

        /** False when closed. */
        boolean put(Chunk chunk) throws InterruptedException {
            lock.lock();
            try {
                while (!closed && bytes + chunk.cost() > capacity) {
                    notFull.await();
                }
                if (closed) {
                    return false;
                }
                chunks.addLast(chunk);
                bytes += chunk.cost();
                notEmpty.signal();
                return true;
            } finally {
                lock.unlock();
            }
        }

        /** The next chunk, or null when closed. */
        Chunk take() throws InterruptedException {
            lock.lock();
            try {
                while (!closed && chunks.isEmpty()) {
                    notEmpty.await();
                }
                if (closed) {
                    return null;
                }
                Chunk chunk = chunks.removeFirst();
                bytes -= chunk.cost();
                notFull.signal();
                return chunk;
            } finally {
                lock.unlock();
            }
        }

        void close() {
            lock.lock();
            try {
                closed = true;
                chunks.clear();
                notFull.signalAll();
                notEmpty.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
