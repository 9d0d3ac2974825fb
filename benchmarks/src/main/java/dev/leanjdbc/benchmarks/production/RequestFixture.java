package dev.leanjdbc.benchmarks.production;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * A reusable HTTP request and response for driving the servlet filter without a container. The wrappers
 * answer every method the filter calls directly (no reflection on the measured path); the proxy underneath
 * only satisfies the wrapper constructors and throws if anything else is called.
 */
final class RequestFixture {

    private RequestFixture() {}

    static HttpServletRequest request(String method, String uri) {
        return new HttpServletRequestWrapper(unsupported(HttpServletRequest.class)) {
            private final Map<String, Object> attributes = new HashMap<>();

            @Override
            public String getMethod() {
                return method;
            }

            @Override
            public String getRequestURI() {
                return uri;
            }

            @Override
            public String getContextPath() {
                return "";
            }

            @Override
            public DispatcherType getDispatcherType() {
                return DispatcherType.REQUEST;
            }

            @Override
            public Object getAttribute(String name) {
                return attributes.get(name);
            }

            @Override
            public void setAttribute(String name, Object o) {
                attributes.put(name, o);
            }

            @Override
            public void removeAttribute(String name) {
                attributes.remove(name);
            }
        };
    }

    static HttpServletResponse response() {
        return new HttpServletResponseWrapper(unsupported(HttpServletResponse.class)) {
            @Override
            public int getStatus() {
                return 200;
            }
        };
    }

    private static <T> T unsupported(Class<T> type) {
        return type.cast(
                Proxy.newProxyInstance(RequestFixture.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
                    throw new UnsupportedOperationException(m.getName() + " is not part of the fixture");
                }));
    }
}
