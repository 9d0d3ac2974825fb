package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Reports as text, JSON and log lines. */
class ReportTest {

    @DbTest
    void textGroupsByFingerprintWithCallSites(DataSource raw) throws Exception {
        Items.create(raw, 5);
        QueryAnalyzer analyzer = Items.exactAnalyzer();
        Report r = ordersLikeWorkload(analyzer, analyzer.wrap(raw));
        assertThat(r.summaryLine()).matches("GET /items: 6 statements \\(5 SELECT, 1 UPDATE\\), 5 rows, \\d+\\.\\d ms");
        String text = r.toText();
        assertThat(text).contains("5 x SELECT").contains("select name from item where id = ?");
        assertThat(text).contains("1 x UPDATE");
        assertThat(text).contains("at ReportTest.ordersLikeWorkload(ReportTest.java:");
    }

    // Not on MariaDB yet: the analyzer cannot yet tell whether MariaDB Connector/J or MySQL Connector/J buffered a
    // result (its result mode is UNKNOWN there), which each driver's rules in issue 23 point 5 add.
    @DbTest({Db.H2, Db.POSTGRES})
    void jsonFollowsTheVersionedSchema(DataSource raw) throws Exception {
        Items.create(raw, 5);
        QueryAnalyzer analyzer = Items.exactAnalyzer();
        Report r = ordersLikeWorkload(analyzer, analyzer.wrap(raw));
        Map<String, Object> json = flatten(r.toJson());
        assertThat(json.get("schema")).isEqualTo("leanjdbc-report/1");
        assertThat(json.get("name")).isEqualTo("GET /items");
        assertThat(json.get("statements")).isEqualTo(6);
        assertThat(json.get("countsByKind.SELECT")).isEqualTo(5);
        assertThat(json.get("rowsRead")).isEqualTo(5);
        // fingerprints are listed most time first: whether 5 SELECTs or 1 UPDATE took longer depends on load
        String select = "SELECT".equals(json.get("fingerprints[0].kind")) ? "fingerprints[0]" : "fingerprints[1]";
        assertThat(json.get(select + ".kind")).isEqualTo("SELECT");
        assertThat(json.get(select + ".count")).isEqualTo(5);
        assertThat(json.get(select + ".callSites[0].method")).isEqualTo("ordersLikeWorkload");
        assertThat(json.get(select + ".callSites[0].file")).isEqualTo("ReportTest.java");
        assertThat(json.get("events[0].resultMode")).isEqualTo("BUFFERED");
        assertThat(json.get("events[5].kind")).isEqualTo("UPDATE");
        assertThat(json.get("events[5].updateCount")).isEqualTo(1);
        assertThat(json).doesNotContainKey("events[0].bindValues[0]");
    }

