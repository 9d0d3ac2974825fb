package dev.leanjdbc.analyzer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/** The harness of the labeled corpus: a seeded shop, an analyzer per scenario, exact assertions on findings. */
final class Corpus {

    /** Small on purpose: the detectors judge shapes and counts, not volume (except the large-result case). */
    static final ShopScale SCALE = new ShopScale(30, 20, 120);

    private static final Set<String> SEEDED = new HashSet<>();

    private Corpus() {}

    /** Seeds the shop once per test database (methods of a class share the schema). */
    static synchronized void seed(TestDatabase db) {
        if (SEEDED.add(db.jdbcUrl() + "/" + db.schema())) {
            db.seedShop(SCALE);
        }
    }

    /**
     * An analyzer of a scenario in call-site {@code mode}: the corpus runs every scenario in the default
     * SAMPLED mode and in ALWAYS (every execution walked) and expects the same findings in both.
     */
    static QueryAnalyzer analyzer(CallSiteMode mode, UnaryOperator<QueryAnalyzer.Builder> config) {
        return config.apply(QueryAnalyzer.builder().callSiteMode(mode)).build();
    }

    /** Runs {@code work} in a scope and returns the closed scope's report. */
    static Report run(QueryAnalyzer analyzer, String name, Work work) throws Exception {
        try (AnalysisScope scope = analyzer.scope(name)) {
            work.run();
            scope.close();
            return scope.report();
        }
    }

    /** Exactly these finding types (with multiplicity, any order), suppressed ones included. */
    static void assertFindings(Report r, FindingType... expected) {
        if (Boolean.getBoolean("leanjdbc.corpus.print")) {
            // -Dleanjdbc.corpus.print=true shows every scenario's report: the samples in docs/findings.md
            System.out.println("=== " + r.name() + "\n" + r.toText());
        }
        List<FindingType> actual =
                r.allFindings().stream().map(Finding::type).sorted().toList();
        List<FindingType> wanted = Arrays.stream(expected).sorted().toList();
        assertThat(actual).as("findings of %s%n%s", r.name(), r.toText()).isEqualTo(wanted);
    }

    static Finding only(Report r, FindingType type) {
        List<Finding> f = r.allFindings().stream().filter(x -> x.type() == type).toList();
        assertThat(f).as("%s findings%n%s", type, r.toText()).hasSize(1);
        return f.get(0);
    }

    /** The line of {@code file} (a test source of this package) holding {@code marker}. */
    static int lineOf(String file, String marker) {
        Path p = Path.of("src/test/java/dev/leanjdbc/analyzer/corpus", file);
        try {
            List<String> lines = Files.readAllLines(p);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("// " + marker)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("marker " + marker + " not in " + p);
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** The wrapped DataSource of a scenario. */
    static DataSource wrap(QueryAnalyzer analyzer, TestDatabase db) {
        return analyzer.wrap(db.dataSource());
    }
}
