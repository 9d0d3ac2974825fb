package dev.leanjdbc.benchmarks.report;

import static dev.leanjdbc.benchmarks.report.Claim.Bar.bytesDeltaAtMost;
import static dev.leanjdbc.benchmarks.report.Claim.Bar.perUnitBytesRatioAtMost;
import static dev.leanjdbc.benchmarks.report.Claim.Bar.perUnitTimeRatioAtMost;
import static dev.leanjdbc.benchmarks.report.Claim.Bar.speedupAtLeast;
import static dev.leanjdbc.benchmarks.report.Claim.Bar.timeDeltaAtMost;
import static dev.leanjdbc.benchmarks.report.Claim.Bar.timeRatioAtMost;

import java.util.List;

/**
 * The project's performance claims, as the report's summary checks them on every run. Each names its source
 * (a docs page or an issue's bar); keep the list to one screen (about 25 rows). To add a claim: the benchmark
 * ({@code SimpleClass.method}), the parameters of the measured row, what differs in the baseline row, the bar.
 */
final class Claims {

    private Claims() {}

    static final List<Claim> ALL = List.of(
            // Analyzer hot path: docs/production.md, issue 17 point 1.
            Claim.of(
                    "analyzer on an H2 primary-key lookup ≤ 1.35× raw",
                    "WrapperOverheadBenchmark.primaryKeyLookup",
                    "backend=h2, wrapper=leanjdbc",
                    "wrapper=raw",
                    timeRatioAtMost(1.35)),
            Claim.of(
                    "… and ≤ +650 B/op over raw",
                    "WrapperOverheadBenchmark.primaryKeyLookup",
                    "backend=h2, wrapper=leanjdbc",
                    "wrapper=raw",
                    bytesDeltaAtMost(650)),
            Claim.of(
                    "… and cheaper than p6spy",
                    "WrapperOverheadBenchmark.primaryKeyLookup",
                    "backend=h2, wrapper=leanjdbc",
                    "wrapper=p6spy",
                    timeRatioAtMost(1.0)),
            Claim.of(
                    "… and cheaper than datasource-proxy",
                    "WrapperOverheadBenchmark.primaryKeyLookup",
                    "backend=h2, wrapper=leanjdbc",
                    "wrapper=datasource-proxy",
                    timeRatioAtMost(1.0)),
            // Streaming: docs/streaming.md, issue 22 point 1, issue 23 point 6.
            Claim.of(
                    "plain-SQL stream, H2: ≥ 0.90× raw JDBC throughput",
                    "StreamingBenchmark.readAll",
                    "db=H2, impl=leanSql",
                    "impl=raw",
                    speedupAtLeast(0.90)),
            Claim.of(
                    "plain-SQL stream, PostgreSQL: ≥ 0.90× raw JDBC throughput",
                    "StreamingBenchmark.readAll",
                    "db=POSTGRES, impl=leanSql",
                    "impl=raw",
                    speedupAtLeast(0.90)),
            Claim.of(
                            "jOOQ-record stream, H2: ≤ 1.00× jOOQ's own streaming",
                            "StreamingBenchmark.readAll",
                            "db=H2, impl=leanJooq",
                            "impl=jooqStreaming",
                            timeRatioAtMost(1.00))
                    .orAgainst("impl=jooqFetchStream"),
            Claim.of(
                            "jOOQ-record stream, PostgreSQL: ≤ 1.00× jOOQ's own streaming",
                            "StreamingBenchmark.readAll",
                            "db=POSTGRES, impl=leanJooq",
                            "impl=jooqStreaming",
                            timeRatioAtMost(1.00))
                    .orAgainst("impl=jooqFetchStream"),
            Claim.of(
                    "jOOQ-record stream, PostgreSQL: ≤ 1.10× raw JDBC",
                    "StreamingBenchmark.readAll",
                    "db=POSTGRES, impl=leanJooq",
                    "impl=raw",
                    timeRatioAtMost(1.10)),
            Claim.of(
                            "jOOQ-record stream, PostgreSQL: no more B/row than jOOQ's record",
                            "StreamingBenchmark.readAll",
                            "db=POSTGRES, impl=leanJooq",
                            "impl=jooqStreaming",
                            bytesDeltaAtMost(0))
                    .orAgainst("impl=jooqFetchStream"),
            Claim.of(
                            "jOOQ-record stream, H2: no more B/row than jOOQ's record",
                            "StreamingBenchmark.readAll",
                            "db=H2, impl=leanJooq",
                            "impl=jooqStreaming",
                            bytesDeltaAtMost(0))
                    .orAgainst("impl=jooqFetchStream"),
            Claim.of(
                    "stream on MariaDB Connector/J: ≥ 0.95× the hand-written loop",
                    "StreamingBenchmark.readAll",
                    "db=MARIADB, impl=leanSql",
                    "impl=raw",
                    speedupAtLeast(0.95)),
            Claim.of(
                    "stream on MySQL Connector/J (MariaDB server): ≥ 0.95× the hand-written loop",
                    "StreamingBenchmark.readAll",
                    "db=MARIADB_MYSQL_DRIVER, impl=leanSql",
                    "impl=raw",
                    speedupAtLeast(0.95)),
            // Detectors: issue 22 point 2.
            Claim.of(
                    "detectors: time per event at 1,000,000 events ≤ 1.5× that at 10,000",
                    "DetectorsBenchmark.detectAll",
                    "events=1000000",
                    "events=10000",
                    perUnitTimeRatioAtMost("events", 1.5)),
            Claim.of(
                    "detectors: bytes per event at 1,000,000 events ≤ 1.5× that at 10,000",
                    "DetectorsBenchmark.detectAll",
                    "events=1000000",
                    "events=10000",
                    perUnitBytesRatioAtMost("events", 1.5)),
            // Request scope in production: docs/production.md, issue 22 point 3.
            Claim.of(
                    "request scope (filter, budget, meters, monitor), H2, 1 lookup: ≤ +0.40 µs over the analyzer",
                    "ProductionOverheadBenchmark.request",
                    "db=H2, implementation=production, lookups=1",
                    "implementation=analyzer",
                    timeDeltaAtMost(0.40)),
            Claim.of(
                    "… and ≤ +800 B over the analyzer",
                    "ProductionOverheadBenchmark.request",
                    "db=H2, implementation=production, lookups=1",
                    "implementation=analyzer",
                    bytesDeltaAtMost(800)),
            Claim.of(
                    "request scope with a repeated N+1 (5 lookups), H2: ≤ +1 µs over the analyzer",
                    "ProductionOverheadBenchmark.request",
                    "db=H2, implementation=production, lookups=5",
                    "implementation=analyzer",
                    timeDeltaAtMost(1.0)),
            Claim.of(
                    "… and ≤ +1 KB over the analyzer",
                    "ProductionOverheadBenchmark.request",
                    "db=H2, implementation=production, lookups=5",
                    "implementation=analyzer",
                    bytesDeltaAtMost(1024)),
            // Bulk: docs/bulk.md, docs/inserts.md, issue 22 point 4 (at 0.5 ms or the nearest measured round trip).
            Claim.of(
                            "set-based UPDATE, 100,000 rows, narrow table: ≥ 100× row by row",
                            "SetBasedUpdateBenchmark.update",
                            "db=POSTGRES, how=SET_BASED, table=NARROW",
                            "how=ROW_BY_ROW",
                            speedupAtLeast(100))
                    .atRoundTrip(0.5),
            Claim.of(
                            "set-based UPDATE, 100,000 rows, orders: ≥ 30× row by row",
                            "SetBasedUpdateBenchmark.update",
                            "db=POSTGRES, how=SET_BASED, table=ORDERS",
                            "how=ROW_BY_ROW",
                            speedupAtLeast(30))
                    .atRoundTrip(0.5),
            Claim.of(
                            "updateFromValues, 10,000 rows, narrow table: ≥ 20× row by row",
                            "FromValuesUpdateBenchmark.update",
                            "db=POSTGRES, how=FROM_VALUES, table=NARROW",
                            "how=ROW_BY_ROW",
                            speedupAtLeast(20))
                    .atRoundTrip(0.5),
            Claim.of(
                            "updateFromValues, 10,000 rows, orders: ≥ 20× row by row",
                            "FromValuesUpdateBenchmark.update",
                            "db=POSTGRES, how=FROM_VALUES, table=ORDERS",
                            "how=ROW_BY_ROW",
                            speedupAtLeast(20))
                    .atRoundTrip(0.5),
            Claim.of(
                            "insertMany by COPY, 100,000 rows, orders: ≥ 2× a JDBC batch",
                            "InsertManyBenchmark.insert",
                            "path=COPY, schema=FK_AND_INDEXES",
                            "path=JDBC_BATCH",
                            speedupAtLeast(2))
                    .atRoundTrip(0.5),
            Claim.of(
                            "insertMany by COPY, 100,000 rows, primary key only: ≥ 4× a JDBC batch",
                            "InsertManyBenchmark.insert",
                            "path=COPY, schema=PRIMARY_KEY_ONLY",
                            "path=JDBC_BATCH",
                            speedupAtLeast(4))
                    .atRoundTrip(0.5));
}
