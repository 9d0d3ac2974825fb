package dev.leanjdbc.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;

/**
 * Undoes what a run of the shop application wrote, so the naive and the lean run start from the same data.
 * Runs on the unwrapped data source: it is not part of the work being measured.
 */
final class ShopReset {

    private ShopReset() {}

    static void undoWrites(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps =
                    c.prepareStatement("update orders set status = 'PAID', shipped_at = null where shipped_at = ?")) {
                ps.setTimestamp(1, Timestamp.valueOf(Workload.SHIPPED_AT));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("delete from product where sku like ?")) {
                ps.setString(1, Workload.IMPORT_SKU_PREFIX + "%");
                ps.executeUpdate();
            }
        }
    }
}
