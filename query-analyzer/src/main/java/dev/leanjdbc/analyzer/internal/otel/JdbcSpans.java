package dev.leanjdbc.analyzer.internal.otel;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.ReadableSpan;

/**
 * Tells a JDBC client span of OpenTelemetry's own instrumentation: kind {@code CLIENT} with {@code
 * db.system.name} (or the older {@code db.system}) set. The API cannot see a span's kind or attributes, so
 * this reads the SDK's {@link ReadableSpan} — an optional dependency, looked for once. Without the SDK in
 * the application's class loader (e.g. under the Java agent, whose SDK is hidden) nothing is a JDBC span and
 * no per-statement attribute is written: never onto a request's or method's span by mistake.
 */
final class JdbcSpans {

    private JdbcSpans() {}

    private static final boolean SDK = sdkPresent();

    private static boolean sdkPresent() {
        try {
            Class.forName("io.opentelemetry.sdk.trace.ReadableSpan", false, JdbcSpans.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static boolean isJdbcClientSpan(Span span) {
        return SDK && Sdk.isJdbcClientSpan(span);
    }

    /** Loaded only when the SDK is present. */
    private static final class Sdk {
        static boolean isJdbcClientSpan(Span span) {
            if (!(span instanceof ReadableSpan readable) || readable.getKind() != SpanKind.CLIENT) {
                return false;
            }
            return readable.getAttribute(SpanNames.DB_SYSTEM_NAME) != null
                    || readable.getAttribute(SpanNames.DB_SYSTEM) != null;
        }
    }
}
