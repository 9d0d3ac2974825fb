package dev.leanjdbc.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real browser for tests of the HTML pages leanjdbc writes: Debian's {@code chromium} in headless mode,
 * driven over the DevTools protocol with the JDK's own WebSocket client (no Selenium, so no dependency tree
 * to converge). One instance opens one page at 1280 px wide, collects console errors and uncaught
 * exceptions, evaluates JavaScript and takes screenshots.
 *
 * <p>{@link #open} skips the calling test (a JUnit assumption) when no chromium is installed and {@code CI}
 * is not set; under {@code CI=true} a missing browser fails the test ({@code .ci/run} installs it).
 */
public final class HeadlessChromium implements AutoCloseable {

    /** The viewport width the pages must fit: a laptop screen. */
    public static final int WIDTH = 1280;

    private static final List<String> CANDIDATES =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The chromium binary: {@code CHROMIUM} if set, else the first of the usual Debian paths present. */
    static Path findBinary() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) {
            return Files.isExecutable(Path.of(env)) ? Path.of(env) : null;
        }
        return CANDIDATES.stream()
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
    }

    /**
     * Starts chromium on {@code page} (a file) with a {@value #WIDTH} x {@code height} window and waits until
     * the page has loaded.
     */
    public static HeadlessChromium open(Path page, int height) throws IOException, InterruptedException {
        Path binary = findBinary();
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (binary == null && !ci) {
            assumeTrue(
                    false,
                    "no chromium found (tried $CHROMIUM, else " + CANDIDATES + "): install it with"
                            + " `apt-get install -y chromium chromium-driver`; under CI=true this test fails instead");
        }
        if (binary == null) {
            throw new IllegalStateException("CI=true but no chromium at " + CANDIDATES + " or $CHROMIUM:"
                    + " .ci/run installs it with `apt-get install -y chromium chromium-driver`");
        }
        Path profile = Files.createTempDirectory("leanjdbc-chromium-");
        Process process = new ProcessBuilder(
                        binary.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--hide-scrollbars",
                        "--user-data-dir=" + profile,
                        "--remote-debugging-port=0",
                        "--window-size=" + WIDTH + "," + height,
                        "about:blank")
                .redirectErrorStream(true)
                .start();
        try {
            String browserUrl = awaitDevToolsUrl(process);
            URI http = URI.create(browserUrl.replaceFirst("^ws://", "http://").replaceFirst("/devtools/.*$", ""));
            String pageSocket = pageWebSocketUrl(http);
            List<HeadlessChromium> holder = new ArrayList<>(1);
            WebSocket socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create(pageSocket), new Listener(holder))
                    .get(30, TimeUnit.SECONDS);
            HeadlessChromium browser = new HeadlessChromium(process, profile, socket);
            holder.add(browser);
            browser.call("Runtime.enable", Map.of());
            browser.call("Log.enable", Map.of());
            browser.call("Page.enable", Map.of());
            browser.call(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", WIDTH, "height", height, "deviceScaleFactor", 1, "mobile", false));
            browser.call("Page.navigate", Map.of("url", page.toUri().toString()));
            browser.loaded.get(30, TimeUnit.SECONDS);
            // The load event could still be about:blank's: wait until the page itself is complete.
            String url = page.toUri().toString();
            for (int attempt = 0;
                    !Boolean.TRUE.equals(browser.eval(
                            "location.href === " + Json.write(url) + " && document.readyState === 'complete'"));
                    attempt++) {
                if (attempt == 100) {
                    throw new IOException("chromium did not finish loading " + url + " in 10 s");
                }
                Thread.sleep(100);
            }
            return browser;
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("chromium " + binary + " did not open " + page + ": " + e, e);
        }
    }

    private static String awaitDevToolsUrl(Process process) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("DevTools listening on ")) {
                // Keep draining chromium's output so it never blocks on a full pipe.
                Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "chromium-output");
                drain.setDaemon(true);
                drain.start();
                return line.substring("DevTools listening on ".length()).trim();
            }
            if (seen.size() < 20) {
                seen.add(line);
            }
        }
        throw new IOException("chromium exited before it opened DevTools; its output: " + seen);
    }

    private static String pageWebSocketUrl(URI http) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 50; attempt++) {
            String body = client.send(
                            HttpRequest.newBuilder(http.resolve("/json/list")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            for (Object target : (List<?>) Json.parse(body)) {
                Map<?, ?> t = (Map<?, ?>) target;
                if ("page".equals(t.get("type"))) {
                    return (String) t.get("webSocketDebuggerUrl");
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("chromium at " + http + " lists no page target");
    }

    /** Sends one DevTools command and waits for its result. */
    public Map<String, Object> call(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> result = new CompletableFuture<>();
        pending.put(id, result);
        socket.sendText(Json.write(Map.of("id", id, "method", method, "params", params)), true)
                .join();
        try {
            Map<String, Object> reply = result.get(30, TimeUnit.SECONDS);
            if (reply.containsKey("error")) {
                throw new IllegalStateException(method + " failed: " + reply.get("error"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) reply.getOrDefault("result", Map.of());
            return r;
        } catch (Exception e) {
            throw new IllegalStateException("DevTools " + method + ": " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    /** Evaluates {@code expression} in the page and returns its value (JSON types: String, Double, Boolean...). */
    public Object eval(String expression) {
        Map<String, Object> r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.containsKey("exceptionDetails")) {
            throw new IllegalStateException("page threw on `" + expression + "`: " + r.get("exceptionDetails"));
        }
        return ((Map<?, ?>) r.get("result")).get("value");
    }

    /** Console errors and uncaught exceptions the page produced so far. */
    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    /** A PNG of the whole page (beyond the window's height) to {@code file}. */
    public Path screenshot(Path file) throws IOException {
        Map<String, Object> r = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode((String) r.get("data")));
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            socket.abort();
        } finally {
            // Chromium's helper processes (network service, zygote) write into the profile too: end them all.
            List<ProcessHandle> helpers = process.descendants().toList();
            helpers.forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                for (ProcessHandle h : helpers) {
                    h.onExit().get(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                helpers.forEach(ProcessHandle::destroyForcibly);
            }
            deleteProfile();
        }
    }

    /**
     * Removes the temporary profile, best effort: a file a late helper renames while the tree is walked
     * (seen: {@code NoSuchFileException} on a {@code .Network Persistent State} temp file) is retried, and a
     * leftover temp folder never fails the test that used the browser.
     */
    private void deleteProfile() {
        for (int attempt = 0; attempt < 3 && Files.exists(profile); attempt++) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                // walked while a file went away: walk again
            }
        }
    }

    private void onMessage(String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> message = (Map<String, Object>) Json.parse(text);
        Object id = message.get("id");
        if (id instanceof Number n) {
            CompletableFuture<Map<String, Object>> f = pending.get(n.intValue());
            if (f != null) {
                f.complete(message);
            }
            return;
        }
        Object method = message.get("method");
        Object rawParams = message.get("params");
        Map<?, ?> params = rawParams instanceof Map<?, ?> m ? m : Map.of();
        if ("Page.loadEventFired".equals(method)) {
            loaded.complete(null);
        } else if ("Runtime.exceptionThrown".equals(method)) {
            consoleErrors.add("exception: " + params.get("exceptionDetails"));
        } else if ("Runtime.consoleAPICalled".equals(method) && "error".equals(params.get("type"))) {
            consoleErrors.add("console.error: " + params.get("args"));
        } else if ("Log.entryAdded".equals(method)) {
            Map<?, ?> entry = (Map<?, ?>) params.get("entry");
            if (entry != null && "error".equals(entry.get("level"))) {
                consoleErrors.add("log: " + entry.get("text") + " " + entry.get("url"));
            }
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final List<HeadlessChromium> holder;
        private final StringBuilder partial = new StringBuilder();

        Listener(List<HeadlessChromium> holder) {
            this.holder = holder;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                // Events before the browser object exists (none are sent before the first command) are dropped.
                if (!holder.isEmpty()) {
                    holder.get(0).onMessage(text);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    /** The few DevTools JSON messages this class reads and writes; not a general-purpose JSON library. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            return v;
        }

        private Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String k = string();
                    skip();
                    i++; // ':'
                    m.put(k, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        static String write(Object v) {
            if (v instanceof Map<?, ?> m) {
                StringBuilder b = new StringBuilder("{");
                m.forEach((k, val) -> b.append(b.length() > 1 ? "," : "")
                        .append(write(String.valueOf(k)))
                        .append(':')
                        .append(write(val)));
                return b.append('}').toString();
            }
            if (v instanceof String str) {
                StringBuilder b = new StringBuilder("\"");
                for (char c : str.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        b.append('\\').append(c);
                    } else if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
                return b.append('"').toString();
            }
            return String.valueOf(v);
        }
    }
}
