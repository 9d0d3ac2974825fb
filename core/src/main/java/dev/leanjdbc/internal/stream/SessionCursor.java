package dev.leanjdbc.internal.stream;

import dev.leanjdbc.LeanCursor;
import java.lang.ref.Cleaner;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link LeanCursor} over one open result: reads ahead one row on {@link #hasNext()}, closes itself after
 * the last row or on a failure, and is watched by the leak detector until closed.
 */
abstract class SessionCursor<T> implements LeanCursor<T> {

    private final OpenResult open;
    private final Cleaner.Cleanable cleanable;
    private T next;
    private boolean ready;
    private boolean closed;

    SessionCursor(OpenResult open) {
        this.open = open;
        this.cleanable = LeakDetection.CLEANER.register(this, open);
    }

    /** Moves to the next row and maps it; {@code false} after the last row. */
    abstract boolean advance();

    /** The row {@link #advance()} moved to. */
    abstract T current();

    /** Turns a failure while reading into the exception to throw (the cursor is closed by then). */
    abstract RuntimeException readFailure(Exception e);

    @Override
    public final boolean hasNext() {
        if (ready) {
            return true;
        }
        if (closed) {
            return false;
        }
        boolean more;
        try {
            more = advance();
            if (more) {
                next = current();
            }
        } catch (Exception e) {
            RuntimeException failure = readFailure(e);
            closeAfterFailure(failure);
            throw failure;
        }
        if (!more) {
            close();
            return false;
        }
        ready = true;
        return true;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows after " + open.rows);
        }
        ready = false;
        T row = next;
        next = null;
        open.rows++;
        return row;
    }

    @Override
    public final long rowsRead() {
        return open.rows;
    }

    @Override
    public final boolean isClosed() {
        return closed;
    }

    @Override
    public final Stream<T> stream() {
        Spliterator<T> rows = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE, Spliterator.ORDERED) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                if (!hasNext()) {
                    return false;
                }
                action.accept(next());
                return true;
            }
        };
        return StreamSupport.stream(rows, false).onClose(this::close);
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        ready = false;
        next = null;
        open.closingByOwner();
        cleanable.clean();
    }

    private void closeAfterFailure(RuntimeException failure) {
        try {
            close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
