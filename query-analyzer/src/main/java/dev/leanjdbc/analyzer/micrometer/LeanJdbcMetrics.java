package dev.leanjdbc.analyzer.micrometer;

import dev.leanjdbc.analyzer.AnalyzerListener;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.internal.metrics.AnalyzerMeters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;

/**
 * Micrometer meters of a {@link QueryAnalyzer}; binding is one line:
 *
 * <pre>{@code
 * LeanJdbcMetrics.bind(analyzer, registry);                       // defaults
 * LeanJdbcMetrics.bind(analyzer, registry, LeanJdbcMetrics.Options.defaults().withTopFingerprints(50));
 * }</pre>
 *
 * or as a {@link MeterBinder} ({@code LeanJdbcMetrics.binder(analyzer, options)}), e.g. a Spring bean.
 *
 * <h2>Meters</h2>
 *
 * <table>
 *   <caption>Meters and their tags (plus the {@linkplain Options#tags common tags})</caption>
 *   <tr><th>Name</th><th>Type</th><th>Tags</th><th>What</th></tr>
 *   <tr><td>{@code leanjdbc.statements}</td><td>counter</td><td>{@code kind} (StatementKind), {@code outcome}
 *       ({@code success}, {@code failed})</td><td>statements executed</td></tr>
 *   <tr><td>{@code leanjdbc.rows.read}</td><td>counter</td><td>-</td><td>rows moved to in results</td></tr>
 *   <tr><td>{@code leanjdbc.findings}</td><td>counter</td><td>{@code type} (FindingType)</td><td>findings of
 *       closed scopes, suppressed ones not counted</td></tr>
 *   <tr><td>{@code leanjdbc.statement.time}</td><td>timer</td><td>{@code fingerprint}: the top-N or {@code
 *       other}</td><td>execute to result closed</td></tr>
 *   <tr><td>{@code leanjdbc.scope.duration}</td><td>timer</td><td>{@code scope}: the top-N names or {@code
 *       other}</td><td>scope open to close (a request with the servlet filter)</td></tr>
 *   <tr><td>{@code leanjdbc.analyzer.failures}</td><td>function counter</td><td>-</td><td>{@link
 *       QueryAnalyzer#caughtFailures()}</td></tr>
 * </table>
 *
 * <h2>Bounded tags</h2>
 *
 * Only the {@link Options#topFingerprints} most executed fingerprints (default 20) and the {@link
 * Options#topScopes} most frequent scope names (default 50) get a tag value of their own; all others are
 * timed with tag value {@code other}. Keys earn their tag in order of first use while places are free; after
 * that a key that has run at least 8 times and more than twice as often as the least executed tagged key
 * takes its place, and that key's timer is removed from the registry. Fingerprint tag values are the
 * normalized SQL, cut at 200 characters.
 *
 * <p><b>Performance.</b> Per statement: two counter increments, one concurrent-map lookup and one timer
 * recording, on the thread that ran the statement.
 */
public final class LeanJdbcMetrics implements AutoCloseable {

    private final AnalyzerMeters meters;
    private final AnalyzerListener.Registration registration;

    private LeanJdbcMetrics(AnalyzerMeters meters, AnalyzerListener.Registration registration) {
        this.meters = meters;
        this.registration = registration;
    }

    /**
     * The {@code fingerprint.id} tag value of a statement shape: 12 hex digits, the same in every JVM and run,
     * for the actuator's {@code ?tag=fingerprint.id:…} query (the {@code fingerprint} text has commas, which
     * that query cannot take).
     */
    public static String fingerprintId(String fingerprint) {
        return AnalyzerMeters.fingerprintId(Objects.requireNonNull(fingerprint, "fingerprint"));
    }

    /** Registers the meters with the default options and starts feeding them. */
    public static LeanJdbcMetrics bind(QueryAnalyzer analyzer, MeterRegistry registry) {
        return bind(analyzer, registry, Options.defaults());
    }

    /** Registers the meters and starts feeding them; {@link #close()} stops feeding (the meters stay). */
    public static LeanJdbcMetrics bind(QueryAnalyzer analyzer, MeterRegistry registry, Options options) {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(options, "options");
        AnalyzerMeters meters =
                new AnalyzerMeters(analyzer, registry, options.tags, options.topFingerprints, options.topScopes);
        return new LeanJdbcMetrics(meters, analyzer.addListener(meters));
    }

    /** The same binding as a {@link MeterBinder}, for frameworks that bind meters themselves. */
    public static MeterBinder binder(QueryAnalyzer analyzer, Options options) {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(options, "options");
        return registry -> bind(analyzer, registry, options);
    }

    /** Fingerprints currently timed under a tag value of their own (at most {@code topFingerprints}). */
    public int taggedFingerprints() {
        return meters.taggedFingerprints();
    }

    /** Stops feeding the meters. */
    @Override
    public void close() {
        registration.close();
    }

    /**
     * Options of {@link #bind}: {@code Options.defaults().withTopFingerprints(50)}. Immutable; each {@code
     * withX} step returns a copy.
     */
    public static final class Options {

        private static final Options DEFAULTS = new Options(20, 50, Tags.empty());

        private final int topFingerprints;
        private final int topScopes;
        private final Tags tags;

        private Options(int topFingerprints, int topScopes, Tags tags) {
            this.topFingerprints = topFingerprints;
            this.topScopes = topScopes;
            this.tags = tags;
        }

        /** 20 fingerprints and 50 scope names with a tag value of their own, no extra tags. */
        public static Options defaults() {
            return DEFAULTS;
        }

        /** Fingerprints with a {@code leanjdbc.statement.time} tag value of their own (0 to 1,000, default 20). */
        public Options withTopFingerprints(int n) {
            return new Options(range("topFingerprints", n), topScopes, tags);
        }

        /** Scope names with a {@code leanjdbc.scope.duration} tag value of their own (0 to 1,000, default 50). */
        public Options withTopScopes(int n) {
            return new Options(topFingerprints, range("topScopes", n), tags);
        }

        /** Tags added to every meter, e.g. {@code Tag.of("datasource", "orders")}. */
        public Options withTags(Iterable<Tag> tags) {
            return new Options(topFingerprints, topScopes, Tags.of(Objects.requireNonNull(tags, "tags")));
        }

        public int topFingerprints() {
            return topFingerprints;
        }

        public int topScopes() {
            return topScopes;
        }

        public Tags tags() {
            return tags;
        }

        private static int range(String name, int n) {
            if (n < 0 || n > 1_000) {
                throw new IllegalArgumentException(
                        name + " must be between 0 and 1000 (it bounds the tag's values), was " + n);
            }
            return n;
        }

        @Override
        public String toString() {
            return "LeanJdbcMetrics.Options[topFingerprints=" + topFingerprints + ", topScopes=" + topScopes + ", tags="
                    + tags + "]";
        }
    }
}
