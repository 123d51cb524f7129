package nl.werving.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PostgresIntegrationTest
class SecurityIntegrationTests {

    private static final byte[] TRIVIAL_PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_SecurityProbe"
                targetNamespace="https://werving.nl/test">
              <bpmn:process id="SecurityProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Probe"/>
              </bpmn:process>
            </bpmn:definitions>
            """.getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;

    private HttpTestClient anonymous;

    @BeforeEach
    void setUp() {
        anonymous = new HttpTestClient(port);
        TestUsers.member(identityService, "itrecruiter", WervingGroups.RECRUITERS);
        TestUsers.member(identityService, "ithr", WervingGroups.HR);
        TestUsers.member(identityService, "itauditor", WervingGroups.AUDITORS);
        TestUsers.member(identityService, "itlockedout", WervingGroups.RECRUITERS);
    }

    @Test
    void theEngineRestApiNeedsCredentials() {
        HttpResponse<String> response = anonymous.get("/engine-rest/process-definition");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void aRecruiterReadsProcessDefinitionsThroughTheRestApi() {
        HttpResponse<String> response = anonymous.as("itrecruiter", TestUsers.PASSWORD)
                .get("/engine-rest/process-definition");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"key\":\"HiringProcess\"");
    }

    @Test
    void aWrongPasswordIsRefusedByTheRestApi() {
        // A failed login locks the user for a while (Camunda's throttling): use a user no other test needs.
        HttpResponse<String> response = anonymous.as("itlockedout", "not-the-password")
                .get("/engine-rest/process-definition");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void authorizationChecksApplyToAuthenticatedRestUsers() {
        // Recruiters have no right to read users' details: with checks on, the engine filters them out.
        HttpResponse<String> response = anonymous.as("itrecruiter", TestUsers.PASSWORD).get("/engine-rest/user");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("\"id\":\"ithr\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"itrecruiter", "itauditor"})
    void onlyHrDeploysProcessModels(String user) {
        HttpResponse<String> response = anonymous.as(user, TestUsers.PASSWORD).postFile(
                "/engine-rest/deployment/create", "SecurityProbe.bpmn", TRIVIAL_PROCESS,
                "deployment-name", "security-probe-" + user);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().deploymentName("security-probe-" + user).count()).isZero();
    }

    @Test
    void hrDeploysAProcessModelTheWayCamundaModelerDoes() {
        HttpResponse<String> response = anonymous.as("ithr", TestUsers.PASSWORD).postFile(
                "/engine-rest/deployment/create", "SecurityProbe.bpmn", TRIVIAL_PROCESS,
                "deployment-name", "security-probe-hr", "deploy-changed-only", "true");
        try {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("SecurityProbe").count())
                    .isPositive();
        } finally {
            repositoryService.createDeploymentQuery().deploymentName("security-probe-hr").list()
                    .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
        }
    }

    @Test
    void theAdminWebappsFirstRunSetupCanNeverCreateAUser() {
        // A real browser session with Camunda's CSRF token, so only Werving's rule can stop the request.
        anonymous.get("/camunda/app/admin/default/");
        String csrfToken = anonymous.cookie("XSRF-TOKEN");

        HttpResponse<String> response = anonymous.post("/camunda/api/admin/setup/default/user/create",
                "application/json", """
                        {"profile":{"id":"intruder","firstName":"I","lastName":"N","email":"intruder@example.org"},
                         "credentials":{"password":"intruder-password"}}""",
                "X-XSRF-TOKEN", csrfToken);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("InvalidRequestException");
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void theAdministratorsGroupAlwaysHasADirectMember() {
        assertThat(identityService.createUserQuery().memberOfGroup(WervingGroups.ADMINS).count()).isPositive();
    }

    @Test
    void theWebappsApiNeedsACamundaLogin() {
        HttpResponse<String> response = anonymous.get("/camunda/api/engine/engine/default/process-definition");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void tasklistServesItsLoginPage() {
        HttpResponse<String> response = anonymous.get("/camunda/app/tasklist/default/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("tasklist");
    }

    @Test
    void healthIsPublic() {
        HttpResponse<String> response = anonymous.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/swagger-ui/index.html", "/actuator/env", "/actuator/metrics",
            "/api/internal-anything"})
    void everythingElseNeedsALogin(String path) {
        HttpResponse<String> response = anonymous.get(path);

        assertThat(response.statusCode()).isIn(302, 401);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void theOpenApiDocumentDescribesThePublicApiToLoggedInUsers() {
        HttpResponse<String> response = anonymous.as("itrecruiter", TestUsers.PASSWORD).get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"").contains("/api/applications").contains("/api/vacancies");
    }

    @Test
    void wervingsOwnLoginChecksPasswordsAgainstTheIdentityService() {
        // A failed login locks the user for a while (Camunda's throttling): use a user no other test needs.
        HttpResponse<String> response = anonymous.as("itlockedout", "wrong-password").get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/vacancies", "/privacy", "/login", "/c/not-a-link", "/api/vacancies",
            "/api/privacy-notice", "/hr/vacancies", "/audit"})
    void everyPageAndApiAnswerCarriesSecurityHeaders(String path) {
        HttpResponse<String> response = anonymous.get(path);

        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(response.headers().firstValue("Cache-Control")).as(path).isPresent();
        if (!path.startsWith("/api/")) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                    csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void behindATlsProxyEveryAnswerTellsBrowsersToStayOnHttps() {
        HttpResponse<String> proxied = anonymous.get("/", "X-Forwarded-Proto", "https");
        HttpResponse<String> plain = anonymous.get("/");

        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("never over plain HTTP").isEmpty();
    }

    @Test
    void portalPagesCarrySecurityHeaders() {
        HttpResponse<String> response = anonymous.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(response.body()).doesNotContain("id=\"demo-mode\"").doesNotContain("Demo mode")
                .doesNotContain("Demomodus");
    }
}
