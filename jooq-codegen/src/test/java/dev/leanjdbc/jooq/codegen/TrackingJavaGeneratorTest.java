package dev.leanjdbc.jooq.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Property;
import org.jooq.meta.jaxb.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's output, compiled and run in a class loader without the analyzer (this module's test
 * class path has none): records work as jOOQ's own, and track nothing; and in one with a stand-in for the
 * analyzer's hook that logs what the generated code tells it. The real analyzer is proven by its corpus on
 * the shop schema, which the testing module generates with this generator.
 */
class TrackingJavaGeneratorTest {

    @TempDir
    static Path dir;

    private static Path sources;
    private static Path classes;
    private static Path hookClasses;
    private static URLClassLoader loader;

    /** Stands in for the analyzer's hook: logs the record types linked and the fields read. */
    private static final String FAKE_HOOK = """
            package dev.leanjdbc.analyzer.records;

            public final class FieldUse {
                public static final java.util.List<String> LOG =
                        java.util.Collections.synchronizedList(new java.util.ArrayList<>());

                public static java.util.function.Supplier<java.util.function.IntConsumer> recordType(
                        String table, String... fields) {
                    LOG.add("type " + table + " " + String.join(",", fields));
                    return () -> i -> LOG.add("read " + fields[i]);
                }
            }
            """;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        sources = dir.resolve("src");
        Path script =
                Path.of("src/test/resources/dev/leanjdbc/jooq/codegen/item.sql").toAbsolutePath();
        GenerationTool.generate(new Configuration()
                .withLogging(Logging.WARN)
                .withGenerator(new Generator()
                        .withName(TrackingJavaGenerator.class.getName())
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.extensions.ddl.DDLDatabase")
                                .withProperties(
                                        new Property().withKey("scripts").withValue(script.toString()),
                                        new Property()
                                                .withKey("defaultNameCase")
                                                .withValue("lower"))
                                .withInputSchema("PUBLIC")
                                .withOutputSchemaToDefault(true))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withFluentSetters(true)
                                .withGeneratedAnnotation(false))
                        .withTarget(new Target().withPackageName("gen.shop").withDirectory(sources.toString()))));

        List<String> files;
        try (Stream<Path> s = Files.walk(sources)) {
            files = s.filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toString)
                    .toList();
        }
        classes = compile(dir.resolve("classes"), files);
        Path hookSource = Files.createDirectories(dir.resolve("hook-src/dev/leanjdbc/analyzer/records"))
                .resolve("FieldUse.java");
        Files.writeString(hookSource, FAKE_HOOK);
        hookClasses = compile(dir.resolve("hook"), List.of(hookSource.toString()));
        loader = loader(classes);
    }

    private static Path compile(Path out, List<String> files) throws Exception {
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(
                List.of("--release", "17", "-classpath", System.getProperty("java.class.path"), "-d", out.toString()));
        args.addAll(files);
        assertThat(javac.run(null, null, null, args.toArray(String[]::new)))
                .as("generated code compiles")
                .isZero();
        return out;
    }

    private static URLClassLoader loader(Path... dirs) throws Exception {
        URL[] urls = new URL[dirs.length];
        for (int i = 0; i < dirs.length; i++) {
            urls[i] = dirs[i].toUri().toURL();
        }
        return new URLClassLoader(urls, TrackingJavaGeneratorTest.class.getClassLoader());
    }

    @SuppressWarnings("unchecked")
    private static List<String> hookLog(ClassLoader l) throws Exception {
        return (List<String>) Class.forName(TrackingJavaGenerator.HOOK, true, l)
                .getField("LOG")
                .get(null);
    }

    private static String recordSource() throws Exception {
        return Files.readString(sources.resolve("gen/shop/tables/records/ItemRecord.java"));
    }

    @Test
    void gettersReportTheirFieldIndexAndTheHookNamesEveryColumn() throws Exception {
        String src = recordSource();
        assertThat(src)
                .contains("public Long getId() {\n        if (leanjdbcFieldUse != null) {\n"
                        + "            leanjdbcFieldUse.accept(0);\n        }\n        return (Long) get(0);")
                .contains("leanjdbcFieldUse.accept(4);")
                .contains("leanjdbcLink(\"item\", \"id\", \"name\", \"qty\", \"odd \\\"name\\\"\", \"notes\")")
                .contains("Class.forName(\"dev.leanjdbc.analyzer.records.FieldUse\"")
                .contains("private final transient IntConsumer leanjdbcFieldUse = LEANJDBC_FIELD_USE.get();")
                .contains("public String toString() {")
                .contains("public <E> E into(E into) {");
        assertThat(Files.readString(sources.resolve("gen/shop/tables/Item.java")))
                .contains("Class.forName(\"gen.shop.tables.records.ItemRecord\", true, Item.class.getClassLoader());");
    }

    @Test
    void withoutTheAnalyzerRecordsWorkAndTrackNothing() throws Exception {
        assertThatThrownBy(() -> Class.forName(TrackingJavaGenerator.HOOK))
                .as("this test needs a class path without the analyzer")
                .isInstanceOf(ClassNotFoundException.class);
        Class<?> type = Class.forName("gen.shop.tables.records.ItemRecord", true, loader);
        Object record = type.getConstructor().newInstance();
        type.getMethod("setId", Long.class).invoke(record, 7L);
        type.getMethod("setName", String.class).invoke(record, "bolt");
        assertThat(type.getMethod("getId").invoke(record)).isEqualTo(7L);
        assertThat(type.getMethod("getName").invoke(record)).isEqualTo("bolt");
        assertThat(record.toString()).contains("bolt");

        Field target = type.getDeclaredField(TrackingJavaGenerator.TARGET_FIELD);
        target.setAccessible(true);
        assertThat(target.get(record)).isNull();
        Field hook = type.getDeclaredField(TrackingJavaGenerator.HOOK_FIELD);
        hook.setAccessible(true);
        assertThat(((Supplier<?>) hook.get(null)).get()).isNull();
    }

    @Test
    void withTheHookGettersToStringAndIntoReportTheirFields() throws Exception {
        try (URLClassLoader l = loader(classes, hookClasses)) {
            List<String> log = hookLog(l);
            Class.forName("gen.shop.tables.Item", true, l);
            assertThat(log)
                    .as("the table class links its record class before any record exists")
                    .containsExactly("type item id,name,qty,odd \"name\",notes");

            Class<?> type = Class.forName("gen.shop.tables.records.ItemRecord", true, l);
            Object record = type.getConstructor().newInstance();
            type.getMethod("setQty", Integer.class).invoke(record, 3);
            log.clear();
            type.getMethod("getQty").invoke(record);
            type.getMethod("getNotes").invoke(record);
            assertThat(log).containsExactly("read qty", "read notes");

            log.clear();
            assertThat(record.toString()).contains("3");
            assertThat(log).containsExactly("read id", "read name", "read qty", "read odd \"name\"", "read notes");

            log.clear();
            type.getMethod("into", Object.class).invoke(record, new Object());
            assertThat(log).hasSize(5);

            log.clear();
            Object field = Class.forName("gen.shop.tables.Item", true, l)
                    .getField("ITEM")
                    .get(null);
            Object qty = field.getClass().getField("QTY").get(field);
            assertThat(((org.jooq.Record) record).get((org.jooq.Field<?>) qty)).isEqualTo(3);
            ((org.jooq.Record) record).intoMap();
            assertThat(log)
                    .as("get(Field) and intoMap() are final in jOOQ: not tracked")
                    .isEmpty();
        }
    }
}
