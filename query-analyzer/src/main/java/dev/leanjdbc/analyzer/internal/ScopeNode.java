package dev.leanjdbc.analyzer.internal;

/**
 * An immutable stack of the scopes a thread is in, innermost first. Executions capture the node current
 * when they start, so an event lands in the scopes open at its start even when it completes elsewhere.
 */
public final class ScopeNode {
    final ScopeState scope;
    final ScopeNode next;

    ScopeNode(ScopeState scope, ScopeNode next) {
        this.scope = scope;
        this.next = next;
    }

    boolean contains(ScopeState s) {
        for (ScopeNode n = this; n != null; n = n.next) {
            if (n.scope == s) {
                return true;
            }
        }
        return false;
    }

    /** This stack without {@code s} and without closed scopes (shares the unchanged tail). */
    static ScopeNode without(ScopeNode node, ScopeState s) {
        if (node == null) {
            return null;
        }
        ScopeNode rest = without(node.next, s);
        if (node.scope == s || node.scope.isClosed()) {
            return rest;
        }
        return rest == node.next ? node : new ScopeNode(node.scope, rest);
    }
}
