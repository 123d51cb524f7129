package nl.werving.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestRateLimitsTests {

    private final RequestRateLimits limits = new RequestRateLimits(new RateLimitProperties(3, 5, 2));
    private final AtomicInteger passed = new AtomicInteger();
    private final FilterChain chain = (request, response) -> passed.incrementAndGet();

    @Test
    void aClientOverItsApplyLimitGetsA429WithRetryAfterAndTheRequestIsNotDone() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send("POST", "/api/applications", "10.0.0.1").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = send("POST", "/vacancies/abc/apply", "10.0.0.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("Too many requests");
        assertThat(passed).hasValue(3);
    }

    @Test
    void eachClientAndEachKindHasItsOwnLimit() throws Exception {
        for (int i = 0; i < 3; i++) {
            send("POST", "/api/applications", "10.0.0.1");
        }

        assertThat(send("POST", "/api/applications", "10.0.0.2").getStatus()).as("another client").isEqualTo(200);
        assertThat(send("GET", "/c/some-token", "10.0.0.1").getStatus()).as("another kind").isEqualTo(200);
        assertThat(send("POST", "/login", "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(send("POST", "/login", "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", "10.0.0.1").getStatus())
                .as("the webapps' login shares the login limit").isEqualTo(429);
    }

    @Test
    void aBrowserOnAPageGetsAPageInBothLanguages() throws Exception {
        for (int i = 0; i < 3; i++) {
            send("POST", "/vacancies/abc/apply", "10.0.0.3");
        }
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/vacancies/abc/apply");
        request.setRemoteAddr("10.0.0.3");
        request.addHeader("Accept", "text/html,application/xhtml+xml");
        MockHttpServletResponse refused = new MockHttpServletResponse();

        limits.doFilter(request, refused, chain);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getContentAsString()).contains("Wacht").contains("Please wait").contains("<h1>");
    }

    @Test
    void otherRequestsAreNeverLimited() throws Exception {
        for (int i = 0; i < 50; i++) {
            assertThat(send("GET", "/api/vacancies", "10.0.0.1").getStatus()).isEqualTo(200);
            assertThat(send("GET", "/vacancies/abc/apply", "10.0.0.1").getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse send(String method, String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limits.doFilter(request, response, chain);
        return response;
    }
}
