package dev.leanjdbc;

/**
 * How a stream is read: the fetch size and what to do when the database cannot stream.
 *
 * <pre>{@code
 * db.streaming(StreamOptions.defaults().withFetchSize(500)).forEach(query, row -> ...);
 * }</pre>
 *
 * Immutable; each {@code withX} step returns a copy.
 */
public final class StreamOptions {

    /** Rows per round trip unless set otherwise. */
    public static final int DEFAULT_FETCH_SIZE = 1000;

    private static final StreamOptions DEFAULTS = new StreamOptions(DEFAULT_FETCH_SIZE, false);

    private final int fetchSize;
    private final boolean bufferingAllowed;

    private StreamOptions(int fetchSize, boolean bufferingAllowed) {
        this.fetchSize = fetchSize;
        this.bufferingAllowed = bufferingAllowed;
    }

    /** Fetch size 1000; streaming that cannot be honoured fails. */
    public static StreamOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Rows fetched per round trip (where the driver supports it).
     *
     * <p><em>Performance:</em> larger sizes mean fewer round trips and more memory per batch; past a few
     * hundred rows throughput barely changes while memory grows linearly with the row width.
     *
     * @throws IllegalArgumentException when {@code fetchSize <= 0}
     */
    public StreamOptions withFetchSize(int fetchSize) {
        if (fetchSize <= 0) {
            throw new IllegalArgumentException("fetchSize must be > 0, was " + fetchSize + "; use e.g. "
                    + DEFAULT_FETCH_SIZE + " (rows per round trip)");
        }
        return new StreamOptions(fetchSize, bufferingAllowed);
    }

    /**
     * When {@code true}, a stream the database cannot honour (e.g. a caller-supplied PostgreSQL connection in
     * auto-commit mode) runs anyway with a warning, and the driver may buffer the whole result. When {@code
     * false} (the default) it fails with {@link StreamingUnavailableException} before running the query.
     */
    public StreamOptions withBufferingAllowed(boolean bufferingAllowed) {
        return new StreamOptions(fetchSize, bufferingAllowed);
    }

    public int fetchSize() {
        return fetchSize;
    }

    public boolean bufferingAllowed() {
        return bufferingAllowed;
    }

    @Override
    public String toString() {
        return "StreamOptions[fetchSize=" + fetchSize + ", bufferingAllowed=" + bufferingAllowed + "]";
    }
}
