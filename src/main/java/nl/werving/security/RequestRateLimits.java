package nl.werving.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how fast one client (by address) may apply, open candidate links and log in, so that nobody floods the
 * intake, guesses link tokens or tries passwords at speed. Each kind of request has its own token bucket per
 * client; a client over its limit gets a 429 with Retry-After, and nothing of the request is done. Wrong passwords
 * are slowed down further by Camunda's own login throttling, per user.
 */
class RequestRateLimits extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestRateLimits.class);

    /** The kinds of request that are limited, and how each is recognised. */
    enum Kind {
        APPLY, LINK, LOGIN;

        private static final Pattern PORTAL_APPLY = Pattern.compile("/vacancies/[^/]+/apply");
        private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

        static Optional<Kind> of(HttpServletRequest request) {
            String path = request.getRequestURI();
            String method = request.getMethod();
            if ("POST".equals(method) && (path.equals("/api/applications") || PORTAL_APPLY.matcher(path).matches())) {
                return Optional.of(APPLY);
            }
            if (path.startsWith("/c/") || path.startsWith("/survey/")) {
                return Optional.of(LINK);
            }
            if ("POST".equals(method) && (path.equals("/login")
                    || WEBAPP_LOGIN.matcher(path).matches())) {
                return Optional.of(LOGIN);
            }
            return Optional.empty();
        }
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, \
            initial-scale=1"><title>Even geduld – Werving</title><link rel="stylesheet" href="/css/werving.css">\
            </head><body><main><h1>Even geduld</h1><p>Er kwamen te veel verzoeken tegelijk van jouw adres. \
            Wacht %d seconden en probeer het dan opnieuw. Wat je invulde, is niet verstuurd.</p>\
            <p lang="en">Too many requests came from your address at once. Please wait %d seconds and try again. \
            What you filled in was not sent.</p></main></body></html>
            """;

    private final RateLimitProperties limits;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    RequestRateLimits(RateLimitProperties limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Kind> kind = Kind.of(request);
        if (kind.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Bucket bucket = buckets.get(kind.get() + ":" + request.getRemoteAddr(), key -> newBucket(kind.get()));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        log.warn("Refused a {} request over the rate limit; retry after {} s", kind.get(), retryAfter);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsPage(request)) {
            response.setContentType("text/html");
            response.getWriter().write(PAGE.formatted(retryAfter, retryAfter));
            return;
        }
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
                + "\"detail\":\"Too many requests of this kind from your address. Please wait " + retryAfter
                + " seconds and try again.\"}");
    }

    /** A browser on one of the pages (not the API) gets a page it can show, in both languages. */
    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    private Bucket newBucket(Kind kind) {
        int perMinute = switch (kind) {
            case APPLY -> limits.applyPerMinute();
            case LINK -> limits.linksPerMinute();
            case LOGIN -> limits.loginsPerMinute();
        };
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
