package dev.leanjdbc.analyzer.internal.otel;

import dev.leanjdbc.analyzer.StatementKind;
import io.opentelemetry.api.common.AttributeKey;
import java.util.Locale;

/**
 * Attribute and event names on spans. OpenTelemetry's semantic conventions where one fits ({@code db.*},
 * {@code code.*}); the project's own under {@code leanjdbc.}. Keys are made once: a key per call would
 * allocate on every request.
 */
public final class SpanNames {

    private SpanNames() {}

    /** Semantic convention (database, development): rows returned by the operation, on a client span. */
    public static final AttributeKey<Long> DB_RESPONSE_RETURNED_ROWS =
            AttributeKey.longKey("db.response.returned_rows");
    /** Semantic convention (database, stable): the query text; here the fingerprint (literals replaced by ?). */
    public static final AttributeKey<String> DB_QUERY_TEXT = AttributeKey.stringKey("db.query.text");
    /** Semantic convention (database, stable) and the older name, to tell a JDBC client span. */
    static final AttributeKey<String> DB_SYSTEM_NAME = AttributeKey.stringKey("db.system.name");

    static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    /** Semantic conventions (code, stable): the call site. */
    public static final AttributeKey<String> CODE_FUNCTION_NAME = AttributeKey.stringKey("code.function.name");

    public static final AttributeKey<String> CODE_FILE_PATH = AttributeKey.stringKey("code.file.path");
    public static final AttributeKey<Long> CODE_LINE_NUMBER = AttributeKey.longKey("code.line.number");

    /** The event of one finding. */
    public static final String FINDING_EVENT = "leanjdbc.finding";

    public static final AttributeKey<String> FINDING_TYPE = AttributeKey.stringKey("leanjdbc.finding.type");
    public static final AttributeKey<String> FINDING_SEVERITY = AttributeKey.stringKey("leanjdbc.finding.severity");
    public static final AttributeKey<String> FINDING_ID = AttributeKey.stringKey("leanjdbc.finding.id");
    public static final AttributeKey<Long> FINDING_EXECUTIONS = AttributeKey.longKey("leanjdbc.finding.executions");
    public static final AttributeKey<Long> FINDING_ROWS = AttributeKey.longKey("leanjdbc.finding.rows");
    public static final AttributeKey<String> FINDING_FIX = AttributeKey.stringKey("leanjdbc.finding.fix");
    public static final AttributeKey<String> FINGERPRINT_ID = AttributeKey.stringKey("leanjdbc.fingerprint.id");

    /** Scope totals on the span current at scope close. */
    public static final AttributeKey<String> SCOPE = AttributeKey.stringKey("leanjdbc.scope");

    public static final AttributeKey<Long> STATEMENTS = AttributeKey.longKey("leanjdbc.statements");
    public static final AttributeKey<Long> ROWS_READ = AttributeKey.longKey("leanjdbc.rows.read");
    public static final AttributeKey<Long> ROWS_CHANGED = AttributeKey.longKey("leanjdbc.rows.changed");
    public static final AttributeKey<Long> FAILED = AttributeKey.longKey("leanjdbc.statements.failed");
    public static final AttributeKey<Long> FINDINGS = AttributeKey.longKey("leanjdbc.findings");
    /** Findings of the scope beyond the events the span was given (bounded). */
    public static final AttributeKey<Long> FINDINGS_DROPPED = AttributeKey.longKey("leanjdbc.findings.dropped");

    private static final AttributeKey<?>[] BY_KIND = byKind();

    private static AttributeKey<?>[] byKind() {
        StatementKind[] kinds = StatementKind.values();
        AttributeKey<?>[] keys = new AttributeKey<?>[kinds.length];
        for (StatementKind k : kinds) {
            keys[k.ordinal()] =
                    AttributeKey.longKey("leanjdbc.statements." + k.name().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    /** {@code leanjdbc.statements.select}, {@code .insert}, … */
    @SuppressWarnings("unchecked")
    public static AttributeKey<Long> statements(StatementKind kind) {
        return (AttributeKey<Long>) BY_KIND[kind.ordinal()];
    }

    /** Hex of a 64-bit id, 16 digits. */
    static String hex16(long id) {
        String hex = Long.toHexString(id);
        return hex.length() == 16 ? hex : "0000000000000000".substring(hex.length()) + hex;
    }
}
