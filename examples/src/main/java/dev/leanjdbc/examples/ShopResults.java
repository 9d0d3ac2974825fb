package dev.leanjdbc.examples;

/**
 * What one run of the shop application produced; the naive and the lean run must produce equal results.
 * Checksums are order-independent sums of a 64-bit hash per row (see {@link Checksum}).
 *
 * @param customerSummaries customers summarized (email, name, order count, order total)
 * @param customerChecksum checksum of those summaries
 * @param dashboardRows orders listed on the dashboard (order number, total)
 * @param dashboardChecksum checksum of the dashboard
 * @param shipped orders marked SHIPPED
 * @param exportedRows orders written by the export
 * @param exportChecksum checksum of the exported lines
 * @param imported products inserted by the import
 */
record ShopResults(
        long customerSummaries,
        long customerChecksum,
        long dashboardRows,
        long dashboardChecksum,
        long shipped,
        long exportedRows,
        long exportChecksum,
        long imported) {}
