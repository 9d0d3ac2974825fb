package dev.leanjdbc.analyzer;

/** How much a {@link Finding} is likely to cost, from a hint to a problem that takes a service down. */
public enum Severity {
    /** Worth a look: small waste, or waste that may be deliberate. */
    INFO,
    /** Costs round-trips, time or memory in proportion to the data; fix it. */
    WARNING,
    /** Grows with the data until it hurts: hundreds of round-trips, or a whole result in memory. */
    CRITICAL
}
