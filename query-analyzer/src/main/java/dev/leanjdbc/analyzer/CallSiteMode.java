package dev.leanjdbc.analyzer;

/**
 * When the analyzer walks the stack to find the application line that ran a statement.
 *
 * <p><b>Performance.</b> A stack walk costs a few microseconds, more than the rest of the recording put
 * together, so the default {@link #SAMPLED} walks only on the first execution of each fingerprint and then
 * after {@code callSiteSampleEvery} more, the gap doubling after each walk (up to 1,024 times), keeping up
 * to {@code maxCallSitesPerFingerprint} distinct call sites per fingerprint.
 */
public enum CallSiteMode {
    /** Never walk the stack; events and reports carry no call sites. */
    OFF,
    /** First sight of each fingerprint, then at doubling gaps from k executions, capped per fingerprint (the default). */
    SAMPLED,
    /** Every execution: every event has its call site. Meant for tests, where exactness beats speed. */
    ALWAYS
}
