package dev.leanjdbc.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The products a supplier sends for import: deterministic, so both runs insert the same rows. */
final class SupplierFeed {

    /** One product of the feed. */
    record NewProduct(String sku, String name, String category, BigDecimal price, int stock) {}

    private static final String[] CATEGORIES = {"garden", "kitchen", "toys", "books", "tools"};

    private SupplierFeed() {}

    static List<NewProduct> products(int count) {
        List<NewProduct> products = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            products.add(new NewProduct(
                    String.format(Locale.ROOT, "%s%06d", Workload.IMPORT_SKU_PREFIX, i),
                    "Imported product " + i,
                    CATEGORIES[i % CATEGORIES.length],
                    BigDecimal.valueOf(199 + (i * 37L) % 9_800, 2),
                    i % 50));
        }
        return products;
    }
}
