package dev.leanjdbc.jooq.codegen;

import java.util.List;
import org.jooq.codegen.GeneratorStrategy.Mode;
import org.jooq.codegen.JavaGenerator;
import org.jooq.codegen.JavaWriter;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.TableDefinition;
import org.jooq.meta.TypedElementDefinition;

/**
 * jOOQ's {@link JavaGenerator}, with table records that tell the leanjdbc query analyzer which of their
 * fields the code used, so that loading whole records to use two fields shows as a projection candidate.
 * Name it in the code generator configuration instead of the default generator:
 *
 * <pre>{@code
 * <generator>
 *   <name>dev.leanjdbc.jooq.codegen.TrackingJavaGenerator</name>
 *   ...
 * }</pre>
 *
 * <p>Each generated table record gets, besides what {@link JavaGenerator} writes:
 *
 * <ul>
 *   <li>a static hook, linked reflectively once when the class is initialized to {@code
 *       dev.leanjdbc.analyzer.records.FieldUse} if the analyzer is on the class path (otherwise a hook that
 *       does nothing: the generated code needs only the JDK and jOOQ at run time);
 *   <li>a transient instance field, set by the constructor: where this record reports its reads, {@code null}
 *       unless the record is made from the rows of a result an analyzer scope is recording;
 *   <li>getters that report their field when that field is not {@code null}: one predictable branch
 *       otherwise;
 *   <li>{@code toString()} and {@code into(E)} overrides that report every field (they read them all).
 * </ul>
 *
 * <p>Not tracked, because jOOQ declares them {@code final}: {@code get(...)}, {@code getValue(...)}, {@code
 * into(Class)}, {@code into(Table)}, {@code into(Field...)}, {@code intoMap()}, {@code intoArray()}, {@code
 * intoList()}, {@code map(...)}, {@code format*(...)}, {@code intoXML(...)}, {@code original(...)}. UDT and
 * embeddable records are generated as by {@link JavaGenerator}. Validation annotations on getters ({@code
 * <validationAnnotations>}) are not written on tracked getters.
 */
public class TrackingJavaGenerator extends JavaGenerator {

    /** The analyzer's hook class, looked up by name so the generated code does not depend on it. */
    static final String HOOK = "dev.leanjdbc.analyzer.records.FieldUse";

    static final String TARGET_FIELD = "leanjdbcFieldUse";
    static final String HOOK_FIELD = "LEANJDBC_FIELD_USE";

    @Override
    protected void generateRecordGetter(TypedElementDefinition<?> column, int index, JavaWriter out) {
        if (!(column.getContainer() instanceof TableDefinition)) {
            super.generateRecordGetter(column, index, out);
            return;
        }
        String getter = getStrategy().getJavaGetterName(column, Mode.RECORD);
        String typeFull = getJavaType(column.getType(resolver(out)), out);
        String type = out.ref(typeFull);
        out.javadoc(
                "Getter for <code>%s</code>. Reports the read to the leanjdbc query analyzer when it tracks"
                        + " this record.",
                column.getQualifiedOutputName());
        if (column instanceof ColumnDefinition c) {
            printColumnJPAAnnotation(out, c);
        }
        out.overrideIf(generateInterfaces());
        out.println("public %s %s() {", type, getter);
        out.println("if (%s != null) {", TARGET_FIELD);
        out.println("%s.accept(%s);", TARGET_FIELD, index);
        out.println("}");
        if ("java.lang.Object".equals(typeFull)) {
            out.println("return get(%s);", index);
        } else {
            out.println("return (%s) get(%s);", type, index);
        }
        out.println("}");
    }

    /**
     * The table class initializes its record class: the record's hook must be linked before the first
     * query of the table runs, because the analyzer starts offering a result's rows to records only once a
     * tracking record class exists, and jOOQ loads the record class only when it makes the first record.
     */
    @Override
    protected void generateTableClassFooter(TableDefinition table, JavaWriter out) {
        super.generateTableClassFooter(table, out);
        if (!generateRecords()) {
            return;
        }
        String tableClass = getStrategy().getJavaClassName(table);
        String recordClass = getStrategy().getFullJavaClassName(table, Mode.RECORD);
        out.println();
        out.println("static {");
        out.println("// leanjdbc: link the record class's field-use hook before the first query of this table");
        out.println("try {");
        out.println("Class.forName(\"%s\", true, %s.class.getClassLoader());", recordClass, tableClass);
        out.println("} catch (ClassNotFoundException | LinkageError e) {");
        out.println("// records are then linked when first made");
        out.println("}");
        out.println("}");
    }

    @Override
    protected void generateRecordClassFooter(TableDefinition table, JavaWriter out) {
        super.generateRecordClassFooter(table, out);
        String supplier = out.ref("java.util.function.Supplier");
        String consumer = out.ref("java.util.function.IntConsumer");
        String recordClass = getStrategy().getJavaClassName(table, Mode.RECORD);
        List<ColumnDefinition> columns = table.getColumns();
        StringBuilder names = new StringBuilder();
        for (ColumnDefinition c : columns) {
            names.append(", \"").append(escape(c.getName())).append('"');
        }

        out.header("leanjdbc field-use tracking (TrackingJavaGenerator)");
        out.javadoc("The leanjdbc query analyzer's hook for this record class; does nothing without the analyzer.");
        out.println(
                "private static final %s<%s> %s = leanjdbcLink(\"%s\"%s);",
                supplier, consumer, HOOK_FIELD, escape(table.getName()), names);
        out.println();
        out.javadoc("Where this record reports field reads: <code>null</code> unless an analyzer scope tracks it.");
        out.println("private final transient %s %s = %s.get();", consumer, TARGET_FIELD, HOOK_FIELD);
        out.println();
        out.println("private static %s<%s> leanjdbcLink(String table, String... fields) {", supplier, consumer);
        out.println("try {");
        out.println("Class<?> hook = Class.forName(\"%s\", true, %s.class.getClassLoader());", HOOK, recordClass);
        out.println(
                "return (%s<%s>) hook.getMethod(\"recordType\", String.class, String[].class).invoke(null, table,"
                        + " fields);",
                supplier, consumer);
        out.println("} catch (ReflectiveOperationException | LinkageError | RuntimeException e) {");
        out.println("return () -> null; // no analyzer on the class path: nothing is tracked");
        out.println("}");
        out.println("}");
        out.println();
        out.javadoc("Reports every field as used: for methods that read them all.");
        out.println("private void leanjdbcUseAll() {");
        out.println("%s target = %s;", consumer, TARGET_FIELD);
        out.println("if (target != null) {");
        out.println("for (int i = 0; i < %s; i++) {", columns.size());
        out.println("target.accept(i);");
        out.println("}");
        out.println("}");
        out.println("}");
        out.println();
        out.javadoc("Reads every field: reports them all to the analyzer when it tracks this record.");
        out.override();
        out.println("public String toString() {");
        out.println("leanjdbcUseAll();");
        out.println("return super.toString();");
        out.println("}");
        out.println();
        out.javadoc("Copies every matching field: reports them all to the analyzer when it tracks this record.");
        out.override();
        out.println("public <E> E into(E into) {");
        out.println("leanjdbcUseAll();");
        out.println("return super.into(into);");
        out.println("}");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
