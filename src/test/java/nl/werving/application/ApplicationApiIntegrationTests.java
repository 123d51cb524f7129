package nl.werving.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;
import nl.werving.process.HiringProcess;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class ApplicationApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient http;
    private UUID openVacancy;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        openVacancy = vacancies.publishIfAbsent("Integration test vacancy", "A vacancy for the API tests").getId();
    }

    @Test
    void aValidApplicationIsStoredAndStartsItsHiringProcess() throws Exception {
        HttpResponse<String> response = http.postJson("/api/applications", body(openVacancy, "Sam de Vries",
                "sam.devries@example.org"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode created = JSON.readTree(response.body());
        String reference = created.get("reference").asText();
        assertThat(ApplicationReference.isWellFormed(reference)).isTrue();
        assertThat(created.get("status").asText()).isEqualTo("SUBMITTED");

        String applicationId = jdbc.queryForObject("select id from application where reference = ?", String.class,
                reference);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(HiringProcess.PROCESS_KEY).processInstanceBusinessKey(reference).singleResult();
        assertThat(instance).isNotNull();
        assertThat(instance.isEnded()).isFalse();
        assertThat(runtimeService.getVariables(instance.getId()))
                .containsEntry(HiringProcess.VAR_APPLICATION_ID, applicationId)
                .containsEntry(HiringProcess.VAR_VACANCY_ID, openVacancy.toString());
    }

    @Test
    void theApplicantsContactDetailsStayOutOfTheProcess() {
        String reference = reference(http.postJson("/api/applications", body(openVacancy, "Noor Marker-Qx81",
                "noor.marker-qx81@example.org")));

        String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference)
                .singleResult().getId();
        assertThat(reference).doesNotContain("Noor").doesNotContain("qx81");
        assertThat(runtimeService.getVariables(instanceId).values())
                .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContainIgnoringCase("qx81"));
    }

    static Stream<Arguments> invalidBodies() {
        String opening = "\"vacancyId\":\"%s\",\"privacyNoticeVersion\":\"2026-11\"";
        String notice = "\"privacyNoticeVersion\":\"2026-11\"";
        return Stream.of(
                Arguments.of("missing name", "{" + opening + ",\"email\":\"a@example.org\"}", "fullName"),
                Arguments.of("blank name", "{" + opening + ",\"fullName\":\"  \",\"email\":\"a@example.org\"}", "fullName"),
                Arguments.of("oversized name", "{" + opening + ",\"fullName\":\"" + "x".repeat(201)
                        + "\",\"email\":\"a@example.org\"}", "fullName"),
                Arguments.of("control characters in name", "{" + opening
                        + ",\"fullName\":\"Sam\\u0000Bobby\",\"email\":\"a@example.org\"}", "fullName"),
                Arguments.of("garbage e-mail", "{" + opening + ",\"fullName\":\"Sam\",\"email\":\"not-an-address\"}", "email"),
                Arguments.of("oversized e-mail", "{" + opening + ",\"fullName\":\"Sam\",\"email\":\"" + "a".repeat(250)
                        + "@example.org\"}", "email"),
                Arguments.of("garbage phone", "{" + opening
                        + ",\"fullName\":\"Sam\",\"email\":\"a@example.org\",\"phone\":\"call me maybe\"}", "phone"),
                Arguments.of("unknown language", "{" + opening
                        + ",\"fullName\":\"Sam\",\"email\":\"a@example.org\",\"language\":\"fr\"}", "language"),
                Arguments.of("missing vacancy", "{" + notice + ",\"fullName\":\"Sam\",\"email\":\"a@example.org\"}",
                        "vacancyId"),
                Arguments.of("garbage vacancy id", "{" + notice
                        + ",\"vacancyId\":\"not-a-uuid\",\"fullName\":\"Sam\",\"email\":\"a@example.org\"}", "vacancyId"),
                Arguments.of("missing privacy notice version",
                        "{\"vacancyId\":\"%s\",\"fullName\":\"Sam\",\"email\":\"a@example.org\"}", "privacyNoticeVersion"),
                Arguments.of("blank privacy notice version", "{\"vacancyId\":\"%s\",\"privacyNoticeVersion\":\" \","
                        + "\"fullName\":\"Sam\",\"email\":\"a@example.org\"}", "privacyNoticeVersion"),
                Arguments.of("wrong type", "{" + opening + ",\"fullName\":{\"first\":\"Sam\"},\"email\":\"a@example.org\"}",
                        "fullName"),
                Arguments.of("unknown field", "{" + opening + ",\"fullName\":\"Sam\",\"email\":\"a@example.org\",\"status\":\"HIRED\"}",
                        "status"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void badInputIsAProblemDocumentNamingTheFieldAndStoresNothing(String description, String template, String field)
            throws Exception {
        State before = state();

        HttpResponse<String> response = http.postJson("/api/applications", template.formatted(openVacancy));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at nl.werving");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() throws Exception {
        State before = state();

        HttpResponse<String> malformed = http.postJson("/api/applications", "{\"vacancyId\": ");
        HttpResponse<String> plainText = http.post("/api/applications", "text/plain", "Sam, sam@example.org");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("detail").asText()).contains("not well-formed JSON");
        assertThat(plainText.statusCode()).isEqualTo(415);
        assertThat(plainText.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anUnknownVacancyIsUnprocessable() throws Exception {
        State before = state();

        HttpResponse<String> response = http.postJson("/api/applications", body(UUID.randomUUID(), "Sam", "a@example.org"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("vacancyId");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aClosedVacancyTakesNoApplications() throws Exception {
        UUID closed = vacancies.publishIfAbsent("Integration test closed vacancy", "Closed").getId();
        vacancies.close(closed);
        State before = state();

        HttpResponse<String> response = http.postJson("/api/applications", body(closed, "Sam", "a@example.org"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).get("title").asText()).isEqualTo("Vacancy closed");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void whenTheProcessCannotStartNothingIsStored() throws Exception {
        State before = state();
        repositoryService.suspendProcessDefinitionByKey(HiringProcess.PROCESS_KEY);
        try {
            HttpResponse<String> response = http.postJson("/api/applications", body(openVacancy, "Sam", "a@example.org"));

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(response.body()).get("title").asText()).isEqualTo("Intake paused");
            assertThat(state()).isEqualTo(before);
        } finally {
            repositoryService.activateProcessDefinitionByKey(HiringProcess.PROCESS_KEY);
        }
    }

    @Test
    void openVacanciesAreListedPublicly() throws Exception {
        UUID closed = vacancies.publishIfAbsent("Integration test closed vacancy", "Closed").getId();
        vacancies.close(closed);

        HttpResponse<String> response = http.get("/api/vacancies");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(response.body());
        assertThat(list.findValuesAsText("id")).contains(openVacancy.toString()).doesNotContain(closed.toString());
        assertThat(list.findValuesAsText("title")).contains("Integration test vacancy");
    }

    private static String body(UUID vacancyId, String name, String email) {
        return """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"%s","email":"%s","phone":"+31 6 12345678","language":"en"}"""
                .formatted(vacancyId, name, email);
    }

    private static String reference(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(201);
        try {
            return JSON.readTree(response.body()).get("reference").asText();
        } catch (Exception exception) {
            throw new AssertionError(exception);
        }
    }

    private State state() {
        return new State(
                jdbc.queryForObject("select count(*) from application", Long.class),
                jdbc.queryForObject("select count(*) from applicant", Long.class),
                runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY).count());
    }

    private record State(long applications, long applicants, long processInstances) {
    }
}
