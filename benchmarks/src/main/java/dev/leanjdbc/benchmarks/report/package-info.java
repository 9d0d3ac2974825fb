/**
 * Turns JMH's JSON results into {@code docs/benchmarks.md}: a table per benchmark class with each score's
 * ratio to its baseline and the bytes allocated per operation, the machine the numbers come from, and SVG bar
 * charts drawn by {@link dev.leanjdbc.benchmarks.report.SvgBarChart}.
 *
 * <p><b>Baselines.</b> A benchmark compares implementations through a {@code @Param}. The baseline is the
 * first of {@code raw}, {@code baseline}, {@code ROW_BY_ROW}, {@code N_PLUS_ONE}, {@code FULL_RECORD},
 * {@code JDBC_BATCH} that a varying parameter has (the naive way a comparison exists to beat); without such a
 * value it is the first value of the first parameter (in name order) that has more than one value. A row's ratio is its
 * score divided by the score of the baseline row with every other parameter equal.
 */
package dev.leanjdbc.benchmarks.report;
