package dev.leanjdbc.analyzer.corpus;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** An application service written with JDBI. */
final class JdbiOrderService {

    private static final String INSERT_LINE = "insert into order_line (id, order_id, product_id, line_no, quantity,"
            + " unit_price, discount, line_total) values (:id, 1, 1, :no, 1, 1.00, 0.00, 1.00)";

    private final Jdbi jdbi;

    JdbiOrderService(DataSource ds) {
        this.jdbi = Jdbi.create(ds);
    }

    List<String> emailsPerOrder() {
        return jdbi.withHandle(h -> {
            List<Long> customerIds = h.createQuery("select id, customer_id from orders order by id limit :n")
                    .bind("n", 30)
                    .map((rs, ctx) -> rs.getLong(1) > 0 ? rs.getLong(2) : 0L)
                    .list();
            List<String> out = new ArrayList<>();
            for (long id : customerIds) {
                out.add(h.createQuery("select email from customer where id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one()); // JDBI-CHILD
            }
            return out;
        });
    }

    List<String> statuses() {
        return jdbi.withHandle(h -> h.createQuery("select * from orders order by id")
                .map((rs, ctx) -> rs.getString("status"))
                .list());
    }

    int customersInChunks(List<Long> ids) {
        return jdbi.withHandle(h -> {
            int found = 0;
            for (int from = 0; from < ids.size(); from += 5) {
                found += h.createQuery("select id, email from customer where id in (<ids>)")
                        .bindList("ids", ids.subList(from, Math.min(ids.size(), from + 5)))
                        .mapToMap()
                        .list()
                        .size();
            }
            return found;
        });
    }

    void insertLinesOneByOne(int n) {
        jdbi.useHandle(h -> {
            for (int i = 0; i < n; i++) {
                h.createUpdate(INSERT_LINE)
                        .bind("id", WriteService.FIRST_ID + i)
                        .bind("no", 100 + i)
                        .execute();
            }
        });
    }

    void insertLinesBatched(int n) {
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch(INSERT_LINE);
            for (int i = 0; i < n; i++) {
                batch.bind("id", WriteService.FIRST_ID + i).bind("no", 100 + i).add();
            }
            batch.execute();
        });
    }

    void cleanUp() {
        jdbi.useHandle(h -> h.execute("delete from order_line where id >= ?", WriteService.FIRST_ID));
    }
}
