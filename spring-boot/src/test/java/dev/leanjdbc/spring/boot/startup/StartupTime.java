package dev.leanjdbc.spring.boot.startup;

import dev.leanjdbc.spring.boot.LeanJdbcAutoConfiguration;
import dev.leanjdbc.spring.boot.LeanJdbcEndpointAutoConfiguration;
import dev.leanjdbc.spring.boot.LeanJdbcJooqAutoConfiguration;
import dev.leanjdbc.spring.boot.LeanJdbcMetricsAutoConfiguration;
import dev.leanjdbc.spring.boot.LeanJdbcWebAutoConfiguration;
import dev.leanjdbc.spring.boot.shop.ShopApplication;
import dev.leanjdbc.spring.boot.test.LeanJdbcTestAutoConfiguration;
import dev.leanjdbc.testing.ForkedJvm;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Startup time of the shop web application (embedded Tomcat, HikariCP on in-memory H2, actuator, jOOQ)
 * with the starter's auto-configuration and without it (all of it excluded), alternating so that drift of
 * a shared machine hits both alike.
 *
 * <pre>
 * java -cp ... dev.leanjdbc.spring.boot.startup.StartupTime warm 5 30   # one JVM: 5 warm-up + 30 starts each way
 * java -cp ... dev.leanjdbc.spring.boot.startup.StartupTime cold 10     # 10 fresh JVMs each way
 * </pre>
 *
 * A measurement tool, not a test: time bars on a shared machine belong in a report, not in an assertion.
 */
public final class StartupTime {

    private static final String EXCLUDE_ALL = "--spring.autoconfigure.exclude="
            + String.join(
                    ",",
                    Stream.of(
                                    LeanJdbcTestAutoConfiguration.class,
                                    LeanJdbcAutoConfiguration.class,
                                    LeanJdbcJooqAutoConfiguration.class,
                                    LeanJdbcEndpointAutoConfiguration.class,
                                    LeanJdbcWebAutoConfiguration.class,
                                    LeanJdbcMetricsAutoConfiguration.class)
                            .map(Class::getName)
                            .toList());

