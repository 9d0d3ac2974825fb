package dev.leanjdbc.spring.boot.memory;

import dev.leanjdbc.testing.ForkedJvm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Child-JVM main for {@link MemoryServerTest}: {@link MemoryApp} in a small heap with the starter's
 * production settings — a 50,000-row read budget that throws, a held-rows budget on exports, problem
 * responses, the memory-pressure monitor stopping the culprit — hit by each case in turn. Prints one {@code
 * KEY status body} line per request; exits 0 if the server still answers at the end. Database from {@code
 * -Dleanjdbc.url/user/password}.
 */
public final class MemoryServer {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static String base;

    public static void main(String[] args) throws Exception {
        var db = ForkedJvm.childDatabase();
        ConfigurableApplicationContext app = SpringApplication.run(
                MemoryApp.class,
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + db.getJdbcUrl(),
                "--spring.datasource.username=" + db.getUsername(),
                "--spring.datasource.password=" + db.getPassword(),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--leanjdbc.test.shared-analyzer=false",
                "--leanjdbc.web.budget.max-rows-read=50000",
                "--leanjdbc.web.budget.action=throw",
                "--leanjdbc.web.routes[0].pattern=/export/**",
                "--leanjdbc.web.routes[0].budget.max-rows-held=500000",
                "--leanjdbc.web.problem-details=true",
                "--leanjdbc.memory-pressure.enabled=true",
                "--leanjdbc.memory-pressure.threshold=0.6",
                "--leanjdbc.memory-pressure.action=stop",
                "--leanjdbc.memory-pressure.min-interval=10s");
        base = "http://127.0.0.1:" + app.getEnvironment().getRequiredProperty("local.server.port");
        print("WARM", get("/items/1"));
        print("BUFFERED", get("/report?rows=2000000"));
        print("AFTER-BUFFERED", get("/items/2"));
        print("EXPORT", get("/export?rows=300000"));
        print("HOARD", get("/hoard?rows=20000000"));
        print("STALE-EXPORT", get("/export?rows=300000")); // dead rows of the hoard still fill the old generation
        print("HOARD-AGAIN", get("/hoard?rows=20000000")); // within the 10 s report interval of the first
        AtomicReference<HttpResponse<String>> export = new AtomicReference<>();
        Thread exporter = new Thread(() -> {
            try {
                export.set(get("/export?rows=3000000"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        exporter.start();
        Thread.sleep(500); // the export has read more rows by the time the hoard balloons
        print("CONCURRENT-HOARD", get("/hoard?rows=20000000"));
        exporter.join();
        print("CONCURRENT-EXPORT", export.get());
        int ok = 0;
        for (int i = 1; i <= 20; i++) {
            if (get("/items/" + i).statusCode() == 200) {
                ok++;
            }
        }
        System.out.println("AFTER ok=" + ok);
        app.close();
        System.exit(ok == 20 ? 0 : 1);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofMinutes(1))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void print(String key, HttpResponse<String> r) {
        String body = r.body().length() > 400 ? r.body().substring(0, 400) : r.body();
        System.out.println(key + " " + r.statusCode() + " "
                + r.headers().firstValue("Content-Type").orElse("-") + " " + body.replace('\n', ' '));
    }
}
