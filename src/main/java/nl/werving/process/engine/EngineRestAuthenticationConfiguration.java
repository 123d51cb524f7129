package nl.werving.process.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts Camunda's HTTP Basic authentication in front of the engine's REST API. Every request must carry the
 * credentials of a user of the identity service, and runs as that user, so the engine's authorization
 * checks apply. Without this filter the REST API would be open and unchecked.
 */
@Configuration
class EngineRestAuthenticationConfiguration {

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthenticationFilter(
            @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter("rest-url-pattern-prefix", restPath);
        registration.addUrlPatterns(restPath + "/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        registration.setAsyncSupported(true);
        return registration;
    }

    /** Runs after authentication, in front of both the engine's REST API and the one the webapps call. */
    @Bean
    FilterRegistrationBean<EngineApiRequestGuard> engineApiRequestGuard(ObjectMapper json,
            @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
        FilterRegistrationBean<EngineApiRequestGuard> registration =
                new FilterRegistrationBean<>(new EngineApiRequestGuard(json));
        registration.setName("engine-api-request-guard");
        registration.addUrlPatterns(restPath + "/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        registration.setAsyncSupported(true);
        return registration;
    }
}
