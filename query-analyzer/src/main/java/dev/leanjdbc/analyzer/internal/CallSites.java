package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.CallSite;
import java.util.List;
import java.util.Optional;

/** Finds the first application frame on the current stack, skipping configured class-name prefixes. */
final class CallSites {

    private static final StackWalker WALKER = StackWalker.getInstance();

    private final String[] skip;

    CallSites(List<String> skipPrefixes) {
        this.skip = skipPrefixes.toArray(new String[0]);
    }

    /** The first frame not skipped, or {@code null} when every frame is skipped. */
    CallSite find() {
        return find(null);
    }

    /** {@link #find()}, showing {@code clients} (when not null) each frame passed on the way. */
    CallSite find(ClientFrames clients) {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(s -> s.filter(f -> {
                    if (clients != null) {
                        clients.frame(f.getClassName(), f.getMethodName());
                    }
                    return !skipped(f.getClassName());
                })
                .findFirst());
        return frame.map(f -> new CallSite(f.getClassName(), f.getMethodName(), f.getFileName(), f.getLineNumber()))
                .orElse(null);
    }

    boolean skipped(String className) {
        for (String prefix : skip) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
