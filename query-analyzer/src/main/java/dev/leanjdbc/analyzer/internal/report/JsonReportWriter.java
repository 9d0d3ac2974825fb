package dev.leanjdbc.analyzer.internal.report;

import dev.leanjdbc.analyzer.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Entry point for JSON reports that fails with a clear message when the optional Jackson core is absent.
 * The Jackson-using code lives in {@link JacksonReportWriter}, loaded only after the check.
 */
public final class JsonReportWriter {

    /** The schema identifier written as the first field of every report. */
    public static final String SCHEMA = "leanjdbc-report/1";

    private static final boolean JACKSON_PRESENT = jacksonPresent();

    private JsonReportWriter() {}

    public static void write(Report report, Writer out) throws IOException {
        if (!JACKSON_PRESENT) {
            throw new IllegalStateException("JSON reports need Jackson core on the class path: add the dependency"
                    + " com.fasterxml.jackson.core:jackson-core (2.x), or use Report.toText()");
        }
        JacksonReportWriter.write(report, out);
    }

    private static boolean jacksonPresent() {
        try {
            Class.forName("com.fasterxml.jackson.core.JsonFactory", false, JsonReportWriter.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