    private StartupTime() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "warm" -> warm(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "cold" -> cold(Integer.parseInt(args[1]));
            case "once" -> {
                double ms = startOnce(Boolean.parseBoolean(args[1]), 0);
                // Uptime includes JVM start and class loading; run time is SpringApplication.run alone.
                System.out.printf(
                        Locale.ROOT,
                        "RESULT run=%.1f uptime=%d%n",
                        ms,
                        ManagementFactory.getRuntimeMXBean().getUptime());
            }
            case "steps" -> steps(Integer.parseInt(args[1]));
            default -> throw new IllegalArgumentException("mode must be warm, cold or steps, was " + args[0]);
        }
    }

    static String[] args(boolean withStarter, int run) {
        List<String> a = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:mem:startup" + run + ";DATABASE_TO_LOWER=TRUE",
                "--spring.datasource.username=sa",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off",
                "--management.endpoints.web.exposure.include=health,leanjdbc",
                // the production path: the application's own analyzer, not the JUnit one
                "--leanjdbc.test.shared-analyzer=false"));
        if (!withStarter) {
            a.add(EXCLUDE_ALL);
        }
        return a.toArray(String[]::new);
    }

    static double startOnce(boolean withStarter, int run) {
        // Start each measured run on a collected heap, so that neither side pays for the other's garbage.
        System.gc();
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx =
                SpringApplication.run(ShopApplication.class, args(withStarter, run))) {
            double ms = (System.nanoTime() - t0) / 1e6;
            if (ctx.containsBean("leanJdbcQueryAnalyzer") != withStarter) {
                throw new IllegalStateException("starter present = " + !withStarter + ", expected " + withStarter);
            }
            return ms;
        }
    }

    /**
     * After {@code warmups} starts each way, one start with the starter recording Spring's startup steps:
     * the bean instantiations that took longest, and the sum over leanjdbc's beans (nested steps included).
     */
    private static void steps(int warmups) {
        for (int i = 0; i < warmups; i++) {
            startOnce(true, i);
            startOnce(false, i);
        }
        org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup startup =
                new org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup(100_000);
        SpringApplication app = new SpringApplication(ShopApplication.class);
        app.setApplicationStartup(startup);
        long t0 = System.nanoTime();
        app.run(args(true, 999)).close();
        System.out.printf(Locale.ROOT, "run %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        java.util.List<String> lines = new java.util.ArrayList<>();
        double lean = 0;
        for (var e : startup.getBufferedTimeline().getEvents()) {
            if (!e.getStartupStep().getName().equals("spring.beans.instantiate")) {
                continue;
            }
            String bean = "";
            for (var t : e.getStartupStep().getTags()) {
                if (t.getKey().equals("beanName")) {
                    bean = t.getValue();
                }
            }
            double ms = e.getDuration().toNanos() / 1e6;
            if (bean.toLowerCase(Locale.ROOT).contains("leanjdbc") || bean.equals("lean")) {
                lean += ms;
            }
            lines.add(String.format(Locale.ROOT, "%8.2f ms %s", ms, bean));
        }
        lines.sort(java.util.Comparator.reverseOrder());
        lines.stream().limit(12).forEach(System.out::println);
        lines.stream()
                .filter(l -> l.toLowerCase(Locale.ROOT).contains("lean") || l.endsWith(" dataSource"))
                .forEach(l -> System.out.println("lean: " + l));
        System.out.printf(Locale.ROOT, "leanjdbc beans (inclusive) %.1f ms%n", lean);
    }

    private static void warm(int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            startOnce(true, i);
            startOnce(false, i);
        }
        double[] with = new double[runs];
        double[] without = new double[runs];
        for (int i = 0; i < runs; i++) {
            // alternate which goes first, so neither always follows the other's garbage
            if (i % 2 == 0) {
                with[i] = startOnce(true, i);
                without[i] = startOnce(false, i);
            } else {
                without[i] = startOnce(false, i);
                with[i] = startOnce(true, i);
            }
        }
        report("warm, one JVM, SpringApplication.run", with, without);
    }

    private static void cold(int runs) {
        double[] with = new double[runs];
        double[] withUptime = new double[runs];
        double[] without = new double[runs];
        double[] withoutUptime = new double[runs];
        for (int i = 0; i < runs; i++) {
            boolean first = i % 2 == 0;
            double[] a = child(first);
            double[] b = child(!first);
            double[] w = first ? a : b;
            double[] wo = first ? b : a;
            with[i] = w[0];
            withUptime[i] = w[1];
            without[i] = wo[0];
            withoutUptime[i] = wo[1];
        }
        report("cold, fresh JVM each, SpringApplication.run", with, without);
        report("cold, fresh JVM each, JVM uptime when started", withUptime, withoutUptime);
    }

    private static double[] child(boolean withStarter) {
        ForkedJvm.Result r = ForkedJvm.main(StartupTime.class)
                .maxHeap("512m")
                .arg("once")
                .arg(Boolean.toString(withStarter))
                .run();
        if (r.exitCode() != 0) {
            throw new IllegalStateException("child failed: " + r.output());
        }
        String line = r.output()
                .lines()
                .filter(l -> l.startsWith("RESULT "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no RESULT in " + r.output()));
        String[] parts = line.substring(7).split(" ");
        return new double[] {Double.parseDouble(parts[0].substring(4)), Double.parseDouble(parts[1].substring(7))};
    }

    /**
     * Means ± standard deviations of each side, and the ratio of each alternating pair (with / without):
     * its mean ± standard error and its median. Pairs ran next to each other, so their ratio cancels most of
     * the drift of a shared machine that the two means still carry.
     */
    private static void report(String what, double[] with, double[] without) {
        double mw = mean(with);
        double mo = mean(without);
        double[] ratios = new double[with.length];
        for (int i = 0; i < with.length; i++) {
            ratios[i] = with[i] / without[i];
        }
        double mr = mean(ratios);
        double[] sorted = ratios.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        System.out.printf(
                Locale.ROOT,
                "%s, n=%d: with starter %.1f ± %.1f ms, without %.1f ± %.1f ms; paired ratio %.3f ± %.3f"
                        + " (standard error), median %.3f%n",
                what,
                with.length,
                mw,
                stdev(with, mw),
                mo,
                stdev(without, mo),
                mr,
                stdev(ratios, mr) / Math.sqrt(ratios.length),
                median);
    }

    private static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.length;
    }

    private static double stdev(double[] xs, double mean) {
        double s = 0;
        for (double x : xs) {
            s += (x - mean) * (x - mean);
        }
        return Math.sqrt(s / (xs.length - 1));
    }
}
