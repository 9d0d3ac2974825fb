package dev.leanjdbc.spring.boot.shop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Application code on JdbcTemplate: the usual N+1 (the orders of each customer, one query each) and its fix. */
@Service
public class OrderService {

    static final String CUSTOMERS = "select c.id from customer c order by c.id limit ?";
    static final String ORDERS_OF = "select o.id from orders o where o.customer_id = ?";

    private final JdbcTemplate jdbc;

    public OrderService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Order ids of the first {@code n} customers, one query per customer. */
    public Map<Long, List<Long>> ordersOfFirstCustomers(int n) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        for (Long id : jdbc.queryForList(CUSTOMERS, Long.class, n)) {
            out.put(id, jdbc.queryForList(ORDERS_OF, Long.class, id)); // site:orders-of
        }
        return out;
    }

    /** How many orders the first {@code n} customers have, in one statement. */
    public int orderCountOfFirstCustomers(int n) {
        return jdbc.queryForObject(
                "select count(*) from orders o join (select c.id from customer c order by c.id limit ?) c"
                        + " on o.customer_id = c.id",
                Integer.class,
                n);
    }
}
