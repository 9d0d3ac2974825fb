package dev.leanjdbc.analyzer;

import java.util.Objects;

/**
 * The application line that ran a statement: the first stack frame in the application's packages when they
 * are known, else the first frame outside the JDK, the JDBC drivers, connection pools, frameworks,
 * data-access libraries, generated proxies and leanjdbc itself (see {@code QueryAnalyzer.Builder#skipFrames}
 * and {@code #applicationPackages}).
 *
 * <p>{@link #toString()} reads like a stack trace element whose class name is shortened to its simple
 * name, e.g. {@code OrderService.list(OrderService.java:42)}, which IDEs turn into a link.
 *
 * <p>Never {@code null} in the analyzer's API: where no line was captured ({@link CallSiteMode#OFF}, an
 * execution the sampled mode did not walk, a stack of library frames only) the value is {@link
 * #NOT_CAPTURED}, whose {@link #isCaptured()} is false, so {@code finding.callSite().methodName()} never
 * throws.
 */
public final class CallSite {

    /**
     * The call site of an execution whose stack was not walked or held no application frame: class and
     * method {@code "(not captured)"}, no file, line -1; {@link #toString()} is {@code "(call site not
     * captured)"}.
     */
    public static final CallSite NOT_CAPTURED = new CallSite("(not captured)", "(not captured)", null, -1);

    private final String className;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    /**
     * @param className fully qualified class name
     * @param methodName method name
     * @param fileName source file name, or {@code null} when unknown
     * @param lineNumber line number, or a negative number when unknown
     */
    public CallSite(String className, String methodName, String fileName, int lineNumber) {
        this.className = Objects.requireNonNull(className, "className");
        this.methodName = Objects.requireNonNull(methodName, "methodName");
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    /** Fully qualified class name, e.g. {@code com.shop.OrderService}. */
    public String className() {
        return className;
    }

    public String methodName() {
        return methodName;
    }

    /** Source file name, or {@code null} when the class was compiled without it. */
    public String fileName() {
        return fileName;
    }

    /** Line number, or a negative number when unknown. */
    public int lineNumber() {
        return lineNumber;
    }

    /** Whether this is a real line, i.e. not {@link #NOT_CAPTURED}. */
    public boolean isCaptured() {
        return this != NOT_CAPTURED;
    }

    /** {@code site}, or {@link #NOT_CAPTURED} when it is {@code null}. */
    static CallSite orNotCaptured(CallSite site) {
        return site == null ? NOT_CAPTURED : site;
    }

    /** Class name without its package, nested classes kept ({@code Outer$Inner}). */
    public String simpleClassName() {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallSite other
                && lineNumber == other.lineNumber
                && className.equals(other.className)
                && methodName.equals(other.methodName)
                && Objects.equals(fileName, other.fileName);
    }

    @Override
    public int hashCode() {
        return (className.hashCode() * 31 + methodName.hashCode()) * 31 + lineNumber;
    }

    /** {@code OrderService.list(OrderService.java:42)}; {@code (Unknown Source)} without file or line. */
    @Override
    public String toString() {
        if (this == NOT_CAPTURED) {
            return "(call site not captured)";
        }
        String location =
                fileName == null ? "Unknown Source" : lineNumber >= 0 ? fileName + ":" + lineNumber : fileName;
        return simpleClassName() + "." + methodName + "(" + location + ")";
    }
}
