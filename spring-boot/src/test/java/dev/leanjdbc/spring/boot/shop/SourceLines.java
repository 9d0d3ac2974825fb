package dev.leanjdbc.spring.boot.shop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Line numbers of marked lines in this package's sources, so expected call sites follow edits. */
final class SourceLines {

    private SourceLines() {}

    /** {@code OrderService.ordersOfFirstCustomers(OrderService.java:NN)}, the N+1's call site. */
    static String ordersOfSite() {
        return "OrderService.ordersOfFirstCustomers(OrderService.java:" + line("OrderService", "// site:orders-of")
                + ")";
    }

    static int line(String className, String marker) {
        Path file = Path.of("src/test/java/dev/leanjdbc/spring/boot/shop/" + className + ".java");
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).endsWith(marker)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no line ending with " + marker + " in " + file);
    }
}
