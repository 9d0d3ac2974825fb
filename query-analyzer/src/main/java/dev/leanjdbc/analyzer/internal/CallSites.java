package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.CallSite;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the application's line on the current stack: the first frame in the application's packages when
 * they are known, else the first frame no skip pattern covers (see {@link FramePattern}; keep patterns win
 * over skip patterns, and skip patterns over application packages, so a generated proxy in an application
 * package is still skipped).
 *
 * <p>Every frame of one walk is judged here ({@link #find}), one class name at a time: the one place to
 * look at the walked frames for anything else too.
 *
 * <p><b>Performance.</b> A class name's verdict is computed once and cached (up to {@value #MAX_CACHED}
 * names), so a walk costs the JDK's {@link StackWalker} plus one map lookup per frame walked.
 */
final class CallSites {

    private static final StackWalker WALKER = StackWalker.getInstance();

    static final int MAX_CACHED = 8_192;

    /** Application packages added at run time at most (e.g. one per test class's package). */
    static final int MAX_APPLICATION_PACKAGES = 256;

    private static final Byte SKIP = 0;
    private static final Byte APPLICATION = 1;
    private static final Byte OTHER = 2;

    private final FramePattern[] skip;
    private final FramePattern[] keep;
    private volatile String[] applicationPackages;
    private final ConcurrentHashMap<String, Byte> verdicts = new ConcurrentHashMap<>();

    CallSites(List<String> skipPatterns, List<String> applicationPackages) {
        List<FramePattern> s = new ArrayList<>();
        List<FramePattern> k = new ArrayList<>();
        for (String p : skipPatterns) {
            FramePattern fp = FramePattern.parse(p);
            (fp.keep ? k : s).add(fp);
        }
        this.skip = s.toArray(new FramePattern[0]);
        this.keep = k.toArray(new FramePattern[0]);
        this.applicationPackages = normalize(applicationPackages).toArray(new String[0]);
    }

    /** {@code com.shop} and {@code com.shop.} both mean the package and its sub-packages. */
    static List<String> normalize(List<String> packages) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : packages) {
            if (p == null || p.isBlank()) {
                throw new IllegalArgumentException(
                        "application package must not be blank, was '" + p + "'; give a package name such as com.shop");
            }
            String t = p.trim();
            out.add(t.endsWith(".") ? t : t + ".");
        }
        return List.copyOf(out);
    }

    /** Adds application packages at run time (bounded); clears the cached verdicts. */
    synchronized void addApplicationPackages(List<String> packages) {
        Set<String> all = new LinkedHashSet<>(List.of(applicationPackages));
        for (String p : normalize(packages)) {
            if (all.size() >= MAX_APPLICATION_PACKAGES) {
                break;
            }
            all.add(p);
        }
        if (all.size() != applicationPackages.length) {
            applicationPackages = all.toArray(new String[0]);
            verdicts.clear();
        }
    }

    List<String> applicationPackages() {
        return List.of(applicationPackages);
    }

    /**
     * The application frame of the current stack, or {@code null} when every frame is skipped. Without
     * application packages, the first frame not skipped; with them, the first frame in them, else (none on
     * the stack, e.g. at startup) the first frame not skipped.
     */
    CallSite find() {
        return find(null);
    }

    /** {@link #find()}, showing {@code clients} (when not null) each frame passed on the way. */
    CallSite find(ClientFrames clients) {
        boolean packagesKnown = applicationPackages.length > 0;
        StackWalker.StackFrame frame = WALKER.walk(frames -> {
            StackWalker.StackFrame firstOther = null;
            for (var it = frames.iterator(); it.hasNext(); ) {
                StackWalker.StackFrame f = it.next();
                if (clients != null) {
                    clients.frame(f);
                }
                Byte verdict = verdict(f.getClassName());
                if (verdict == APPLICATION) {
                    return f;
                }
                if (verdict == OTHER) {
                    if (!packagesKnown) {
                        return f;
                    }
                    if (firstOther == null) {
                        firstOther = f;
                    }
                }
            }
            return firstOther;
        });
        return frame == null
                ? null
                : new CallSite(frame.getClassName(), frame.getMethodName(), frame.getFileName(), frame.getLineNumber());
    }

    /** Whether frames of {@code className} are never a call site. */
    boolean skipped(String className) {
        return verdict(className) == SKIP;
    }

    private Byte verdict(String className) {
        Byte v = verdicts.get(className);
        if (v == null) {
            v = judge(className);
            if (verdicts.size() < MAX_CACHED) {
                verdicts.put(className, v);
            }
        }
        return v;
    }

    private Byte judge(String className) {
        boolean kept = false;
        for (FramePattern p : keep) {
            if (p.matches(className)) {
                kept = true;
                break;
            }
        }
        if (!kept) {
            for (FramePattern p : skip) {
                if (p.matches(className)) {
                    return SKIP;
                }
            }
        }
        for (String pkg : applicationPackages) {
            if (className.startsWith(pkg)) {
                return APPLICATION;
            }
        }
        return OTHER;
    }
}
