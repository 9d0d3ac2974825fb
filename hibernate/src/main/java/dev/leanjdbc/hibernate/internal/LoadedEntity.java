package dev.leanjdbc.hibernate.internal;

/**
 * One entity instance loaded in a scope, and which of its associations the code read since (a bit per
 * association of its {@link EntityShape}). Shared by the scopes open at the load (nested scopes each
 * count it); held by the instance's interceptor, so it must pin nothing but the entity itself.
 */
final class LoadedEntity {

    final EntityShape shape;
    final Object entity;
    private volatile int reads;
    /** While the module itself looks at the associations' values: those reads are not the code's. */
    private volatile boolean judging;

    LoadedEntity(EntityShape shape, Object entity) {
        this.shape = shape;
        this.entity = entity;
    }

    /** The code read {@code attribute} of the entity (from an enhanced field reader). */
    void read(String attribute) {
        int bit = shape.bit(attribute);
        if (bit != 0 && (reads & bit) == 0 && !judging) {
            synchronized (this) {
                reads |= bit;
            }
        }
    }

    int reads() {
        return reads;
    }

    /** The current value of association {@code i}, read without counting it as the code's read. */
    Object value(int i) {
        judging = true;
        try {
            return shape.associations[i].mapping().getValue(entity);
        } finally {
            judging = false;
        }
    }
}
