package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.AnalysisScope;
import io.micrometer.context.ThreadLocalAccessor;
import java.util.ArrayDeque;

/**
 * The analysis scopes as a Micrometer context-propagation value: a {@code ContextSnapshot} captured inside a
 * scope carries it, and restoring the snapshot on another thread attaches that thread. Found by
 * context-propagation through {@code META-INF/services/io.micrometer.context.ThreadLocalAccessor}; no other
 * class refers to this one, so without the library on the class path it is never loaded.
 *
 * <p>Needs context-propagation 1.1 or later (the {@code restore} methods; Spring Boot 4 manages 1.2). The library pairs each {@code setValue} with one {@code restore} (nested snapshots in order), so the
 * attachments are kept on a per-thread stack and undone in that order. Clearing ({@link #setValue()}) does
 * not detach scopes the thread already records into: the thread's own scopes stay its own.
 */
public final class ContextPropagationAccessor implements ThreadLocalAccessor<ThreadScopes> {

    /** The key of the value in context-propagation snapshots. */
    public static final String KEY = "dev.leanjdbc.analyzer.scopes";

    private static final AnalysisScope.Attachment NOTHING = () -> {};

    /** The attachments the library has made on this thread and not yet restored, latest last. */
    private static final ThreadLocal<ArrayDeque<AnalysisScope.Attachment>> ATTACHED = new ThreadLocal<>();

    @Override
    public Object key() {
        return KEY;
    }

    /** The current thread's scopes, or {@code null} outside any (then snapshots do not carry the key). */
    @Override
    public ThreadScopes getValue() {
        ThreadScopes scopes = ThreadScopes.capture();
        return scopes.isEmpty() ? null : scopes;
    }

    @Override
    public void setValue(ThreadScopes value) {
        push(value.attach());
    }

    @Override
    public void setValue() {
        push(NOTHING);
    }

    @Override
    public void restore(ThreadScopes previousValue) {
        pop();
    }

    @Override
    public void restore() {
        pop();
    }

    private static void push(AnalysisScope.Attachment attachment) {
        ArrayDeque<AnalysisScope.Attachment> stack = ATTACHED.get();
        if (stack == null) {
            stack = new ArrayDeque<>(2);
            ATTACHED.set(stack);
        }
        stack.push(attachment);
    }

    private static void pop() {
        ArrayDeque<AnalysisScope.Attachment> stack = ATTACHED.get();
        if (stack == null || stack.isEmpty()) {
            return; // a restore without its set: nothing of ours to undo
        }
        stack.pop().close();
        if (stack.isEmpty()) {
            // set(null), not remove(): a pooled thread's next task reuses the thread's map entry.
            ATTACHED.set(null);
        }
    }
}
