package nl.werving.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static resources are served without Spring's resource chain: Werving's stylesheet, and Swagger UI (which sets up a
 * chain of its own) to staff.
 */
@PostgresIntegrationTest
class StaticResourcesIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void setUp() {
        TestUsers.member(identityService, "itstaticreader", WervingGroups.RECRUITERS);
    }

    @Test
    void theStylesheetIsServedToEveryone() {
        HttpResponse<String> response = new HttpTestClient(port).get("/css/werving.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void swaggerUiAndItsScriptsAreServedToStaff() {
        HttpTestClient staff = new HttpTestClient(port).as("itstaticreader", TestUsers.PASSWORD);

        HttpResponse<String> page = staff.get("/swagger-ui/index.html");
        HttpResponse<String> bundle = staff.get("/swagger-ui/swagger-ui-bundle.js");
        HttpResponse<String> initializer = staff.get("/swagger-ui/swagger-initializer.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body()).contains("/v3/api-docs");
    }

    @Test
    void linksOnPagesAreNotLookedUpAmongTheStaticResources() {
        // With Spring's resource chain on, every link a template writes was searched for in the jar's static folders.
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .noneMatch(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
    }
}
