package nl.werving.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class AutomationApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFF = "{\"enabled\":false}";
    private static final String ON = "{\"enabled\":true}";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    Vacancies vacancies;
    @Autowired
    AutomationSwitches switches;
    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient anonymous;
    private HttpTestClient hr;
    private HttpTestClient recruiter;
    private UUID vacancyId;

    @BeforeEach
    void setUp() {
        anonymous = new HttpTestClient(port);
        hr = anonymous.as(TestUsers.member(identityService, "ithr", WervingGroups.HR), TestUsers.PASSWORD);
        recruiter = anonymous.as(TestUsers.member(identityService, "itrecruiter", WervingGroups.RECRUITERS),
                TestUsers.PASSWORD);
        vacancyId = vacancies.publishIfAbsent("Integration test vacancy " + UUID.randomUUID(), "Automation tests").getId();
    }

    @AfterEach
    void switchAutomationBackOn() {
        switches.switchOnGlobally();
    }

    @Test
    void automationIsOnUntilHrSwitchesItOff() throws Exception {
        assertThat(enabled(hr.get("/api/automation"))).isTrue();

        HttpResponse<String> switched = put(hr, "/api/automation", OFF);

        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(enabled(switched)).isFalse();
        assertThat(enabled(hr.get("/api/automation"))).isFalse();
        assertThat(switches.isAutomationOn(vacancyId)).isFalse();
        assertThat(jdbc.queryForObject("select enabled from automation_switch where vacancy_id is null", Boolean.class))
                .isFalse();
    }

    @Test
    void hrSwitchesTheGlobalSwitchBackOn() throws Exception {
        put(hr, "/api/automation", OFF);

        HttpResponse<String> switched = put(hr, "/api/automation", ON);

        assertThat(enabled(switched)).isTrue();
        assertThat(switches.isAutomationOn(null)).isTrue();
    }

    @Test
    void hrSwitchesAutomationOffForOneVacancy() throws Exception {
        UUID otherVacancy = vacancies.publishIfAbsent("Integration test vacancy " + UUID.randomUUID(), "Other").getId();
        String path = "/api/vacancies/" + vacancyId + "/automation";
        assertThat(enabled(hr.get(path))).isTrue();

        HttpResponse<String> switched = put(hr, path, OFF);

        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(enabled(switched)).isFalse();
        assertThat(enabled(hr.get(path))).isFalse();
        assertThat(switches.isAutomationOn(vacancyId)).isFalse();
        assertThat(switches.isAutomationOn(otherVacancy)).isTrue();
        assertThat(enabled(hr.get("/api/automation"))).isTrue();
        assertThat(jdbc.queryForObject("select enabled from automation_switch where vacancy_id = ?", Boolean.class,
                vacancyId)).isFalse();

        assertThat(enabled(put(hr, path, ON))).isTrue();
        assertThat(switches.isAutomationOn(vacancyId)).isTrue();
    }

    @Test
    void aVacancySwitchKeepsItsPositionWhileTheGlobalSwitchIsOff() throws Exception {
        put(hr, "/api/automation", OFF);

        assertThat(enabled(hr.get("/api/vacancies/" + vacancyId + "/automation"))).isTrue();
        assertThat(switches.isAutomationOn(vacancyId)).isFalse();
    }

    @Test
    void anUnknownVacancyIsNotFound() {
        String path = "/api/vacancies/" + UUID.randomUUID() + "/automation";

        assertThat(hr.get(path).statusCode()).isEqualTo(404);
        HttpResponse<String> switched = put(hr, path, OFF);
        assertThat(switched.statusCode()).isEqualTo(404);
        assertThat(switched.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aSettingWithoutEnabledIsRefused() throws Exception {
        HttpResponse<String> response = put(hr, "/api/automation", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("enabled");
        assertThat(switches.isAutomationOn(null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/automation", "/api/vacancies/{vacancy}/automation"})
    void recruitersMayNotTouchTheSwitches(String template) {
        String path = template.replace("{vacancy}", vacancyId.toString());

        assertThat(recruiter.get(path).statusCode()).isEqualTo(403);
        assertThat(put(recruiter, path, OFF).statusCode()).isEqualTo(403);
        assertThat(switches.isAutomationOn(vacancyId)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/automation", "/api/vacancies/{vacancy}/automation"})
    void anonymousCallersMustLogIn(String template) {
        String path = template.replace("{vacancy}", vacancyId.toString());

        assertThat(anonymous.get(path).statusCode()).isEqualTo(401);
        assertThat(put(anonymous, path, OFF).statusCode()).isEqualTo(401);
        assertThat(switches.isAutomationOn(vacancyId)).isTrue();
    }

    private static HttpResponse<String> put(HttpTestClient client, String path, String json) {
        return client.put(path, "application/json", json);
    }

    private static boolean enabled(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("enabled").asBoolean();
    }
}
