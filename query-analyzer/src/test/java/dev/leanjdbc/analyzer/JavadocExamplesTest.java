package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.DbTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The examples in the Javadoc of {@link QueryAnalyzer}, {@link AnalysisScope} and {@link Report} are the
 * compiled regions of {@link JavadocExamples}, line for line, and do what the Javadoc says.
 */
class JavadocExamplesTest {

    private static final Path MAIN = Path.of("src/main/java/dev/leanjdbc/analyzer");
    private static final Path EXAMPLES = Path.of("src/test/java/dev/leanjdbc/analyzer/JavadocExamples.java");

    @Test
    void everyClassExampleIsTheCompiledRegion() throws IOException {
        assertThat(javadocExample("QueryAnalyzer.java")).isEqualTo(region("query-analyzer"));
        assertThat(javadocExample("AnalysisScope.java")).isEqualTo(region("analysis-scope"));
        assertThat(javadocExample("Report.java")).isEqualTo(region("report"));
    }

    @DbTest
    void theExamplesRunAsTheJavadocSays(DataSource raw) throws Exception {
        Items.create(raw, 5);
        Report fromAnalyzerExample = JavadocExamples.queryAnalyzer(raw);
        assertThat(fromAnalyzerExample.isComplete()).isTrue();
        assertThat(fromAnalyzerExample.statementCount()).isEqualTo(6);

        QueryAnalyzer analyzer = QueryAnalyzer.create();
        JavadocExamples.OrderService service = new JavadocExamples.OrderService(analyzer.wrap(raw));
        Report[] soFarAndFinal = JavadocExamples.analysisScope(analyzer, service);
        assertThat(soFarAndFinal[0].isComplete())
                .as("a snapshot of an open scope")
                .isFalse();
        assertThat(soFarAndFinal[0].statementCount()).isEqualTo(6);
        assertThat(soFarAndFinal[1].isComplete()).isTrue();
        assertThat(soFarAndFinal[1].statementCount()).isEqualTo(12);

        AnalysisScope scope = analyzer.scope("GET /orders");
        try (scope) {
            service.listOrders();
        }
        Report logged = JavadocExamples.report(scope);
        assertThat(logged.findings()).extracting(Finding::type).containsExactly(FindingType.N_PLUS_ONE);
    }

    /** The text of the class's {@code <pre>{@code ...}</pre>} example, without the comment's {@code " * "}. */
    private static String javadocExample(String file) throws IOException {
        List<String> lines = Files.readAllLines(MAIN.resolve(file));
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            String text = line.startsWith(" * ") ? line.substring(3) : line.equals(" *") ? "" : line;
            if (!in && text.equals("<pre>{@code")) {
                in = true;
            } else if (in && text.equals("}</pre>")) {
                return String.join("\n", out);
            } else if (in) {
                out.add(text);
            }
        }
        throw new AssertionError("no <pre>{@code ...}</pre> example in the Javadoc of " + file);
    }

    /** The lines between {@code // tag::name[]} and {@code // end::name[]}, their common indentation removed. */
    private static String region(String name) throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLES);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            if (t.equals("// tag::" + name + "[]")) {
                start = i + 1;
            } else if (t.equals("// end::" + name + "[]") && start >= 0) {
                List<String> region = lines.subList(start, i);
                int indent = region.stream()
                        .filter(l -> !l.isBlank())
                        .mapToInt(l -> l.length() - l.stripLeading().length())
                        .min()
                        .orElse(0);
                List<String> out = new ArrayList<>();
                for (String l : region) {
                    out.add(l.isBlank() ? "" : l.substring(indent));
                }
                return String.join("\n", out);
            }
        }
        throw new AssertionError("no region " + name + " in " + EXAMPLES);
    }
}
