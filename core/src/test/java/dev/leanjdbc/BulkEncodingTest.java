package dev.leanjdbc;

import static dev.leanjdbc.TypesTable.TYPES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;

/**
 * The values the bulk paths write without jOOQ's binding — COPY text on PostgreSQL, directly bound {@code
 * UPDATE ... FROM (VALUES ...)} / {@code MERGE} — come back exactly: nulls, the characters the COPY text
 * format escapes, text that looks like its markers, unicode beyond the BMP, extreme numbers, fractional
 * seconds, offsets, bytes. On H2 the same calls take the multi-row INSERT and MERGE paths.
 */
class BulkEncodingTest {

    private static final List<String> AWKWARD = List.of(
            "back\\slash \\N \\. \\\\",
            "tab\there, newline\nthere, return\rand\r\nboth",
            "\\.\n\\.\nafter an end marker",
            "",
            "\"quoted\", commas, 'apostrophes'",
            "é ß 日本語 😀 mixed",
            " leading and trailing spaces ",
            "\\N");

    private static List<Record> rows(TestDatabase db, long firstId) {
        List<Record> rows = new ArrayList<>();
        rows.add(nulls(db, firstId));
        for (int k = 0; k < AWKWARD.size(); k++) {
            Record r = db.dsl().newRecord(TYPES);
            boolean low = k % 2 == 0;
            r.set(TYPES.ID, firstId + 1 + k);
            r.set(TYPES.S, AWKWARD.get(k));
            r.set(TYPES.I, low ? Integer.MIN_VALUE : Integer.MAX_VALUE);
            r.set(TYPES.L, low ? Long.MIN_VALUE : Long.MAX_VALUE);
            r.set(TYPES.SM, low ? Short.MIN_VALUE : (short) k);
            r.set(TYPES.N, new BigDecimal(low ? "-123456789012345678.123456" : "0.000001"));
            r.set(TYPES.D, low ? -1.0e300 : 3.141592653589793);
            r.set(TYPES.R, low ? 2.5f : -1.0e-30f);
            r.set(TYPES.B, low);
            r.set(TYPES.DT, low ? LocalDate.of(1600, 3, 1) : LocalDate.of(2024, 2, 29));
            r.set(TYPES.TM, low ? LocalTime.MIDNIGHT : LocalTime.of(23, 59, 59, 123_456_000));
            r.set(
                    TYPES.TS,
                    low
                            ? LocalDateTime.of(1999, 12, 31, 0, 0)
                            : LocalDateTime.of(2025, 6, 30, 12, 34, 56, 789_012_000));
            r.set(TYPES.TZ, OffsetDateTime.of(2025, 1, 1, 10, 0, 0, 500_000_000, ZoneOffset.ofHours(low ? 2 : -7)));
            r.set(TYPES.U, UUID.nameUUIDFromBytes(new byte[] {(byte) k}));
            r.set(TYPES.BIN, low ? new byte[] {0, 1, '\\', '\n', '\t', (byte) 0xff} : new byte[0]);
            r.set(TYPES.INS, Instant.parse("2025-03-04T05:06:07.123456Z"));
            rows.add(r);
            if (k == 3) { // nulls also after typed rows, past the first row's casts
                rows.add(nulls(db, firstId + 100));
            }
        }
        return rows;
    }

