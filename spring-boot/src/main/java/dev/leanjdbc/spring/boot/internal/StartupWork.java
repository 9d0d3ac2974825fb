package dev.leanjdbc.spring.boot.internal;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * The application's startup work — schema and {@code data.sql} scripts, Hibernate's bootstrap, runners —
 * recorded in a scope of its own, so the endpoint reports it apart from requests: seeding is not what an
 * operator should act on among the request findings, and its hundreds of single-row INSERTs must not crowd
 * them out. The scope opens on the thread that creates the first DataSource bean (the one refreshing the
 * context) and closes when the application is ready ({@link ApplicationReadyEvent}; for a context not
 * started by {@code SpringApplication}, when it is refreshed). Then the rolling global view is cleared, so
 * it too shows only what ran since.
 */
public final class StartupWork implements ApplicationListener<ApplicationEvent>, DisposableBean {

    /** The bean SpringApplication registers in every context it starts. */
    private static final String SPRING_APPLICATION_ARGUMENTS = "springApplicationArguments";

    private final QueryAnalyzer analyzer;
    private AnalysisScope scope;
    private volatile Report report;

    public StartupWork(QueryAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Opens the startup scope on the current thread, once. */
    public synchronized void begin() {
        if (scope == null && report == null) {
            scope = analyzer.scope("startup");
        }
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationReadyEvent) {
            end();
        } else if (event instanceof ContextRefreshedEvent refreshed
                && !refreshed.getApplicationContext().containsBean(SPRING_APPLICATION_ARGUMENTS)) {
            end();
        }
    }

    synchronized void end() {
        if (scope != null) {
            scope.close();
            report = scope.report();
            scope = null;
            analyzer.resetGlobal();
        }
    }

    /** The startup's report once the application is ready, else {@code null}. */
    public Report report() {
        return report;
    }

    /** A context that fails to start, or closes early, must not leave the scope open on its thread. */
    @Override
    public void destroy() {
        end();
    }
}