    @DbTest
    void scopeSummaryAndSlowStatementsAreLogged(DataSource raw, Db db) throws Exception {
        Items.create(raw, 5);
        QueryAnalyzer analyzer = QueryAnalyzer.builder()
                .logScopeSummary(true)
                .slowStatementMillis(100)
                .callSiteMode(CallSiteMode.ALWAYS)
                .build();
        DataSource ds = analyzer.wrap(raw);
        try (LogCapture scopes = new LogCapture("dev.leanjdbc.analyzer.scope");
                LogCapture slow = new LogCapture("dev.leanjdbc.analyzer.slow")) {
            ordersLikeWorkload(analyzer, ds);
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement()) {
                if (db == Db.H2) {
                    s.execute(
                            "create alias if not exists pg_sleep for 'java.util.concurrent.locks.LockSupport.parkNanos'");
                }
                String sleep = db.isMariaDb()
                        ? "select sleep(0.2) as pg_sleep"
                        : "select pg_sleep(" + (db == Db.H2 ? "200000000" : "0.2") + ")";
                try (ResultSet rs = s.executeQuery(sleep)) {
                    rs.next();
                }
            }
            assertThat(scopes.messages()).hasSize(1);
            assertThat(scopes.messages().get(0)).startsWith("GET /items: 6 statements (5 SELECT, 1 UPDATE), 5 rows, ");
            assertThat(slow.messages())
                    .anySatisfy(m -> assertThat(m)
                            .startsWith("slow statement: ")
                            .contains("pg_sleep")
                            .contains("ReportTest.java"));
        }
    }

    @Test
    void jsonNeedsNoJacksonOnTheClassPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath()) {
            if (!entry.contains("jackson-core")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader loader =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> reportClass = loader.loadClass(Report.class.getName());
            assertThat(reportClass).isNotSameAs(Report.class);
            Object report = loader.loadClass("dev.leanjdbc.analyzer.internal.ApiAccess")
                    .getMethod(
                            "report",
                            String.class,
                            long.class,
                            boolean.class,
                            long[].class,
                            long.class,
                            long.class,
                            long.class,
                            long.class,
                            List.class,
                            List.class,
                            long.class,
                            long.class)
                    .invoke(
                            null,
                            "x",
                            0L,
                            true,
                            new long[StatementKind.values().length],
                            0L,
                            0L,
                            0L,
                            0L,
                            List.of(),
                            List.of(),
                            0L,
                            0L);
            assertThat(reportClass.getMethod("toText").invoke(report).toString())
                    .startsWith("x: 0 statements");
            assertThatThrownBy(() -> loader.loadClass("com.fasterxml.jackson.core.JsonFactory"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThat(reportClass.getMethod("toJson").invoke(report).toString())
                    .startsWith("{\"schema\":\"leanjdbc-report/1\",\"name\":\"x\",\"complete\":true,");
        }
    }

    /** 5 primary-key lookups (the same shape) and one update, like a request handler. */
    private static Report ordersLikeWorkload(QueryAnalyzer analyzer, DataSource ds) throws Exception {
        try (AnalysisScope scope = analyzer.scope("GET /items");
                Connection c = ds.getConnection()) {
            for (int id = 1; id <= 5; id++) {
                try (PreparedStatement ps = c.prepareStatement("select name from item where id = ?")) {
                    ps.setInt(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("update item set qty = 1 where id = 1");
            }
            scope.close();
            return scope.report();
        }
    }

    /** JSON flattened to paths like {@code fingerprints[0].callSites[0].method}; numbers as Integer/Long. */
    static Map<String, Object> flatten(String json) throws Exception {
        Map<String, Object> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            walk(p, "", out);
        }
        return out;
    }

    private static void walk(JsonParser p, String path, Map<String, Object> out) throws Exception {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() != JsonToken.END_OBJECT) {
                String name = p.currentName();
                p.nextToken();
                walk(p, path.isEmpty() ? name : path + "." + name, out);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                walk(p, path + "[" + i++ + "]", out);
            }
        } else if (t == JsonToken.VALUE_NUMBER_INT) {
            long v = p.getLongValue();
            out.put(path, v == (int) v ? (Object) (int) v : (Object) v);
        } else if (t == JsonToken.VALUE_STRING) {
            out.put(path, p.getText());
        } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            out.put(path, p.getBooleanValue());
        } else {
            out.put(path, null);
        }
    }

    /** The test class path, expanded from surefire's manifest-only jar when it uses one. */
    private static List<String> classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.endsWith(".jar") && e.contains("surefire")) {
                try (JarFile jar = new JarFile(e)) {
                    String cp = jar.getManifest().getMainAttributes().getValue("Class-Path");
                    if (cp != null) {
                        for (String u : cp.split(" ")) {
                            if (!u.isBlank()) {
                                entries.add(Path.of(new URL(u).toURI()).toString());
                            }
                        }
                        continue;
                    }
                }
            }
            entries.add(e);
        }
        return entries;
    }

    @DbTest
    void suppressionIsTreatedTheSameByEveryAccessor(DataSource raw) throws Exception {
        Items.create(raw, 5);
        QueryAnalyzer analyzer = QueryAnalyzer.builder()
                .callSiteMode(CallSiteMode.ALWAYS)
                .suppress(FindingType.N_PLUS_ONE, "select name from item where id")
                .build();
        JavadocExamples.OrderService service = new JavadocExamples.OrderService(analyzer.wrap(raw));
        AnalysisScope scope = analyzer.scope("accepted loop");
        try (scope) {
            service.listOrders();
        }
        Report r = scope.report();
        assertThat(r.findings())
                .as("findings() are the ones to act on%n%s", r.toText())
                .isEmpty();
        assertThat(r.findings(FindingType.N_PLUS_ONE)).isEmpty();
        assertThat(r.suppressedFindings())
                .singleElement()
                .satisfies(f -> assertThat(f.type()).isEqualTo(FindingType.N_PLUS_ONE))
                .satisfies(f -> assertThat(f.suppressed()).isTrue());
        assertThat(r.allFindings()).containsExactlyElementsOf(r.suppressedFindings());
        assertThat(r.toText()).contains("N_PLUS_ONE").contains("suppressed");
        assertThat(r.toJson()).contains("\"suppressed\":true");
    }
}
