package dev.leanjdbc.analyzer.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * A small web application on an embedded Tomcat (loopback, free port) whose servlet reads an {@code item}
 * table through the given DataSource. Routes:
 *
 * <ul>
 *   <li>{@code GET /items/<id>}: one primary-key lookup; names its route through {@link
 *       AnalysisFilter#ROUTE_ATTRIBUTE}.
 *   <li>{@code GET /spring/items/<id>}: the same, route named through Spring MVC's attribute.
 *   <li>{@code GET /plain/<id>}: the same, no route attribute (the scope keeps the path).
 *   <li>{@code GET /n-plus-one}: the ids, then one lookup per id (an N+1).
 *   <li>{@code GET /export?rows=<n>}: reads n generated rows (a runaway read when n is large).
 *   <li>{@code GET /hoard?rows=<n>}: reads n generated rows ({@code system_range} on H2, {@code
 *       generate_series} on PostgreSQL; fetch size 1,000 in a transaction, so PostgreSQL streams, and H2
 *       does when the URL asks for lazy execution) and keeps each as a 100-character string until the
 *       request ends: a heap balloon.
 * </ul>
 *
 * A {@code SQLException} becomes a {@code ServletException}: the container answers 500, the application's
 * ordinary error path.
 */
final class ItemApp implements AutoCloseable {

    static final String SERIES =
            "with recursive r(n) as (select 1 union all select n + 1 from r where n < ?) select n from r";

    /** 100 characters per hoarded row. */
    static final String PAD = "x".repeat(90);

    private final Tomcat tomcat;
    private final Path baseDir;
    private final HttpClient client = HttpClient.newHttpClient();

    ItemApp(DataSource ds, Filter filter) throws IOException, LifecycleException {
        this(ds, def -> def.setFilter(filter), servletContext -> {});
    }

    /**
     * The app with a filter the container makes itself, as {@code web.xml} declares one: by class name, with
     * init parameters; {@code onStartup} runs before filters initialize (where an application's {@code
     * ServletContextListener} would put the analyzer in its attribute).
     */
    static ItemApp declared(
            DataSource ds,
            Class<? extends Filter> filterClass,
            Map<String, String> initParameters,
            Consumer<ServletContext> onStartup)
            throws IOException, LifecycleException {
        return new ItemApp(
                ds,
                def -> {
                    def.setFilterClass(filterClass.getName());
                    initParameters.forEach(def::addInitParameter);
                },
                onStartup);
    }

    /** The app with no filter of its own: {@code onStartup} registers what it wants, as application code does. */
    static ItemApp registering(DataSource ds, Consumer<ServletContext> onStartup)
            throws IOException, LifecycleException {
        return new ItemApp(ds, null, onStartup);
    }

    private ItemApp(DataSource ds, Consumer<FilterDef> filter, Consumer<ServletContext> onStartup)
            throws IOException, LifecycleException {
        baseDir = Files.createTempDirectory("leanjdbc-tomcat");
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        tomcat.setHostname("127.0.0.1");
        tomcat.getConnector().setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context ctx = tomcat.addContext("", baseDir.toString());
        Tomcat.addServlet(ctx, "items", new ItemServlet(ds));
        ctx.addServletMappingDecoded("/*", "items");
        ctx.addServletContainerInitializer((classes, servletContext) -> onStartup.accept(servletContext), null);
        if (filter != null) {
            FilterDef def = new FilterDef();
            def.setFilterName("leanjdbc");
            filter.accept(def);
            ctx.addFilterDef(def);
            FilterMap map = new FilterMap();
            map.setFilterName("leanjdbc");
            map.addURLPattern("/*");
            ctx.addFilterMap(map);
        }
        tomcat.start();
    }

    /** Creates and fills {@code item} (ids 1..n) unless it exists. */
    static void createItems(DataSource ds, int n) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists item (id int primary key, name varchar(40) not null)");
            try (ResultSet rs = s.executeQuery("select count(*) from item")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into item (id, name) values (?, ?)")) {
                for (int i = 1; i <= n; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "item " + i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    int port() {
        return tomcat.getConnector().getLocalPort();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    private static final class ItemServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient DataSource ds;

        ItemServlet(DataSource ds) {
            this.ds = ds;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
            String path = req.getRequestURI();
            StringBuilder body = new StringBuilder();
            try (Connection c = ds.getConnection()) {
                if (path.startsWith("/items/")) {
                    req.setAttribute(AnalysisFilter.ROUTE_ATTRIBUTE, "/items/{id}");
                    body.append(name(c, Integer.parseInt(path.substring("/items/".length()))));
                } else if (path.startsWith("/spring/items/")) {
                    req.setAttribute(AnalysisFilter.SPRING_MVC_PATTERN_ATTRIBUTE, "/spring/items/{id}");
                    body.append(name(c, Integer.parseInt(path.substring("/spring/items/".length()))));
                } else if (path.startsWith("/plain/")) {
                    body.append(name(c, Integer.parseInt(path.substring("/plain/".length()))));
                } else if (path.equals("/n-plus-one")) {
                    try (Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("select id from item where id <= 5 order by id")) {
                        while (rs.next()) {
                            body.append(name(c, rs.getInt(1))).append('\n');
                        }
                    }
                } else if (path.equals("/hoard")) {
                    // the bug the budget is for: a streamed export that keeps every row in memory
                    List<String> rows = new ArrayList<>();
                    c.setAutoCommit(false);
                    boolean h2 = c.getMetaData().getDatabaseProductName().startsWith("H2");
                    String series =
                            h2 ? "select * from system_range(1, ?)" : "select n from generate_series(1, ?) as g(n)";
                    try (PreparedStatement ps = c.prepareStatement(series)) {
                        ps.setFetchSize(1_000);
                        ps.setInt(1, Integer.parseInt(req.getParameter("rows")));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rows.add(PAD + rs.getLong(1));
                            }
                        }
                    } finally {
                        c.rollback();
                        c.setAutoCommit(true);
                    }
                    body.append(rows.size());
                } else if (path.equals("/export")) {
                    long sum = 0;
                    try (PreparedStatement ps = c.prepareStatement(SERIES)) {
                        ps.setInt(1, Integer.parseInt(req.getParameter("rows")));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                sum += rs.getLong(1);
                            }
                        }
                    }
                    body.append(sum);
                } else {
                    resp.sendError(404);
                    return;
                }
            } catch (SQLException e) {
                throw new ServletException("database error", e);
            }
            resp.setContentType("text/plain");
            resp.getWriter().write(body.toString());
        }

        private static String name(Connection c, int id) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("select name from item where id = ?")) {
                ps.setInt(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "?";
                }
            }
        }
    }
}