    /** How both databases print a date, time(6) or timestamp(6) cast to varchar. */
    private static String sqlText(Object value) {
        if (value instanceof LocalDateTime t) {
            return sqlText(t.toLocalDate()) + " " + sqlText(t.toLocalTime());
        }
        if (value instanceof LocalTime t) {
            String fraction = t.getNano() == 0
                    ? ""
                    : "." + String.format("%06d", t.getNano() / 1_000).replaceAll("0+$", "");
            return String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()) + fraction;
        }
        return value.toString();
    }

    private static Record nulls(TestDatabase db, long id) {
        Record nulls = db.dsl().newRecord(TYPES);
        nulls.set(TYPES.ID, id);
        for (Field<?> f : TYPES.fields()) {
            if (f != TYPES.ID) {
                nulls.set(f, null);
            }
        }
        return nulls;
    }

    private static void assertStored(TestDatabase db, List<Record> expected, List<Field<?>> columns) {
        for (Record want : expected) {
            Record got = db.dsl().fetchOne(TYPES, TYPES.ID.eq(want.get(TYPES.ID)));
            assertThat(got).as("row %s", want.get(TYPES.ID)).isNotNull();
            for (Field<?> f : columns) {
                Object w = want.get(f);
                Object g = got.get(f);
                String what = "row " + want.get(TYPES.ID) + ", column " + f.getName();
                if (w != null && (f == TYPES.DT || f == TYPES.TM || f == TYPES.TS)) {
                    // as the database's own text: jOOQ reads times through java.sql.Time, without fractions
                    String text = db.dsl()
                            .fetchValue(
                                    "select cast(" + f.getName() + " as varchar(40)) from bulk_types where id = ?",
                                    want.get(TYPES.ID))
                            .toString();
                    assertThat(text).as(what).isEqualTo(sqlText(w));
                } else if (w instanceof BigDecimal wd) {
                    assertThat((BigDecimal) g).as(what).isEqualByComparingTo(wd);
                } else if (w instanceof OffsetDateTime wt) {
                    assertThat(((OffsetDateTime) g).toInstant()).as(what).isEqualTo(wt.toInstant());
                } else {
                    assertThat(g).as(what).isEqualTo(w);
                }
            }
        }
    }

    // Not on MariaDB yet: its types table needs timestamp with time zone, uuid and varbinary, and COPY;
    // MySQL/MariaDB types and insertMany paths come with issue 23 point 4.
    @DbTest({Db.H2, Db.POSTGRES})
    void insertManyWritesEveryValueBackExactly(TestDatabase db) {
        TypesTable.create(db);
        JdbcLog log = new JdbcLog();
        Lean lean = Lean.of(log.wrap(db.dataSource()), db.dialect());
        List<Record> rows = rows(db, 1);

        // a small chunk size: several COPY commands and buffers that end mid-row are exercised too
        assertThat(lean.insertMany(TYPES, rows, BulkOptions.defaults().withChunkSize(4)))
                .isEqualTo(rows.size());

        // H2's path is the multi-row INSERT, whose java.time values are bound as they are: fractions kept
        assertStored(db, rows, List.of(TYPES.fields()));
        long inserts = log.prepared.stream()
                .filter(s -> s.toLowerCase().startsWith("insert"))
                .count();
        assertThat(inserts).as("COPY on PostgreSQL, multi-row INSERT on H2").isEqualTo(db.db() == Db.POSTGRES ? 0 : 3);
    }

    @DbTest(Db.POSTGRES)
    void copyWritesLongValuesAcrossBufferBoundaries(TestDatabase db) {
        TypesTable.create(db);
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        List<Record> rows = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            Record r = db.dsl().newRecord(TYPES);
            r.set(TYPES.ID, (long) k);
            // 3- and 4-byte UTF-8 and escapes, up to 48,000 characters (100 KB encoded): rows straddle the 64 KiB
            // buffer
            r.set(TYPES.S, "x".repeat(k) + "日😀\\\t\n".repeat(200 + k * 200));
            r.set(TYPES.BIN, new byte[70_000 + k]);
            rows.add(r);
        }

        assertThat(lean.insertMany(TYPES, rows)).isEqualTo(40);

        for (Record want : rows) {
            Record got = db.dsl().fetchOne(TYPES, TYPES.ID.eq(want.get(TYPES.ID)));
            assertThat(got.get(TYPES.S)).isEqualTo(want.get(TYPES.S));
            assertThat(got.get(TYPES.BIN)).isEqualTo(want.get(TYPES.BIN));
        }
    }

    // Not on MariaDB yet: updateFromValues has no MySQL/MariaDB form yet (MERGE is refused): issue 23 point 4.
    @DbTest({Db.H2, Db.POSTGRES})
    void updateFromValuesBindsEveryValueExactly(TestDatabase db) {
        TypesTable.create(db);
        JdbcLog log = new JdbcLog();
        Lean lean = Lean.of(log.wrap(db.dataSource()), db.dialect());
        List<Record> blank = new ArrayList<>();
        List<Record> rows = rows(db, 1);
        for (Record r : rows) {
            Record b = db.dsl().newRecord(TYPES);
            b.set(TYPES.ID, r.get(TYPES.ID));
            b.set(TYPES.S, "before");
            blank.add(b);
        }
        lean.insertMany(TYPES, blank);
        List<Field<?>> direct = new ArrayList<>(List.of(TYPES.fields()));
        direct.remove(TYPES.ID);
        direct.remove(TYPES.INS);
        log.prepared.clear();

        assertThat(lean.updateFromValues(
                        TYPES, rows, direct, BulkOptions.defaults().withChunkSize(4)))
                .isEqualTo(rows.size());

        assertStored(db, rows, direct);
        assertThat(log.statements()).hasSize(3);
        assertThat(log.statements().get(0)).contains("cast(? as ");
    }

    // Not on MariaDB yet: updateFromValues has no MySQL/MariaDB form yet (MERGE is refused): issue 23 point 4.
    @DbTest({Db.H2, Db.POSTGRES})
    void updateFromValuesKeepsJooqBindingForOtherTypes(TestDatabase db) {
        TypesTable.create(db);
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        List<Record> rows = rows(db, 1);
        lean.insertMany(TYPES, rows);
        List<Record> changes = new ArrayList<>();
        for (Record r : rows) {
            Record c = db.dsl().newRecord(TYPES);
            c.set(TYPES.ID, r.get(TYPES.ID));
            c.set(TYPES.S, "after " + r.get(TYPES.ID));
            c.set(TYPES.INS, Instant.parse("2030-01-01T00:00:00.000001Z").plusSeconds(r.get(TYPES.ID)));
            changes.add(c);
        }

        assertThat(lean.updateFromValues(TYPES, changes, List.of(TYPES.S, TYPES.INS)))
                .isEqualTo(rows.size());

        assertStored(db, changes, List.of(TYPES.S, TYPES.INS));
    }
}
