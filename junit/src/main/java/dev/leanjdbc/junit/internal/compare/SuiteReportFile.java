package dev.leanjdbc.junit.internal.compare;

import dev.leanjdbc.junit.internal.baseline.JsonIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the comparator reads of a {@code report.json}: its schema version, its tests and its unsuppressed
 * findings. Read with the project's own JSON reader, so the comparator runs from the jar alone.
 */
final class SuiteReportFile {

    /** One test: its name for people, its unique id to match it across runs. */
    record Test(String uniqueId, String name, String status, long statements) {}

    /** One merged finding; {@code identity} leaves out the call site's line, which moves with every edit above it. */
    record Finding(String identity, String type, String fingerprint, String callSite, long executions, long tests) {}

    final Path path;
    /** The schema version, or null when the file names none this comparator knows how to find. */
    final Object schemaVersion;

    final long droppedTests;
    final Map<String, Test> tests = new LinkedHashMap<>();
    final Map<String, Finding> findings = new LinkedHashMap<>();

    private SuiteReportFile(Path path, Object schemaVersion, long droppedTests) {
        this.path = path;
        this.schemaVersion = schemaVersion;
        this.droppedTests = droppedTests;
    }

    static SuiteReportFile read(Path path) throws IOException {
        Object root = JsonIn.parse(Files.readString(path, StandardCharsets.UTF_8));
        if (!(root instanceof Map<?, ?> m)) {
            throw new IOException("not a JSON object, so not a leanjdbc suite report");
        }
        Object version = m.get("schemaVersion");
        if (version == null && "leanjdbc-suite-report/1".equals(m.get("schema"))) {
            version = 1L; // written before the field existed
        }
        SuiteReportFile r = new SuiteReportFile(path, version, number(m.get("droppedTests")));
        if (!Long.valueOf(ReportComparator.SCHEMA_VERSION).equals(version)) {
            return r; // not read further: its fields may mean something else
        }
        for (Object o : list(m.get("testResults"))) {
            Map<?, ?> t = (Map<?, ?>) o;
            String id = String.valueOf(t.get("uniqueId"));
            r.tests.put(
                    id,
                    new Test(id, String.valueOf(t.get("name")), (String) t.get("status"), number(t.get("statements"))));
        }
        for (Object o : list(m.get("findings"))) {
            Map<?, ?> f = (Map<?, ?>) o;
            if (f.get("suppressed") != null) {
                continue; // accepted in the code (annotation or baseline): not news in a pull request
            }
            String type = String.valueOf(f.get("type"));
            String fingerprint = String.valueOf(f.get("fingerprint"));
            String callSite = (String) f.get("callSite");
            String identity = type + '\u0000' + fingerprint + '\u0000' + withoutLine(callSite);
            Finding previous = r.findings.get(identity);
            long executions = number(f.get("executions")) + (previous == null ? 0 : previous.executions());
            long tests = number(f.get("testCount")) + (previous == null ? 0 : previous.tests());
            r.findings.put(identity, new Finding(identity, type, fingerprint, callSite, executions, tests));
        }
        return r;
    }

    long statements() {
        long n = 0;
        for (Test t : tests.values()) {
            n += t.statements();
        }
        return n;
    }

    List<Test> notSuccessful() {
        List<Test> out = new ArrayList<>();
        for (Test t : tests.values()) {
            if (!"SUCCESSFUL".equals(t.status())) {
                out.add(t);
            }
        }
        return out;
    }

    /** {@code Dao.list(Dao.java:42)} as {@code Dao.list}. */
    static String withoutLine(String callSite) {
        if (callSite == null) {
            return "";
        }
        int paren = callSite.indexOf('(');
        return paren < 0 ? callSite : callSite.substring(0, paren);
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
