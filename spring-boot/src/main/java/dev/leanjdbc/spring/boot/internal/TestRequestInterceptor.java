package dev.leanjdbc.spring.boot.internal;

import dev.leanjdbc.junit.TestScopes;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * In tests: adds the {@value TestScopes#HEADER} header naming the test on whose thread a request is sent
 * ({@code RestTemplate}, {@code TestRestTemplate}, {@code RestClient}, {@code RestTestClient}), so the
 * server's {@link TestRequestFilter} attaches the request to that test even when tests run in parallel.
 * Outside a recorded test it adds nothing.
 */
public final class TestRequestInterceptor implements ClientHttpRequestInterceptor {

    public static final TestRequestInterceptor INSTANCE = new TestRequestInterceptor();

    private TestRequestInterceptor() {}

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        String id = TestScopes.currentTestId();
        if (id != null && !request.getHeaders().containsHeader(TestScopes.HEADER)) {
            request.getHeaders().set(TestScopes.HEADER, id);
        }
        return execution.execute(request, body);
    }

    /** Adds the interceptor to {@code interceptors} unless it is there already. */
    public static void addTo(List<ClientHttpRequestInterceptor> interceptors) {
        if (!interceptors.contains(INSTANCE)) {
            interceptors.add(INSTANCE);
        }
    }
}
