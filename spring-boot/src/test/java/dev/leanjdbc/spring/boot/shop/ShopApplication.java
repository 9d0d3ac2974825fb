package dev.leanjdbc.spring.boot.shop;

import dev.leanjdbc.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** A small Boot web application on the shop schema, with an N+1 behind one endpoint ({@link OrderController}). */
@SpringBootApplication
public class ShopApplication {

    /** Starts the application on {@code db}, on a random port of the loopback address. */
    public static ConfigurableApplicationContext start(TestDatabase db, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(datasourceArgs(db)));
        args.add("--server.port=0");
        args.add("--server.address=127.0.0.1");
        args.add("--spring.main.banner-mode=off");
        args.addAll(List.of(extraArgs));
        return SpringApplication.run(ShopApplication.class, args.toArray(String[]::new));
    }

    /** {@code spring.datasource.*} pointing at {@code db}. */
    public static String[] datasourceArgs(TestDatabase db) {
        return new String[] {
            "--spring.datasource.url=" + db.jdbcUrl(),
            "--spring.datasource.username=" + db.user(),
            "--spring.datasource.password=" + (db.password() == null ? "" : db.password())
        };
    }

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
