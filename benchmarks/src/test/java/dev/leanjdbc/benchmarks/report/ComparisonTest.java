package dev.leanjdbc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private final List<Comparison> comparisons = Comparison.of(Fixtures.results());

    @Test
    void groupsByClassInRunOrder() {
        assertThat(comparisons)
                .extracting(Comparison::simpleClassName)
                .containsExactly("WrapperOverheadBenchmark", "StreamBenchmark");
    }

    @Test
    void rawIsTheBaselineAndRatiosCompareRowsWithEqualOtherParams() {
        Comparison wrappers = comparisons.get(0);

        assertThat(wrappers.baselineParam()).isEqualTo("wrapper");
        assertThat(wrappers.baselineValue()).isEqualTo("raw");
        assertThat(wrappers.paramNames()).containsExactly("backend", "wrapper");
        List<Comparison.Row> rows = wrappers.rows();
        assertThat(rows).extracting(Comparison.Row::isBaseline).containsExactly(true, false, true, false);
        // stub: 0.5 / 0.1; h2: 2.5 / 2.0 — never across backends.
        assertThat(rows.get(0).ratio()).isEqualTo(1.0);
        assertThat(rows.get(1).ratio()).isCloseTo(5.0, within(1e-9));
        assertThat(rows.get(3).ratio()).isCloseTo(1.25, within(1e-9));
        assertThat(rows.get(1).extraBytesPerOp()).isEqualTo(4600.0);
        assertThat(rows.get(3).extraBytesPerOp()).isEqualTo(4604.0);
    }

    @Test
    void withoutARawValueTheFirstDeclaredValueIsTheBaseline() {
        Comparison stream = comparisons.get(1);

        assertThat(stream.baselineParam()).isEqualTo("approach");
        assertThat(stream.baselineValue()).isEqualTo("jdbc-loop");
        assertThat(stream.rows().get(1).ratio()).isCloseTo(1.1, within(1e-9));
        assertThat(stream.rows().get(1).extraBytesPerOp()).as("no GC metrics").isNaN();
    }

    @Test
    void theNaiveWayIsTheBaselineEvenWhenAnotherParameterSortsFirst() {
        JmhResult template = Fixtures.results().get(0);
        List<JmhResult> results = new java.util.ArrayList<>();
        double score = 1;
        for (String db : List.of("POSTGRES", "H2")) {
            for (String how : List.of("ONE_STATEMENT", "JDBC_BATCH", "ROW_BY_ROW")) {
                results.add(new JmhResult(
                        "x.BulkDmlBenchmark.change",
                        template.mode(),
                        Map.of("db", db, "how", how),
                        score++,
                        0.1,
                        "ms/op",
                        Double.NaN,
                        Double.NaN,
                        template.settings()));
            }
        }

        Comparison bulk = Comparison.of(results).get(0);

        assertThat(bulk.baselineParam()).isEqualTo("how");
        assertThat(bulk.baselineValue()).as("ROW_BY_ROW before JDBC_BATCH").isEqualTo("ROW_BY_ROW");
        // H2: ONE_STATEMENT scored 4, ROW_BY_ROW 6.
        assertThat(bulk.rows().get(3).ratio()).isCloseTo(4.0 / 6.0, within(1e-9));
    }

    @Test
    void aClassWithOneImplementationHasNoBaselineAndNoRatio() {
        Comparison single = Comparison.of(List.of(Fixtures.results().get(4))).get(0);

        assertThat(single.hasBaseline()).isFalse();
        assertThat(single.rows().get(0).ratio()).isNaN();
        assertThat(single.groups()).hasSize(1);
    }

    @Test
    void chartGroupsFixEveryOtherParamAndPutTheBaselineFirst() {
        List<Comparison.Group> groups = comparisons.get(0).groups();

        assertThat(groups)
                .extracting(Comparison.Group::fixedParams)
                .containsExactly(Map.of("backend", "stub"), Map.of("backend", "h2"));
        assertThat(groups.get(1).rows())
                .extracting(r -> r.result().params().get("wrapper"))
                .containsExactly("raw", "datasource-proxy");
    }

    @Test
    void theBaselineLeadsItsChartEvenWhenItRanLater() {
        JmhResult.RunSettings settings = Fixtures.results().get(0).settings();
        List<JmhResult> results = List.of(
                new JmhResult("a.X.run", "avgt", Map.of("impl", "fast"), 1.0, 0.1, "us/op", 10, 0, settings),
                new JmhResult("a.X.run", "avgt", Map.of("impl", "baseline"), 2.0, 0.1, "us/op", 30, 0, settings));

        Comparison c = Comparison.of(results).get(0);

        assertThat(c.baselineValue()).isEqualTo("baseline");
        assertThat(c.rows().get(0).ratio()).isEqualTo(0.5);
        assertThat(c.rows().get(0).extraBytesPerOp()).isEqualTo(-20.0);
        assertThat(c.groups().get(0).rows())
                .extracting(r -> r.result().params().get("impl"))
                .containsExactly("baseline", "fast");
    }
}
