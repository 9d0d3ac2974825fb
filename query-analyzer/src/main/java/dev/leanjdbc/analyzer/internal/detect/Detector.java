package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.Finding;
import java.util.List;

/** Turns a scope's events into findings of one or two types; linear in the number of events. */
interface Detector {

    /** Adds the findings of this detector to {@code out}; checks itself whether its types are enabled. */
    void detect(ScopeEvents scope, List<Finding> out);
}
