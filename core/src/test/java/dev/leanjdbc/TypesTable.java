package dev.leanjdbc;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/** {@code bulk_types}: one column per type the bulk paths encode or bind themselves, to test their edges. */
final class TypesTable extends TableImpl<Record> {

    private static final long serialVersionUID = 1L;

    static final TypesTable TYPES = new TypesTable();

    final TableField<Record, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false), this);
    final TableField<Record, String> S = createField(DSL.name("s"), SQLDataType.VARCHAR(100_000), this);
    final TableField<Record, Integer> I = createField(DSL.name("i"), SQLDataType.INTEGER, this);
    final TableField<Record, Long> L = createField(DSL.name("l"), SQLDataType.BIGINT, this);
    final TableField<Record, Short> SM = createField(DSL.name("sm"), SQLDataType.SMALLINT, this);
    final TableField<Record, BigDecimal> N = createField(DSL.name("n"), SQLDataType.NUMERIC(24, 6), this);
    final TableField<Record, Double> D = createField(DSL.name("d"), SQLDataType.DOUBLE, this);
    final TableField<Record, Float> R = createField(DSL.name("r"), SQLDataType.REAL, this);
    final TableField<Record, Boolean> B = createField(DSL.name("b"), SQLDataType.BOOLEAN, this);
    final TableField<Record, LocalDate> DT = createField(DSL.name("dt"), SQLDataType.LOCALDATE, this);
    final TableField<Record, LocalTime> TM = createField(DSL.name("tm"), SQLDataType.LOCALTIME(6), this);
    final TableField<Record, LocalDateTime> TS = createField(DSL.name("ts"), SQLDataType.LOCALDATETIME(6), this);
    final TableField<Record, OffsetDateTime> TZ = createField(DSL.name("tz"), SQLDataType.OFFSETDATETIME(6), this);
    final TableField<Record, UUID> U = createField(DSL.name("u"), SQLDataType.UUID, this);
    final TableField<Record, byte[]> BIN = createField(DSL.name("bin"), SQLDataType.VARBINARY, this);
    /** Not bound directly by the bulk update: a call that writes it takes jOOQ's binding. */
    final TableField<Record, Instant> INS = createField(DSL.name("ins"), SQLDataType.INSTANT, this);

    private TypesTable() {
        super(DSL.name("bulk_types"));
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
        return Internal.createUniqueKey(this, DSL.name("bulk_types_pk"), ID);
    }

    /** (Re)creates the table, empty. */
    static void create(TestDatabase db) {
        String binary = db.db() == Db.POSTGRES ? "bytea" : "varbinary";
        db.dsl().execute("drop table if exists bulk_types");
        db.dsl()
                .execute("create table bulk_types (id bigint primary key, s varchar(100000), i integer, l bigint,"
                        + " sm smallint, n numeric(24, 6), d double precision, r real, b boolean, dt date,"
                        + " tm time(6), ts timestamp(6), tz timestamp(6) with time zone, u uuid, bin " + binary
                        + ", ins timestamp(6) with time zone)");
    }
}
