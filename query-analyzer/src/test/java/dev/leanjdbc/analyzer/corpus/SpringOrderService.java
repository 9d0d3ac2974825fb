package dev.leanjdbc.analyzer.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** An application service written with Spring's JdbcTemplate. */
final class SpringOrderService {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    SpringOrderService(DataSource ds) {
        this.jdbc = new JdbcTemplate(ds);
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    List<String> emailsPerOrder() {
        List<Long> customerIds = jdbc.query(
                "select id, customer_id from orders order by id limit ?",
                (rs, i) -> rs.getLong("id") > 0 ? rs.getLong("customer_id") : 0L,
                30);
        List<String> out = new ArrayList<>();
        for (long id : customerIds) {
            out.add(jdbc.queryForObject("select email from customer where id = ?", String.class, id)); // SPRING-CHILD
        }
        return out;
    }

    String customerEmailTwice(long id) {
        jdbc.queryForObject("select email from customer where id = ?", String.class, id);
        return jdbc.queryForObject("select email from customer where id = ?", String.class, id);
    }

    List<String> orderNumbers(String status) {
        return jdbc.query("select * from orders where status = ?", (rs, i) -> rs.getString("order_number"), status);
    }

    List<Map<String, Object>> wholeCustomers(String country) {
        return jdbc.queryForList("select * from customer where country = ?", country);
    }

    int customersInChunks(List<Long> ids) {
        int found = 0;
        for (int from = 0; from < ids.size(); from += 5) {
            found += named.query(
                            "select id, email from customer where id in (:ids)",
                            Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 5))),
                            (rs, i) -> rs.getString("email"))
                    .size();
        }
        return found;
    }

    void touchOrdersOneByOne(int n) {
        for (long id = 1; id <= n; id++) {
            jdbc.update("update orders set notes = ? where id = ?", "spring", id);
        }
    }

    void touchOrdersBatched(int n) {
        List<Object[]> args = new ArrayList<>();
        for (long id = 1; id <= n; id++) {
            args.add(new Object[] {"spring", id});
        }
        jdbc.batchUpdate("update orders set notes = ? where id = ?", args);
    }
}
