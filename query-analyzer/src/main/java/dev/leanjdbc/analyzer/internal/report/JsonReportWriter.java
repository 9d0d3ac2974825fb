package dev.leanjdbc.analyzer.internal.report;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.ColumnSet;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes schema {@value #SCHEMA} (see docs/query-analyzer.md) with the JDK alone ({@link JsonOut}): the
 * analyzer brings no Jackson, so it cannot clash with the application's (Jackson 3 in Spring Boot 4).
 */
public final class JsonReportWriter {

    /** The schema identifier written as the first field of every report. */
    public static final String SCHEMA = "leanjdbc-report/1";

    private JsonReportWriter() {}

    /** Writes {@code r} to {@code out} (not closed). */
    public static void write(Report r, Writer out) throws IOException {
        JsonOut g = new JsonOut(out, false);
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        g.writeStringField("name", r.name());
        g.writeBooleanField("complete", r.isComplete());
        g.writeNumberField("durationNanos", r.durationNanos());
        g.writeNumberField("statements", r.statementCount());
        g.writeObjectFieldStart("countsByKind");
        for (StatementKind k : StatementKind.values()) {
            g.writeNumberField(k.name(), r.count(k));
        }
        g.writeEndObject();
        g.writeNumberField("totalNanos", r.totalNanos());
        g.writeNumberField("rowsRead", r.rowsRead());
        g.writeNumberField("updateCount", r.updateCount());
        g.writeNumberField("failed", r.failedCount());
        g.writeNumberField("droppedEvents", r.droppedEvents());
        g.writeNumberField("droppedFingerprintExecutions", r.droppedFingerprintExecutions());
        g.writeArrayFieldStart("fingerprints");
        for (FingerprintStats f : r.fingerprints()) {
            writeFingerprint(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : r.allFindings()) {
            writeFinding(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (StatementEvent e : r.events()) {
            writeEvent(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static void writeFingerprint(JsonOut g, FingerprintStats f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", Long.toHexString(f.fingerprintId()));
        g.writeStringField("fingerprint", f.fingerprint());
        g.writeStringField("kind", f.kind().name());
        g.writeNumberField("count", f.count());
        g.writeNumberField("totalNanos", f.totalNanos());
        g.writeNumberField("maxNanos", f.maxNanos());
        g.writeNumberField("rowsRead", f.rowsRead());
        g.writeNumberField("updateCount", f.updateCount());
        g.writeNumberField("batchedStatements", f.batchedStatements());
        g.writeNumberField("columnCount", f.columnCount());
        writeColumns(g, "columnsRead", f.columnsRead());
        g.writeArrayFieldStart("callSites");
        for (CallSite s : f.callSites()) {
            writeCallSite(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFinding(JsonOut g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", f.type().name());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("fingerprintId", Long.toHexString(f.fingerprintId()));
        g.writeStringField("fingerprint", f.fingerprint());
        g.writeNumberField("executions", f.executions());
        g.writeNumberField("totalNanos", f.totalNanos());
        g.writeNumberField("rows", f.rows());
        g.writeNumberField("firstStatement", f.firstStatement());
        if (f.callSite().isCaptured()) {
            g.writeFieldName("callSite");
            writeCallSite(g, f.callSite());
        }
        g.writeArrayFieldStart("callSites");
        for (Finding.CallSiteCount c : f.callSites()) {
            g.writeStartObject();
            if (c.callSite().isCaptured()) {
                g.writeFieldName("callSite");
                writeCallSite(g, c.callSite());
            }
            g.writeNumberField("executions", c.executions());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (f.parent() != null) {
            g.writeObjectFieldStart("parent");
            g.writeStringField("fingerprintId", Long.toHexString(f.parent().fingerprintId()));
            g.writeStringField("fingerprint", f.parent().fingerprint());
            g.writeStringField("column", f.parent().column());
            g.writeNumberField("statement", f.parent().statement());
            g.writeNumberField("matchedExecutions", f.parent().matchedExecutions());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("columnsRead");
        for (String c : f.columnsRead()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeBooleanField("suppressed", f.suppressed());
        if (f.suppressed()) {
            g.writeStringField("suppressionReason", f.suppressionReason());
        }
        g.writeStringField("explanation", f.explanation());
        g.writeStringField("suggestedFix", f.suggestedFix());
        g.writeEndObject();
    }

    private static void writeEvent(JsonOut g, StatementEvent e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("sequence", e.sequence());
        g.writeStringField("fingerprintId", Long.toHexString(e.fingerprintId()));
        g.writeStringField("kind", e.kind().name());
        g.writeNumberField("executeNanos", e.executeNanos());
        g.writeNumberField("totalNanos", e.totalNanos());
        g.writeNumberField("updateCount", e.updateCount());
        g.writeNumberField("batchSize", e.batchSize());
        g.writeNumberField("rowsRead", e.rowsRead());
        g.writeNumberField("rowsLeftUnread", e.rowsLeftUnread());
        g.writeNumberField("columnCount", e.columnCount());
        writeColumns(g, "columnsRead", e.columnsRead());
        g.writeNumberField("fetchSize", e.fetchSize());
        g.writeBooleanField("autoCommit", e.autoCommit());
        g.writeStringField("resultMode", e.resultMode().name());
        g.writeStringField("parameterHash", Long.toHexString(e.parameterHash()));
        g.writeBooleanField("generatedKeys", e.generatedKeys());
        g.writeBooleanField("failed", e.failed());
        g.writeStringField("thread", e.threadName());
        g.writeNumberField("connectionId", e.connectionId());
        if (e.callSite().isCaptured()) {
            g.writeFieldName("callSite");
            writeCallSite(g, e.callSite());
        }
        if (e.bindValues() != null) {
            g.writeArrayFieldStart("bindValues");
            for (Object v : e.bindValues()) {
                if (v == null) {
                    g.writeNull();
                } else {
                    g.writeString(String.valueOf(v));
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeColumns(JsonOut g, String field, ColumnSet columns) throws IOException {
        int[] cols = columns.toArray();
        g.writeFieldName(field);
        g.writeArray(cols, 0, cols.length);
    }

    private static void writeCallSite(JsonOut g, CallSite s) throws IOException {
        g.writeStartObject();
        g.writeStringField("class", s.className());
        g.writeStringField("method", s.methodName());
        if (s.fileName() != null) {
            g.writeStringField("file", s.fileName());
        }
        g.writeNumberField("line", s.lineNumber());
        g.writeEndObject();
    }
}
