package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.AnalysisScope;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scopes the current thread records into, in every analyzer of the JVM, captured to be attached on the
 * thread that runs a task later. Each analyzer keeps its scopes in a thread local of its own, so capturing
 * asks every analyzer that ever opened a scope; they are held weakly (an analyzer a test dropped is not
 * kept alive, and its entry goes at the next registration), so the list is bounded by the live analyzers.
 */
public final class ThreadScopes {

    private static final ThreadScopes NONE = new ThreadScopes(new Recorder[0], new ScopeNode[0]);
    private static final Object LOCK = new Object();

    @SuppressWarnings("unchecked")
    private static volatile WeakReference<Recorder>[] live = new WeakReference[0];

    private final Recorder[] recorders;
    private final ScopeNode[] nodes;

    private ThreadScopes(Recorder[] recorders, ScopeNode[] nodes) {
        this.recorders = recorders;
        this.nodes = nodes;
    }

    /** Makes {@code r} one whose scopes are captured; called once, when it opens its first scope. */
    static void register(Recorder r) {
        synchronized (LOCK) {
            List<WeakReference<Recorder>> kept = new ArrayList<>(live.length + 1);
            for (WeakReference<Recorder> ref : live) {
                if (ref.get() != null) {
                    kept.add(ref);
                }
            }
            kept.add(new WeakReference<>(r));
            @SuppressWarnings("unchecked")
            WeakReference<Recorder>[] next = kept.toArray(new WeakReference[0]);
            live = next;
        }
    }

    /** The open scopes of the current thread in every analyzer; empty (and shared) outside any scope. */
    public static ThreadScopes capture() {
        WeakReference<Recorder>[] all = live;
        Recorder[] rs = null;
        ScopeNode[] ns = null;
        int n = 0;
        for (WeakReference<Recorder> ref : all) {
            Recorder r = ref.get();
            ScopeNode node = r == null ? null : r.currentScopes();
            if (node != null) {
                if (rs == null) {
                    rs = new Recorder[all.length];
                    ns = new ScopeNode[all.length];
                }
                rs[n] = r;
                ns[n++] = node;
            }
        }
        return n == 0 ? NONE : new ThreadScopes(Arrays.copyOf(rs, n), Arrays.copyOf(ns, n));
    }

    /** True when nothing was captured, or every captured scope has closed since. */
    public boolean isEmpty() {
        for (ScopeNode node : nodes) {
            for (ScopeNode s = node; s != null; s = s.next) {
                if (!s.scope.isClosed()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Makes the current thread record into the captured scopes that are still open, until the handle is
     * closed; scopes the thread already records into are left as they are (and stay after the close).
     */
    public AnalysisScope.Attachment attach() {
        if (nodes.length == 0) {
            return () -> {};
        }
        List<Recorder> pushedOn = new ArrayList<>(2);
        List<ScopeState> pushed = new ArrayList<>(2);
        for (int i = 0; i < nodes.length; i++) {
            ScopeState[] outerFirst = outerFirst(nodes[i]);
            for (ScopeState s : outerFirst) {
                if (!s.isClosed() && recorders[i].push(s)) {
                    pushedOn.add(recorders[i]);
                    pushed.add(s);
                }
            }
        }
        if (pushed.isEmpty()) {
            return () -> {};
        }
        return () -> {
            for (int i = pushed.size() - 1; i >= 0; i--) {
                pushedOn.get(i).pop(pushed.get(i));
            }
        };
    }

    /** Outer first, so that pushing them one by one gives the submitter's order, innermost on top. */
    private static ScopeState[] outerFirst(ScopeNode node) {
        int size = 0;
        for (ScopeNode s = node; s != null; s = s.next) {
            size++;
        }
        ScopeState[] out = new ScopeState[size];
        for (ScopeNode s = node; s != null; s = s.next) {
            out[--size] = s.scope;
        }
        return out;
    }
}
