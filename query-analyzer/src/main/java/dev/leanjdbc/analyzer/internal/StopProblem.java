package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.BudgetExceededException;
import dev.leanjdbc.analyzer.ScopeStoppedException;

/**
 * The HTTP answer to a request the analyzer ended — a {@link BudgetExceededException} or a {@link
 * ScopeStoppedException} anywhere in the cause chain — as an RFC 9457 problem ({@code
 * application/problem+json}), status 503: the server declined to spend the resources the request needs.
 * Not 429, which tells a client it sent too many requests and may retry after a pause: a budget fails the
 * same request again, and a stop says the process protected its memory, not that the client was too fast.
 * The body names the budget or the stop and the scope; never the SQL, call site or values.
 */
public final class StopProblem {

    /** HTTP 503 Service Unavailable. */
    public static final int STATUS = 503;

    public static final String CONTENT_TYPE = "application/problem+json";

    private StopProblem() {}

    /** The problem document for {@code failure}, or {@code null} when the analyzer did not end the request. */
    public static String json(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (t instanceof BudgetExceededException b) {
                return "{\"type\":\"urn:leanjdbc:budget-exceeded\",\"title\":\"Request budget exceeded\",\"status\":"
                        + STATUS + ",\"detail\":"
                        + quote("the request went over its " + b.budget() + " budget (" + b.value() + " > limit "
                                + b.limit() + "); it fails the same way if repeated")
                        + ",\"budget\":" + quote(b.budget()) + ",\"limit\":" + b.limit() + ",\"scope\":"
                        + quote(b.scopeName()) + "}";
            }
            if (t instanceof ScopeStoppedException s) {
                return "{\"type\":\"urn:leanjdbc:scope-stopped\",\"title\":\"Request stopped\",\"status\":" + STATUS
                        + ",\"detail\":" + quote("the request was stopped: " + firstClause(s.reason()))
                        + ",\"scope\":" + quote(s.scopeName()) + "}";
            }
        }
        return null;
    }

    /** "memory pressure: retains ~..." → "memory pressure": the evidence stays in the server's log. */
    private static String firstClause(String reason) {
        int colon = reason.indexOf(':');
        return colon > 0 ? reason.substring(0, colon) : reason;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
