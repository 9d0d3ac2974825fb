package dev.leanjdbc.spring.boot.internal;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.junit.TestScopes;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * In tests: runs each request attached to the test that sent it — the one named by the {@value
 * TestScopes#HEADER} header that the starter's client interceptor adds, else the only test running — so the
 * statements of a request over a real port count for that test's assertions and its suite-report entry.
 * Registered just before the per-request analysis filter, so the request's own scope nests inside the
 * test's. On MockMvc, which runs on the test thread, it changes nothing.
 */
public final class TestRequestFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = request instanceof HttpServletRequest http ? http.getHeader(TestScopes.HEADER) : null;
        try (AnalysisScope.Attachment ignored = TestScopes.attach(id)) {
            chain.doFilter(request, response);
        }
    }
}
