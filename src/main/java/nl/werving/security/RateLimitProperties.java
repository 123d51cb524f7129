package nl.werving.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests of each limited kind one client address may make per minute ({@code werving.rate-limits}).
 *
 * @param applyPerMinute applications submitted, through the API or the portal
 * @param linksPerMinute candidate link and survey pages opened or used
 * @param loginsPerMinute login attempts on Werving's login page and the Camunda webapps
 */
@ConfigurationProperties("werving.rate-limits")
record RateLimitProperties(@DefaultValue("20") int applyPerMinute, @DefaultValue("120") int linksPerMinute,
        @DefaultValue("10") int loginsPerMinute) {

    RateLimitProperties {
        if (applyPerMinute < 1 || linksPerMinute < 1 || loginsPerMinute < 1) {
            throw new IllegalArgumentException("werving.rate-limits: every limit must be at least 1 per minute");
        }
    }
}
