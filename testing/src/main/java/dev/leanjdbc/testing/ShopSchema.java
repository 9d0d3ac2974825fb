package dev.leanjdbc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The shop DDL ({@code shop-schema.sql}), the same script jOOQ's code generator reads. It has two parts: the
 * tables, and (after the {@code @after-load} marker) foreign keys and secondary indexes, which bulk loads add
 * after the data because maintaining them row by row halves the load rate.
 */
public final class ShopSchema {

    static final String RESOURCE = "shop-schema.sql";
    private static final String AFTER_LOAD_MARKER = "-- @after-load";

    private ShopSchema() {}

    /** All DDL statements, in order, without comments. */
    public static List<String> statements() {
        List<String> all = new ArrayList<>(tableStatements());
        all.addAll(afterLoadStatements());
        return all;
    }

    /** The {@code create table} statements. */
    public static List<String> tableStatements() {
        String script = script();
        return split(script.substring(0, script.indexOf(AFTER_LOAD_MARKER)));
    }

    /** Foreign keys and secondary indexes. */
    public static List<String> afterLoadStatements() {
        String script = script();
        return split(script.substring(script.indexOf(AFTER_LOAD_MARKER)));
    }

    private static String script() {
        String script;
        try (InputStream in = ShopSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!script.contains(AFTER_LOAD_MARKER)) {
            throw new IllegalStateException(RESOURCE + " lacks the line " + AFTER_LOAD_MARKER);
        }
        return script;
    }

    private static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }

    /** Creates the shop tables, keys and indexes through {@code dataSource}. */
    public static void create(DataSource dataSource) {
        execute(dataSource, statements());
    }

    /** Drops the shop tables, if they exist, with everything that depends on them. */
    public static void drop(DataSource dataSource) {
        execute(dataSource, List.of("drop table if exists order_line, orders, product, customer cascade"));
    }

    static void execute(DataSource dataSource, List<String> statements) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the shop schema: " + e.getMessage(), e);
        }
    }
}
