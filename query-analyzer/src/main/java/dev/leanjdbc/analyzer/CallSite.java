package dev.leanjdbc.analyzer;

import java.util.Objects;

/**
 * The application line that ran a statement: the first stack frame outside the JDK, the JDBC drivers,
 * connection pools, data-access libraries and leanjdbc itself.
 *
 * <p>{@link #toString()} reads like a stack trace element whose class name is shortened to its simple
 * name, e.g. {@code OrderService.list(OrderService.java:42)}, which IDEs turn into a link.
 */
public final class CallSite {

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
        String location =
                fileName == null ? "Unknown Source" : lineNumber >= 0 ? fileName + ":" + lineNumber : fileName;
        return simpleClassName() + "." + methodName + "(" + location + ")";
    }
}
