package dev.leanjdbc.internal.stream;

import dev.leanjdbc.internal.Loggers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an open cursor holds — the result, its statement and the session — kept apart from the cursor object
 * so the {@link LeakDetection#CLEANER} can release it after the cursor became unreachable. It must never
 * refer back to the cursor or its stream.
 */
final class OpenResult implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Loggers.STREAM);

    interface Resource {
        void close() throws Exception;
    }

    private final StreamSession session;
    private final Resource result;
    private final String sql;
    private final Object site;
    long rows;
    private volatile boolean closedByOwner;

    OpenResult(StreamSession session, Resource result, String sql, Object site) {
        this.session = session;
        this.result = result;
        this.sql = sql;
        this.site = site;
    }

    /** Marks a deliberate close, so the release that follows is not reported as a leak. */
    void closingByOwner() {
        closedByOwner = true;
    }

    /** Runs exactly once, from {@code Cleanable.clean()} (owner) or from the cleaner thread (leak). */
    @Override
    public void run() {
        if (!closedByOwner) {
            reportLeak();
        }
        RuntimeException failure = null;
        try {
            result.close();
        } catch (RuntimeException e) {
            failure = e;
        } catch (Exception e) {
            failure = new org.jooq.exception.DataAccessException("cannot close the result: " + e.getMessage(), e);
        }
        if (failure != null) {
            session.closeQuietly(failure);
            if (closedByOwner && !isBroken(failure)) {
                throw failure;
            }
            log.debug("closing a stream failed", failure);
            return;
        }
        RuntimeException restore = session.closeQuietly(null);
        if (restore != null) {
            if (closedByOwner) {
                throw restore;
            }
            log.warn("could not restore the connection of a leaked stream", restore);
        }
    }

    private void reportLeak() {
        String query = sql.length() > 200 ? sql.substring(0, 200) + "..." : sql;
        if (site instanceof Throwable t) {
            log.warn(
                    "A leanjdbc stream was never closed; its connection is released now, after {} rows. Query: {}."
                            + " Close streams and cursors with try-with-resources.",
                    rows,
                    query,
                    t);
        } else {
            log.warn(
                    "A leanjdbc stream was never closed; its connection is released now, after {} rows. Query: {}."
                            + " Opened at {}. Close streams and cursors with try-with-resources.",
                    rows,
                    query,
                    site == null ? "(unknown; set -D" + LeakDetection.PROPERTY + "=caller)" : site);
        }
    }

    private static boolean isBroken(RuntimeException e) {
        return e instanceof org.jooq.exception.DataAccessException d
                && d.sqlState() != null
                && (d.sqlState().startsWith("08") || d.sqlState().startsWith("57P"));
    }
}
