package dev.leanjdbc.testing;

/** Told how far seeding has come, at most every few thousand rows per table and at each table's end. */
@FunctionalInterface
public interface SeedProgress {

    SeedProgress NONE = (table, done, total) -> {};

    /**
     * @param table table being loaded
     * @param rowsDone rows loaded into it so far
     * @param rowsTotal rows it will have (estimated for order lines)
     */
    void progress(String table, long rowsDone, long rowsTotal);
}
