package dev.leanjdbc.spring.boot.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * In tests: gives the application's and the test's HTTP client beans the {@link TestRequestInterceptor} —
 * {@code RestTemplate}, {@code RestClient.Builder} (each one Boot hands out) and Boot's {@code
 * TestRestTemplate} — so requests to the application's own server carry the id of the test that sent them.
 */
public final class TestClientsPostProcessor implements BeanPostProcessor {

    private static final boolean TEST_REST_TEMPLATE = ClassUtils.isPresent(
            "org.springframework.boot.resttestclient.TestRestTemplate",
            TestClientsPostProcessor.class.getClassLoader());

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RestTemplate template) {
            TestRequestInterceptor.addTo(template.getInterceptors());
        } else if (bean instanceof RestClient.Builder builder) {
            builder.requestInterceptors(TestRequestInterceptor::addTo);
        } else if (TEST_REST_TEMPLATE) {
            TestRestTemplates.intercept(bean);
        }
        return bean;
    }

    /** Kept apart so that the class is loaded only when Boot's resttestclient module is present. */
    private static final class TestRestTemplates {
        static void intercept(Object bean) {
            if (bean instanceof org.springframework.boot.resttestclient.TestRestTemplate t) {
                TestRequestInterceptor.addTo(t.getRestTemplate().getInterceptors());
            }
        }
    }
}
