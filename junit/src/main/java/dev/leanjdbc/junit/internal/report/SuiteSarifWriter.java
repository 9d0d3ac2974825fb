package dev.leanjdbc.junit.internal.report;

import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.internal.report.JsonOut;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code report.sarif}: the suite report's findings as SARIF 2.1.0, the format GitHub code scanning (and
 * most CI dashboards) import. One result per merged finding of {@code report.json}, which stays the
 * source of truth; one rule per finding type, its help the type's description and the fix of its first
 * finding.
 */
final class SuiteSarifWriter {

    static final String HELP_URI = "https://github.com/leanjdbc/leanjdbc/blob/main/docs/findings.md";

    /** What each type is about, for the rule's description (mirrors {@code FindingType}'s documentation). */
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(
                    "N_PLUS_ONE",
                    "The same SELECT shape run once per row of an earlier result (or once per item"
                            + " of a loop): one round-trip per row where one query would do."),
            Map.entry(
                    "DUPLICATE_QUERY",
                    "The same SQL with the same parameters run again in one scope, with no"
                            + " data change in between."),
            Map.entry("PROJECTION_CANDIDATE", "A wide SELECT of which the code read at most half of the columns."),
            Map.entry(
                    "ROW_BY_ROW_DML",
                    "The same UPDATE or DELETE shape run one row at a time instead of" + " set-based or as a batch."),
            Map.entry(
                    "UNBATCHED_INSERT",
                    "The same INSERT shape run one row at a time instead of as a batch,"
                            + " multi-row VALUES or COPY."),
            Map.entry(
                    "BUFFERED_LARGE_RESULT",
                    "A large result the driver held in memory as a whole instead of" + " streaming it."),
            Map.entry(
                    "OVER_FETCH",
                    "Rows fetched and iterated although none of their columns was read: counting"
                            + " or existence in Java."),
            Map.entry("SLOW_STATEMENT", "A statement slower than the configured threshold."),
            Map.entry(
                    "LITERALS_INSTEAD_OF_BINDS",
                    "One statement shape sent as many distinct SQL strings: literals"
                            + " where bind parameters belong."),
            Map.entry(
                    "SMALL_CHUNKS",
                    "A chunked leanjdbc operation run with chunks so small that their round trips"
                            + " cost more than the chunking saves."),
            Map.entry(
                    "FOREIGN_KEY_UPDATE_AFTER_INSERT",
                    "A column of freshly inserted rows set by an UPDATE per" + " row right after their INSERT."),
            Map.entry(
                    "ENTITY_OVER_FETCH",
                    "A JPA association loaded with the entities of a scope and never read" + " by its code."));

    private SuiteSarifWriter() {}

    static void write(SuiteReport r, SourceRoots roots, Writer out) throws IOException {
        Map<String, FindingEntry> rules = new LinkedHashMap<>();
        for (SuiteReport.MergedFinding m : r.findings) {
            rules.putIfAbsent(m.first.type(), m.first);
        }
        JsonOut g = new JsonOut(out, true);
        g.writeStartObject();
        g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "leanjdbc");
        g.writeStringField("informationUri", "https://github.com/leanjdbc/leanjdbc");
        String version = SuiteSarifWriter.class.getPackage().getImplementationVersion();
        if (version != null) {
            g.writeStringField("version", version);
        }
        g.writeArrayFieldStart("rules");
        for (FindingEntry f : rules.values()) {
            writeRule(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
        int[] index = {0};
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        rules.keySet().forEach(k -> ruleIndex.put(k, index[0]++));
        for (SuiteReport.MergedFinding m : r.findings) {
            writeResult(g, m, ruleIndex.get(m.first.type()), roots);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static void writeRule(JsonOut g, FindingEntry f) throws IOException {
        String description = DESCRIPTIONS.getOrDefault(f.type(), label(f.type()) + ".");
        g.writeStartObject();
        g.writeStringField("id", f.type());
        g.writeStringField("name", f.type());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", label(f.type()));
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", description);
        g.writeEndObject();
        g.writeStringField("helpUri", HELP_URI);
        g.writeObjectFieldStart("help");
        String fix = f.fix() == null ? "" : "\n\nFix: " + f.fix();
        g.writeStringField("text", description + fix + "\n\nCatalogue with examples: " + HELP_URI);
        g.writeStringField(
                "markdown",
                description + (f.fix() == null ? "" : "\n\n**Fix:** " + f.fix()) + "\n\nSee [the findings catalogue]("
                        + HELP_URI + ").");
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(f.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString("performance");
        g.writeString("database");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonOut g, SuiteReport.MergedFinding m, int ruleIndex, SourceRoots roots)
            throws IOException {
        FindingEntry f = m.first;
        g.writeStartObject();
        g.writeStringField("ruleId", f.type());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", text(m));
        g.writeEndObject();
        String file = roots.resolve(f.sourceFile());
        if (file != null) {
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", file);
            g.writeEndObject();
            if (f.line() > 0) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", f.line());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
        // Stable across edits above the call site (no line number), so code scanning keeps one alert per finding.
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("leanjdbcFinding/v1", Integer.toHexString(identity(f).hashCode()));
        g.writeEndObject();
        if (f.suppressed() != null) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("justification", f.suppressed());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("fingerprint", f.fingerprint());
        g.writeStringField("callSite", f.callSite());
        g.writeNumberField("executions", m.executions);
        g.writeNumberField("testCount", m.testCount);
        g.writeArrayFieldStart("tests");
        for (String t : m.tests) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** What is wrong, what to do, and where the suite saw it. */
    static String text(SuiteReport.MergedFinding m) {
        FindingEntry f = m.first;
        return f.message() + (f.fix() == null ? "" : "\nFix: " + f.fix()) + "\nStatement: " + f.fingerprint()
                + "\nSeen in " + m.testCount + (m.testCount == 1 ? " test" : " tests") + ", " + m.executions
                + " executions" + (m.tests.isEmpty() ? "" : ", e.g. " + m.tests.get(0)) + ".";
    }

    /** Type, statement shape and call site without its line: what a finding is, wherever the line moves. */
    static String identity(FindingEntry f) {
        return f.type() + '\u0000' + f.fingerprint() + '\u0000' + withoutLine(f.callSite());
    }

    /** {@code Dao.list(Dao.java:42)} as {@code Dao.list}. */
    static String withoutLine(String callSite) {
        if (callSite == null) {
            return "";
        }
        int paren = callSite.indexOf('(');
        return paren < 0 ? callSite : callSite.substring(0, paren);
    }

    static String label(String type) {
        try {
            return FindingType.valueOf(type).label();
        } catch (IllegalArgumentException e) {
            return type; // a type of a newer analyzer than this writer
        }
    }

    static String level(String severity) {
        return switch (severity) {
            case "CRITICAL" -> "error";
            case "WARNING" -> "warning";
            default -> "note";
        };
    }
}
