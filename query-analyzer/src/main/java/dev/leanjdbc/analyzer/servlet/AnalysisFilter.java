package dev.leanjdbc.analyzer.servlet;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.BudgetExceededException;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.analyzer.ScopeStoppedException;
import dev.leanjdbc.analyzer.internal.NumberText;
import dev.leanjdbc.analyzer.internal.RouteBudgets;
import dev.leanjdbc.analyzer.internal.StopProblem;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code jakarta.servlet} filter (Servlet 6) that runs every HTTP request in its own {@link AnalysisScope}
 * and logs one line per request at INFO on {@value #LOGGER_NAME}:
 *
 * <pre>
 * GET /orders/{id} 200 in 12.4 ms: 3 statements, 57 rows, 1 finding (N_PLUS_ONE)
 * </pre>
 *
 * <h2>Scope name</h2>
 *
 * The HTTP method and the route template when the framework published one as a request attribute by the
 * time the request ends, else the path (without context path and query). Attributes looked at, in order:
 * those given to {@link Builder#routeAttribute}, then {@value #ROUTE_ATTRIBUTE} (set it yourself), then
 * Spring MVC's {@value #SPRING_MVC_PATTERN_ATTRIBUTE}. While the request runs the scope is named by path;
 * it is {@linkplain AnalysisScope#rename renamed} to the route at the end, before it closes.
 *
 * <h2>What it does per request</h2>
 *
 * <ul>
 *   <li>Opens the scope with the {@linkplain Builder#budget budget} (budgets, {@linkplain
 *       QueryAnalyzer#inFlightScopes() in-flight} tracking and meters see every request), and exposes it
 *       as request attribute {@value #SCOPE_ATTRIBUTE}.
 *   <li>Closes it when the chain returns or throws; an exception passes through untouched.
 *   <li>Logs the line for a {@linkplain Builder#sampleRate sampled} fraction of requests (all by default).
 * </ul>
 *
 * Only {@link DispatcherType#REQUEST} dispatches open a scope: forwards, includes and error pages of a
 * request run inside its scope already. For asynchronous requests the scope covers the part that ran on
 * the container thread; attach it ({@link AnalysisScope#wrap}) to continue elsewhere.
 *
 * <p>Plain Java, no container specifics: create it with {@link #builder(QueryAnalyzer)} and register the
 * instance ({@code ServletContext.addFilter}, Spring Boot's {@code FilterRegistrationBean}, Jetty's {@code
 * FilterHolder}); or declare it in {@code web.xml} and put the analyzer in servlet-context attribute
 * {@value #ANALYZER_ATTRIBUTE} (see {@link #AnalysisFilter()}).
 *
 * <p><b>Performance.</b> Per request: one scope (its aggregates and detectors at close), one random draw,
 * and, when sampled, one formatted log line.
 */
public final class AnalysisFilter implements Filter {

    /** The logger of the per-request lines. */
    public static final String LOGGER_NAME = "dev.leanjdbc.analyzer.request";

    /** Request attribute through which the application (or a framework adapter) names the route template. */
    public static final String ROUTE_ATTRIBUTE = "dev.leanjdbc.analyzer.route";

    /** The request attribute Spring MVC sets to the matched pattern, e.g. {@code /orders/{id}}. */
    public static final String SPRING_MVC_PATTERN_ATTRIBUTE =
            "org.springframework.web.servlet.HandlerMapping.bestMatchingPattern";

    /** Request attribute holding the request's {@link AnalysisScope} while it runs. */
    public static final String SCOPE_ATTRIBUTE = "dev.leanjdbc.analyzer.scope";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    /**
     * Servlet-context attribute where a filter made by the container ({@code web.xml}, no-argument
     * constructor) finds its {@link QueryAnalyzer}: set it when you wrap the {@code DataSource}, before the
     * filter initializes ({@code ServletContextListener.contextInitialized}). Init parameter {@value
     * #INIT_ANALYZER_ATTRIBUTE} names another attribute.
     */
    public static final String ANALYZER_ATTRIBUTE = "dev.leanjdbc.analyzer.QueryAnalyzer";

    /** Init parameter: the servlet-context attribute holding the analyzer (default {@value #ANALYZER_ATTRIBUTE}). */
    public static final String INIT_ANALYZER_ATTRIBUTE = "analyzerAttribute";

    /** Init parameter: {@link Builder#sampleRate}. */
    public static final String INIT_SAMPLE_RATE = "sampleRate";

    /** Init parameter: {@link Builder#routeAttribute}, comma-separated names. */
    public static final String INIT_ROUTE_ATTRIBUTES = "routeAttributes";

    // Set once: by the builder, or by init(FilterConfig) before the container's first doFilter (which the
    // container's own synchronization makes visible to request threads).
    private QueryAnalyzer analyzer;
    private double sampleRate;
    private ScopeBudget budget;
    private RouteBudgets routeBudgets;
    private boolean problemDetails;
    private String[] routeAttributes;

    private AnalysisFilter(Builder b) {
        configure(b);
    }

    /** A filter with the defaults: every request logged, the analyzer's {@linkplain QueryAnalyzer#defaultBudget() default budget}. */
    public AnalysisFilter(QueryAnalyzer analyzer) {
        this(builder(analyzer));
    }

    /**
     * For containers that make the filter themselves ({@code <filter>} in {@code web.xml}, {@code
     * @WebFilter}): {@link #init(FilterConfig)} takes the analyzer from servlet-context attribute {@value
     * #ANALYZER_ATTRIBUTE} and the settings from init parameters:
     *
     * <ul>
     *   <li>{@value #INIT_SAMPLE_RATE}: fraction of requests logged, 0.0 to 1.0 (default 1.0);
     *   <li>{@code maxStatements}, {@code maxRowsRead}, {@code maxRowsBuffered}, {@code action}: the request
     *       budget (see {@link ScopeBudget#withSettings}), over the analyzer's default budget;
     *   <li>{@value #INIT_ROUTE_ATTRIBUTES}: request attributes naming the route template, comma-separated;
     *   <li>{@value #INIT_ANALYZER_ATTRIBUTE}: another servlet-context attribute holding the analyzer.
     * </ul>
     */
    public AnalysisFilter() {}

    private void configure(Builder b) {
        this.analyzer = b.analyzer;
        this.sampleRate = b.sampleRate;
        this.budget = b.budget == null ? b.analyzer.defaultBudget() : b.budget;
        this.routeBudgets = b.routeBudgets;
        this.problemDetails = b.problemDetails;
        List<String> attributes = new ArrayList<>(b.routeAttributes);
        attributes.add(ROUTE_ATTRIBUTE);
        attributes.add(SPRING_MVC_PATTERN_ATTRIBUTE);
        this.routeAttributes = attributes.toArray(new String[0]);
    }

    /**
     * Reads the analyzer and the settings when the container made this filter with the no-argument
     * constructor; a filter made with an analyzer ignores its init parameters.
     *
     * @throws ServletException when the analyzer attribute is missing or a parameter is invalid, naming it
     */
    @Override
    public void init(FilterConfig config) throws ServletException {
        if (analyzer != null) {
            return;
        }
        String attribute = config.getInitParameter(INIT_ANALYZER_ATTRIBUTE);
        if (attribute == null || attribute.isBlank()) {
            attribute = ANALYZER_ATTRIBUTE;
        }
        Object found = config.getServletContext().getAttribute(attribute.trim());
        if (!(found instanceof QueryAnalyzer a)) {
            throw new ServletException(
                    "filter '" + config.getFilterName() + "' found no QueryAnalyzer in servlet-context"
                            + " attribute '" + attribute.trim() + "' (it held "
                            + (found == null ? "nothing" : found.getClass().getName())
                            + "): set it with servletContext.setAttribute(\"" + attribute.trim()
                            + "\", analyzer) before the filter initializes, or register new AnalysisFilter(analyzer)");
        }
        try {
            Builder b = builder(a).budget(a.defaultBudget().withSettings(config::getInitParameter, ""));
            String rate = config.getInitParameter(INIT_SAMPLE_RATE);
            if (rate != null) {
                b.sampleRate(parseRate(rate));
            }
            String routes = config.getInitParameter(INIT_ROUTE_ATTRIBUTES);
            if (routes != null) {
                for (String name : routes.split(",")) {
                    if (!name.isBlank()) {
                        b.routeAttribute(name.trim());
                    }
                }
            }
            configure(b);
        } catch (IllegalArgumentException e) {
            throw new ServletException("filter '" + config.getFilterName() + "': " + e.getMessage(), e);
        }
    }

    private static double parseRate(String raw) {
        try {
            return Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    INIT_SAMPLE_RATE + " must be a number between 0.0 and 1.0, was '" + raw + "'", e);
        }
    }

    public static Builder builder(QueryAnalyzer analyzer) {
        return new Builder(analyzer);
    }

    public double sampleRate() {
        return sampleRate;
    }

    public ScopeBudget budget() {
        return budget;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (analyzer == null) {
            throw new IllegalStateException(
                    "AnalysisFilter made with the no-argument constructor was not initialized: the container calls"
                            + " init(FilterConfig) first; when you register it yourself, use new AnalysisFilter(analyzer)");
        }
        if (!(request instanceof HttpServletRequest http)
                || request.getDispatcherType() != DispatcherType.REQUEST
                || request.getAttribute(SCOPE_ATTRIBUTE) != null) {
            chain.doFilter(request, response);
            return;
        }
        String method = http.getMethod();
        String path = path(http);
        ScopeBudget routed = routeBudgets.isEmpty() ? null : routeBudgets.budget(method, path);
        AnalysisScope scope = analyzer.scope(method + " " + path, routed == null ? budget : routed);
        Throwable failure = null;
        try {
            request.setAttribute(SCOPE_ATTRIBUTE, scope);
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failure = e;
            if (!(problemDetails && answered(response, e))) {
                throw e;
            }
        } finally {
            end(http, response, method, scope, failure);
        }
    }

    /**
     * Answers a request the analyzer ended (budget, stop) with a 503 problem document, when the response is
     * not committed yet; returns false (the exception goes on) otherwise.
     */
    private static boolean answered(ServletResponse response, Throwable failure) {
        String problem = StopProblem.json(failure);
        if (problem == null || response.isCommitted() || !(response instanceof HttpServletResponse http)) {
            return false;
        }
        try {
            http.resetBuffer();
            http.setStatus(StopProblem.STATUS);
            http.setContentType(StopProblem.CONTENT_TYPE);
            http.setCharacterEncoding("UTF-8");
            byte[] body = problem.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            http.setContentLength(body.length);
            try {
                http.getOutputStream().write(body);
            } catch (IllegalStateException writerInUse) {
                http.getWriter().write(problem);
            }
            http.flushBuffer();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void end(
            HttpServletRequest request,
            ServletResponse response,
            String method,
            AnalysisScope scope,
            Throwable failure) {
        try {
            String route = route(request);
            if (route != null) {
                scope.rename(method + " " + route);
            }
        } finally {
            scope.close();
            request.removeAttribute(SCOPE_ATTRIBUTE);
        }
        if (LOG.isInfoEnabled() && sampled()) {
            LOG.info(line(scope.report(), response, failure));
        }
    }

    private boolean sampled() {
        return sampleRate >= 1.0
                || (sampleRate > 0.0 && ThreadLocalRandom.current().nextDouble() < sampleRate);
    }

    private String route(HttpServletRequest request) {
        for (String name : routeAttributes) {
            Object value = request.getAttribute(name);
            if (value != null) {
                String route = value.toString();
                if (!route.isEmpty()) {
                    return route;
                }
            }
        }
        return null;
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (context != null && !context.isEmpty() && uri.startsWith(context)) {
            uri = uri.substring(context.length());
        }
        return uri.isEmpty() ? "/" : uri;
    }

    /** {@code GET /orders/{id} 200 in 12.4 ms: 3 statements, 57 rows, 1 finding (N_PLUS_ONE)}. */
    static String line(Report r, ServletResponse response, Throwable failure) {
        StringBuilder sb = new StringBuilder(96).append(r.name()).append(' ');
        if (failure != null) {
            sb.append("failed (").append(cause(failure)).append(')');
        } else if (response instanceof HttpServletResponse http) {
            sb.append(http.getStatus());
        } else {
            sb.append('-');
        }
        NumberText.appendMillis(sb.append(" in "), r.durationNanos())
                .append(" ms: ")
                .append(r.statementCount())
                .append(r.statementCount() == 1 ? " statement, " : " statements, ")
                .append(r.rowsRead())
                .append(r.rowsRead() == 1 ? " row, " : " rows, ");
        Set<String> types = new LinkedHashSet<>();
        int findings = 0;
        for (Finding f : r.findings()) {
            if (!f.suppressed()) {
                findings++;
                types.add(f.type().name());
            }
        }
        sb.append(findings).append(findings == 1 ? " finding" : " findings");
        if (findings > 0) {
            sb.append(" (").append(String.join(", ", types)).append(')');
        }
        return sb.toString();
    }

    /**
     * The failure's class, or the analyzer's own exception behind it however the application wrapped it
     * (bounded walk): {@code BudgetExceededException: maxRowsRead}, {@code ScopeStoppedException}.
     */
    private static String cause(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (t instanceof BudgetExceededException b) {
                return "BudgetExceededException: " + b.budget();
            }
            if (t instanceof ScopeStoppedException) {
                return "ScopeStoppedException";
            }
        }
        return failure.getClass().getSimpleName();
    }

    /** Settings of an {@link AnalysisFilter}. */
    public static final class Builder {

        private final QueryAnalyzer analyzer;
        private double sampleRate = 1.0;
        /** {@code null}: the analyzer's default budget. */
        private ScopeBudget budget;

        private final List<String> routeAttributes = new ArrayList<>();
        private final RouteBudgets routeBudgets = new RouteBudgets();
        private boolean problemDetails;

        private Builder(QueryAnalyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        }

        /**
         * Fraction of requests whose line is logged, 0.0 (none) to 1.0 (all, the default), drawn at random
         * per request. Every request gets its scope whatever the rate, so budgets and meters see them all.
         */
        public Builder sampleRate(double rate) {
            if (!(rate >= 0.0 && rate <= 1.0)) {
                throw new IllegalArgumentException(
                        "sampleRate must be between 0.0 and 1.0 (the fraction of requests logged), was " + rate);
            }
            this.sampleRate = rate;
            return this;
        }

        /**
         * The budget of each request's scope (default: the analyzer's {@linkplain QueryAnalyzer#defaultBudget()
         * default budget}, unlimited unless set); see {@link ScopeBudget}.
         */
        public Builder budget(ScopeBudget budget) {
            this.budget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /**
         * The budget of requests whose path (without context path and query) matches {@code routePattern},
         * instead of {@link #budget}: {@code [METHOD ]/path}, where a segment {@code *} or {@code {name}}
         * matches one path segment and {@code **} any number. Routes are tried in the order added; the first
         * match wins. E.g. {@code route("/export/**", budget.withMaxRowsHeld(10_000))}, {@code route("GET
         * /orders/{id}", budget.withMaxRowsRead(500))}.
         *
         * @throws IllegalArgumentException naming the pattern when it does not start with '/' (after a method)
         */
        public Builder route(String routePattern, ScopeBudget budget) {
            routeBudgets.add(routePattern, Objects.requireNonNull(budget, "budget"));
            return this;
        }

        /**
         * Whether a request ended by the analyzer — a {@link BudgetExceededException} or {@link
         * dev.leanjdbc.analyzer.ScopeStoppedException} anywhere in the cause chain of what the application
         * threw — is answered here with status 503 and an {@code application/problem+json} body naming the
         * budget (and limit) or the stop and the scope, never the SQL (default false: the exception goes on
         * to the container's or framework's error handling). Only while the response is not committed.
         * 503, not 429: the server declined to spend what the request needs; the client did not send too
         * many requests, and a budget fails the same request again.
         */
        public Builder problemDetails(boolean answer) {
            this.problemDetails = answer;
            return this;
        }

        /** A request attribute holding the route template, looked at before the built-in ones. */
        public Builder routeAttribute(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("routeAttribute must not be blank, was '" + name + "'");
            }
            routeAttributes.add(name);
            return this;
        }

        public AnalysisFilter build() {
            return new AnalysisFilter(this);
        }
    }
}
