package dev.leanjdbc.junit.internal.report;

import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.report.JsonOut;
import java.io.IOException;
import java.io.Writer;

/** {@code report.json}, schema {@code leanjdbc-suite-report/1} (documented in {@code docs/junit.md}). */
public final class SuiteJsonWriter {

    static final String SCHEMA = "leanjdbc-suite-report/1";

    /** The version of the format; a reader refuses versions it does not know. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The {@code $id} of the JSON Schema of this version, shipped in the jar as {@code
     * dev/leanjdbc/junit/suite-report.schema.json}.
     */
    public static final String SCHEMA_ID =
            "https://leanjdbc.dev/schemas/suite-report-" + SCHEMA_VERSION + ".schema.json";

    private SuiteJsonWriter() {}

    static void write(SuiteReport r, Writer out) throws IOException {
        JsonOut g = new JsonOut(out, true);
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA_ID);
        g.writeStringField("schema", SCHEMA);
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeStringField("generatedAt", r.generatedAt.toString());
        g.writeNumberField("tests", r.tests.size());
        g.writeNumberField("droppedTests", r.droppedTests);
        g.writeNumberField("statements", r.statements());
        g.writeArrayFieldStart("findings");
        int rank = 1;
        for (SuiteReport.MergedFinding m : r.findings) {
            FindingEntry f = m.first;
            g.writeStartObject();
            g.writeNumberField("rank", rank++);
            g.writeStringField("type", f.type());
            g.writeStringField("severity", f.severity());
            g.writeStringField("fingerprint", f.fingerprint());
            g.writeStringField("callSite", f.callSite());
            g.writeStringField("sourceFile", f.sourceFile());
            g.writeNumberField("line", f.line());
            g.writeNumberField("occurrences", m.occurrences);
            g.writeNumberField("executions", m.executions);
            g.writeNumberField("nanos", m.nanos);
            g.writeStringField("message", f.message());
            g.writeStringField("fix", f.fix());
            g.writeStringField("suppressed", f.suppressed());
            g.writeNumberField("testCount", m.testCount);
            g.writeArrayFieldStart("tests");
            for (String t : m.tests) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        // Baseline entries no finding of this run matched: fixed code, so the entries can be removed.
        g.writeArrayFieldStart("staleBaseline");
        for (var e : r.staleBaseline.entrySet()) {
            for (String entry : e.getValue()) {
                g.writeStartObject();
                g.writeStringField("file", e.getKey());
                g.writeStringField("entry", entry);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("testResults");
        for (TestEntry t : r.tests) {
            g.writeStartObject();
            g.writeStringField("name", t.name());
            g.writeStringField("uniqueId", t.uniqueId());
            g.writeStringField("className", t.className());
            g.writeStringField("status", t.status());
            g.writeStringField("rule", t.rule());
            g.writeNumberField("statements", t.statements());
            g.writeObjectFieldStart("counts");
            for (StatementKind k : StatementKind.values()) {
                g.writeNumberField(k.name(), t.count(k));
            }
            g.writeEndObject();
            g.writeNumberField("nanos", t.totalNanos());
            g.writeNumberField("rowsRead", t.rowsRead());
            g.writeArrayFieldStart("findings");
            for (FindingEntry f : t.findings()) {
                g.writeStartObject();
                g.writeStringField("type", f.type());
                g.writeStringField("fingerprint", f.fingerprint());
                g.writeStringField("callSite", f.callSite());
                g.writeNumberField("executions", f.executions());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("topShapes");
            for (TestEntry.Shape s : t.topShapes()) {
                g.writeStartObject();
                g.writeStringField("kind", s.kind().name());
                g.writeStringField("fingerprint", s.fingerprint());
                g.writeNumberField("count", s.count());
                g.writeNumberField("nanos", s.totalNanos());
                g.writeStringField("callSite", s.callSite());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }
}
