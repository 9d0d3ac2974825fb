package dev.leanjdbc.analyzer;

/**
 * When the analyzer walks the stack to find the application line that ran a statement.
 *
 * <p>Findings group a scope's executions by statement shape and call site, so the mode changes what a
 * finding shows, never what is found: {@link #SAMPLED} walks every execution of a shape that repeats in a
 * scope, and an execution without a site is never attributed to another line ({@link CallSite#NOT_CAPTURED}).
 *
 * <p><b>Performance.</b> A stack walk costs one to a few microseconds, more than the rest of the recording
 * put together. {@link #SAMPLED} walks, inside a scope, every execution of a shape that already ran in it
 * (and the first one once the shape is known to repeat or had a finding, or while it is new: its first
 * {@code callSiteSampleEvery} scopes); outside scopes, the first execution of each fingerprint and then after
 * {@code callSiteSampleEvery} more, the gap doubling after each walk (up to 1,024 times). A request whose
 * shapes each run once costs no walk.
 */
public enum CallSiteMode {
    /**
     * Never walk the stack; events and reports carry no call sites, and findings group a shape's executions
     * without lines (two call sites of one shape count together).
     */
    OFF,
    /** Every repeat of a shape within a scope; elsewhere first sight, then doubling gaps (the default). */
    SAMPLED,
    /** Every execution: every event has its call site. Meant for tests, where exactness beats speed. */
    ALWAYS
}
