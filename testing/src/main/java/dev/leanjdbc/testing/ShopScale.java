package dev.leanjdbc.testing;

/**
 * How much shop data to generate. Order lines are 1 to 5 per order (about 3 on average).
 *
 * @param customers number of customers, &gt; 0
 * @param products number of products, &gt; 0
 * @param orders number of orders, &ge; 0
 */
public record ShopScale(int customers, int products, int orders) {

    /** 10,000 customers, 1,000 products, 100,000 orders, about 300,000 order lines. */
    public static final ShopScale DEFAULT = new ShopScale(10_000, 1_000, 100_000);

    public ShopScale {
        if (customers <= 0) {
            throw new IllegalArgumentException("customers must be > 0, was " + customers);
        }
        if (products <= 0) {
            throw new IllegalArgumentException("products must be > 0, was " + products);
        }
        if (orders < 0) {
            throw new IllegalArgumentException("orders must be >= 0, was " + orders);
        }
    }

    /**
     * The default proportions scaled by {@code factor}: {@code of(1.0)} is {@link #DEFAULT}, {@code of(0.01)}
     * is 100 customers and 1,000 orders.
     */
    public static ShopScale of(double factor) {
        if (!(factor > 0) || factor > 1_000) {
            throw new IllegalArgumentException("scale factor must be > 0 and <= 1000, was " + factor);
        }
        return new ShopScale(
                Math.max(1, (int) Math.round(DEFAULT.customers * factor)),
                Math.max(1, (int) Math.round(Math.min(1.0, factor * 10) * DEFAULT.products)),
                (int) Math.round(DEFAULT.orders * factor));
    }
}
