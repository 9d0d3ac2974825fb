package dev.leanjdbc;

import java.util.concurrent.atomic.AtomicLong;

/** A function H2 calls once per row it produces, so a test can count the rows the server computed. */
public final class StreamingProbe {

    static final AtomicLong CALLS = new AtomicLong();

    private StreamingProbe() {}

    public static long probe(long x) {
        CALLS.incrementAndGet();
        return x;
    }
}
