package dev.leanjdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a new JVM with a chosen heap, on this JVM's class path, and returns its exit code and
 * output. Memory claims are proven with it: the database server stays in the parent JVM and the child is
 * handed its URL.
 *
 * <pre>{@code
 * ForkedJvm.Result r = ForkedJvm.main(StreamAll.class).maxHeap("64m").arg(db.jdbcUrl()).run();
 * assertThat(r.exitCode()).as(r.output()).isZero();
 * }</pre>
 */
public final class ForkedJvm {

    /** Output kept from the child, from the end; older output is dropped beyond this. */
    static final int MAX_OUTPUT_CHARS = 64 * 1024;

    private final String mainClass;
    private final List<String> jvmArgs = new ArrayList<>();
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private String maxHeap = "64m";
    private Duration timeout = Duration.ofMinutes(5);
    private Path javaHome = Path.of(System.getProperty("java.home"));

    private ForkedJvm(String mainClass) {
        this.mainClass = mainClass;
    }

    public static ForkedJvm main(Class<?> mainClass) {
        return new ForkedJvm(mainClass.getName());
    }

    public static ForkedJvm main(String mainClass) {
        return new ForkedJvm(mainClass);
    }

    /** {@code -Xmx} value, e.g. {@code "64m"}; default 64m. */
    public ForkedJvm maxHeap(String maxHeap) {
        if (!maxHeap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("maxHeap must look like 64m, was " + maxHeap);
        }
        this.maxHeap = maxHeap;
        return this;
    }

    public ForkedJvm jvmArg(String arg) {
        jvmArgs.add(arg);
        return this;
    }

    public ForkedJvm arg(String arg) {
        args.add(arg);
        return this;
    }

    public ForkedJvm systemProperty(String key, String value) {
        systemProperties.put(key, value);
        return this;
    }

    /** Passes the database's URL and credentials as system properties {@code leanjdbc.url/user/password}. */
    public ForkedJvm database(TestDatabase db) {
        return systemProperty("leanjdbc.url", db.jdbcUrl())
                .systemProperty("leanjdbc.user", db.user())
                .systemProperty("leanjdbc.password", db.password() == null ? "" : db.password());
    }

    /**
     * In the child JVM: a pool configuration (URL, user, password, at most 2 connections) for the database the
     * parent passed with {@link #database(TestDatabase)}.
     */
    public static HikariConfig childDatabase() {
        String url = System.getProperty("leanjdbc.url");
        if (url == null) {
            throw new IllegalStateException("no -Dleanjdbc.url: start this JVM with ForkedJvm.main(...).database(db)");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getProperty("leanjdbc.user"));
        config.setPassword(System.getProperty("leanjdbc.password"));
        config.setMaximumPoolSize(2);
        return config;
    }

    /** The child is killed after this; default 5 minutes. */
    public ForkedJvm timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be > 0, was " + timeout);
        }
        this.timeout = timeout;
        return this;
    }

    /** The JDK to run the child with; default: the one running this JVM. */
    public ForkedJvm javaHome(Path javaHome) {
        this.javaHome = javaHome;
        return this;
    }

    /** Exit code (-1 when killed on timeout), combined stdout and stderr (the last 64 KiB), and duration. */
    public record Result(int exitCode, String output, Duration elapsed, boolean timedOut) {

        /** Whether the child died of {@code OutOfMemoryError} (or H2's own out-of-memory error). */
        public boolean outOfMemory() {
            return output.contains("OutOfMemoryError") || output.contains("Out of memory");
        }
    }

    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.addAll(jvmArgs);
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    public Result run() {
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command(), e);
        }
        OutputCollector collector = new OutputCollector(process.getInputStream());
        collector.start();
        boolean timedOut;
        try {
            timedOut = !process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (timedOut) {
                process.destroyForcibly().waitFor();
            }
            collector.join(10_000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + mainClass, e);
        }
        String output = collector.text();
        if (timedOut) {
            output += "\n[leanjdbc] killed after timeout of " + timeout;
        }
        return new Result(
                timedOut ? -1 : process.exitValue(), output, Duration.ofNanos(System.nanoTime() - start), timedOut);
    }

    /** Drains the child's output so it never blocks, keeping only the tail. */
    private static final class OutputCollector extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        OutputCollector(InputStream in) {
            super("forked-jvm-output");
            setDaemon(true);
            this.in = in;
        }

        @Override
        public void run() {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    synchronized (kept) {
                        kept.write(buf, 0, n);
                        if (kept.size() > 2 * MAX_OUTPUT_CHARS) {
                            byte[] all = kept.toByteArray();
                            kept.reset();
                            kept.write(all, all.length - MAX_OUTPUT_CHARS, MAX_OUTPUT_CHARS);
                        }
                    }
                }
            } catch (IOException ignored) {
                // the child is gone; what was read is kept
            }
        }

        String text() {
            synchronized (kept) {
                String s = kept.toString(StandardCharsets.UTF_8);
                return s.length() > MAX_OUTPUT_CHARS ? s.substring(s.length() - MAX_OUTPUT_CHARS) : s;
            }
        }
    }
}
