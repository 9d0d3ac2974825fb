package dev.leanjdbc.spring.boot.shop;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {

    private final OrderService orders;

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping("/customers/orders")
    public Map<Long, List<Long>> ordersOfFirstCustomers(@RequestParam(defaultValue = "6") int n) {
        return orders.ordersOfFirstCustomers(n);
    }

    @GetMapping("/customers/order-count")
    public int orderCount(@RequestParam(defaultValue = "6") int n) {
        return orders.orderCountOfFirstCustomers(n);
    }
}
