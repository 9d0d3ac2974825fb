package dev.leanjdbc.examples;

import java.time.LocalDateTime;

/**
 * The work the demo's shop application does, the same for the naive and the lean version.
 *
 * @param topCustomers how many of the most loyal customers get an order summary
 * @param dashboardStatus the status of the orders listed on the dashboard
 * @param shipBefore PAID orders placed before this are marked SHIPPED
 * @param newProducts how many products the supplier import adds
 */
record Workload(int topCustomers, String dashboardStatus, LocalDateTime shipBefore, int newProducts) {

    /**
     * The {@code shipped_at} the shipping step writes. The seed never produces it, so {@link
     * ShopReset} can find and undo exactly what a run changed.
     */
    static final LocalDateTime SHIPPED_AT = LocalDateTime.of(2031, 1, 1, 0, 0);

    /** Prefix of the SKUs the import adds, again so that {@link ShopReset} can remove them. */
    static final String IMPORT_SKU_PREFIX = "IMP-";

    /** The work for a shop seeded at {@code scale} ({@code ShopScale.of(scale)}). */
    static Workload forScale(double scale) {
        int customers = (int) Math.max(20, Math.min(500, 500 * scale));
        int products = (int) Math.max(20, Math.min(1_000, 1_000 * scale));
        return new Workload(customers, "NEW", LocalDateTime.of(2023, 4, 1, 0, 0), products);
    }
}
