package dev.leanjdbc.spring.boot;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.analyzer.servlet.AnalysisFilter;
import dev.leanjdbc.spring.boot.internal.WebSettings;
import jakarta.servlet.Filter;
import java.util.function.BiConsumer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * In servlet web applications, the analyzer's {@link AnalysisFilter}: one scope per HTTP request (named by
 * method and route template), one log line per request at INFO on {@value AnalysisFilter#LOGGER_NAME},
 * the request budget of {@code leanjdbc.web.budget.*}, budgets per route pattern ({@code
 * leanjdbc.web.routes}) and, opt-in, 503 problem responses for requests a budget or stop ended ({@code
 * leanjdbc.web.problem-details}). Off with {@code leanjdbc.web.enabled=false}.
 */
@AutoConfiguration(after = LeanJdbcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({Filter.class, AnalysisFilter.class, FilterRegistrationBean.class})
@ConditionalOnBooleanProperty(name = "leanjdbc.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "leanjdbc.web.enabled", matchIfMissing = true)
public class LeanJdbcWebAutoConfiguration {

    /** The registration's bean name; define a bean of this name to replace it. */
    public static final String FILTER_BEAN = "leanJdbcAnalysisFilter";

    @Bean(FILTER_BEAN)
    @ConditionalOnBean({QueryAnalyzer.class, LeanJdbcProperties.class})
    @ConditionalOnMissingBean(name = FILTER_BEAN)
    public FilterRegistrationBean<AnalysisFilter> leanJdbcAnalysisFilter(
            QueryAnalyzer analyzer, LeanJdbcProperties properties) {
        LeanJdbcProperties.Web web = properties.web();
        BiConsumer<String, String> fail = (k, m) -> {
            throw new IllegalArgumentException(m);
        };
        ScopeBudget budget = WebSettings.budget(analyzer.defaultBudget(), web.budget(), fail);
        AnalysisFilter.Builder filter = AnalysisFilter.builder(analyzer).budget(budget);
        WebSettings.routes(budget, web, fail, filter::route);
        filter.problemDetails(web.problemDetails());
        if (web.sampleRate() != null) {
            filter.sampleRate(web.sampleRate());
        }
        FilterRegistrationBean<AnalysisFilter> registration = new FilterRegistrationBean<>(filter.build());
        registration.setName(FILTER_BEAN);
        registration.setUrlPatterns(web.urlPatterns());
        registration.setOrder(web.order());
        return registration;
    }
}
