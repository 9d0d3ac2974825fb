package dev.leanjdbc.benchmarks.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The results of one benchmark class, each with its ratio to the baseline (see the package documentation for
 * how the baseline is chosen) and its extra allocation over the baseline.
 *
 * @param baselineParam the parameter that varies the implementation, or null when the class has none
 * @param baselineValue that parameter's baseline value, or null
 * @param paramNames every parameter name of the class, by name
 * @param rows results in run order
 */
public record Comparison(
        String className, String baselineParam, String baselineValue, List<String> paramNames, List<Row> rows) {

    /**
     * Values that mark a baseline wherever they appear, most preferred first: the plain driver, then the naive
     * way a comparison exists to beat (a statement per row, a query per parent, the full record, the plain
     * JDBC batch).
     */
    static final List<String> BASELINE_VALUES =
            List.of("raw", "baseline", "ROW_BY_ROW", "N_PLUS_ONE", "FULL_RECORD", "JDBC_BATCH");

    /**
     * One result beside its baseline.
     *
     * @param ratio score divided by the baseline's score; NaN without a baseline
     * @param extraBytesPerOp allocation minus the baseline's allocation; NaN when either is unknown
     */
    public record Row(JmhResult result, double ratio, double extraBytesPerOp, boolean isBaseline) {}

    /** A set of rows drawn as one chart: one method, every other parameter fixed, the baseline first. */
    public record Group(String method, Map<String, String> fixedParams, List<Row> rows) {}

    public String simpleClassName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    public boolean hasBaseline() {
        return baselineParam != null;
    }

    /** Groups results by class, in run order, and compares each class's results with its baseline. */
    public static List<Comparison> of(List<JmhResult> results) {
        Map<String, List<JmhResult>> byClass = new LinkedHashMap<>();
        for (JmhResult r : results) {
            byClass.computeIfAbsent(r.className(), k -> new ArrayList<>()).add(r);
        }
        List<Comparison> comparisons = new ArrayList<>();
        byClass.forEach((cls, classResults) -> comparisons.add(compare(cls, classResults)));
        return comparisons;
    }

    private static Comparison compare(String className, List<JmhResult> results) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String name : new TreeSet<>(paramNamesOf(results))) {
            values.put(name, new LinkedHashSet<>());
        }
        for (JmhResult r : results) {
            r.params().forEach((k, v) -> values.get(k).add(v));
        }
        String param = null;
        String value = null;
        for (String marked : BASELINE_VALUES) {
            for (Map.Entry<String, Set<String>> e : values.entrySet()) {
                if (param == null && e.getValue().size() > 1 && e.getValue().contains(marked)) {
                    param = e.getKey();
                    value = marked;
                }
            }
        }
        if (param == null) {
            for (Map.Entry<String, Set<String>> e : values.entrySet()) {
                if (param == null && e.getValue().size() > 1) {
                    param = e.getKey();
                    value = e.getValue().iterator().next();
                }
            }
        }
        Map<String, JmhResult> baselines = new LinkedHashMap<>();
        if (param != null) {
            for (JmhResult r : results) {
                if (value.equals(r.params().get(param))) {
                    baselines.put(groupKey(r, param), r);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (JmhResult r : results) {
            JmhResult base = param == null ? null : baselines.get(groupKey(r, param));
            rows.add(row(r, base));
        }
        return new Comparison(className, param, value, List.copyOf(values.keySet()), List.copyOf(rows));
    }

    private static Row row(JmhResult r, JmhResult base) {
        if (base == null) {
            return new Row(r, Double.NaN, Double.NaN, false);
        }
        double ratio = base.score() > 0 ? r.score() / base.score() : Double.NaN;
        double extra = r.hasAllocation() && base.hasAllocation()
                ? r.allocatedBytesPerOp() - base.allocatedBytesPerOp()
                : Double.NaN;
        return new Row(r, ratio, extra, r == base);
    }

    private static Set<String> paramNamesOf(List<JmhResult> results) {
        Set<String> names = new LinkedHashSet<>();
        results.forEach(r -> names.addAll(r.params().keySet()));
        return names;
    }

    /** The method and every parameter except {@code param}: rows with equal keys are compared. */
    private static String groupKey(JmhResult r, String param) {
        StringBuilder key = new StringBuilder(r.method());
        new TreeMap<>(r.params()).forEach((k, v) -> {
            if (!k.equals(param)) {
                key.append('\u0000').append(k).append('=').append(v);
            }
        });
        return key.toString();
    }

    /**
     * The chart groups: per method and per combination of the non-baseline parameters, the rows in run order
     * with the baseline first. Without a baseline parameter, one group per method.
     */
    public List<Group> groups() {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            JmhResult r = row.result();
            Map<String, String> fixed = new LinkedHashMap<>();
            if (baselineParam != null) {
                new TreeMap<>(r.params()).forEach((k, v) -> {
                    if (!k.equals(baselineParam)) {
                        fixed.put(k, v);
                    }
                });
            }
            String key = r.method() + fixed;
            groups.computeIfAbsent(key, k -> new Group(r.method(), fixed, new ArrayList<>()))
                    .rows()
                    .add(row);
        }
        List<Group> result = new ArrayList<>();
        for (Group g : groups.values()) {
            List<Row> ordered = new ArrayList<>();
            g.rows().stream().filter(Row::isBaseline).forEach(ordered::add);
            g.rows().stream().filter(r -> !r.isBaseline()).forEach(ordered::add);
            result.add(new Group(g.method(), Collections.unmodifiableMap(g.fixedParams()), List.copyOf(ordered)));
        }
        return result;
    }
}
