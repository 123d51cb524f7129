package nl.werving.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the rate limits in front of everything else, Spring Security and Camunda's webapps included. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<RequestRateLimits> requestRateLimits(RateLimitProperties limits) {
        FilterRegistrationBean<RequestRateLimits> registration = new FilterRegistrationBean<>(new RequestRateLimits(limits));
        registration.setName("request-rate-limits");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
