package nl.werving.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class VacancyApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUIREMENTS = """
            {"requirements": [
              {"kind": "SKILL", "label": "Java", "synonyms": ["Java 17", "Java SE"], "minimumYears": 2,
               "mustHave": true, "weight": 10},
              {"kind": "LANGUAGE", "label": "Nederlands", "synonyms": ["Dutch"], "level": "c1", "mustHave": false,
               "weight": 3},
              {"kind": "EDUCATION", "label": "hbo-verpleegkunde", "synonyms": ["hbo-v"], "level": "hbo", "weight": 5},
              {"kind": "CERTIFICATE", "label": "BIG-registratie", "mustHave": true, "weight": 8}],
             "knockoutQuestions": [
              {"questionEn": "Do you have a work permit for the Netherlands?",
               "questionNl": "Heb je een werkvergunning voor Nederland?", "requiredAnswer": true}]}""";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    Vacancies vacancies;
    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient anonymous;
    private HttpTestClient hr;
    private HttpTestClient recruiter;

    @BeforeEach
    void setUp() {
        anonymous = new HttpTestClient(port);
        hr = anonymous.as(TestUsers.member(identityService, "ithr", WervingGroups.HR), TestUsers.PASSWORD);
        recruiter = anonymous.as(TestUsers.member(identityService, "itrecruiter", WervingGroups.RECRUITERS),
                TestUsers.PASSWORD);
    }

    @Test
    void hrCreatesADraftThatIsNotListedUntilOpened() throws Exception {
        String title = "Vacancy API test " + UUID.randomUUID();
        HttpResponse<String> created = hr.postJson("/api/vacancies", """
                {"title": "%s", "description": "Builds things", "salaryMin": 4000, "salaryMax": 5500.50}"""
                .formatted(title));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode vacancy = JSON.readTree(created.body());
        String id = vacancy.get("id").asText();
        assertThat(created.headers().firstValue("Location")).contains("/api/vacancies/" + id);
        assertThat(vacancy.get("status").asText()).isEqualTo("DRAFT");
        assertThat(vacancy.get("requirementsVersion").asInt()).isZero();
        assertThat(vacancy.get("salaryMax").decimalValue()).isEqualByComparingTo("5500.50");
        assertThat(anonymous.get("/api/vacancies").body()).doesNotContain(title);

        HttpResponse<String> opened = hr.postJson("/api/vacancies/" + id + "/open", "");

        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(opened.body()).get("status").asText()).isEqualTo("OPEN");
        assertThat(anonymous.get("/api/vacancies").body()).contains(title);

        HttpResponse<String> closed = hr.postJson("/api/vacancies/" + id + "/close", "");

        assertThat(JSON.readTree(closed.body()).get("status").asText()).isEqualTo("CLOSED");
        assertThat(anonymous.get("/api/vacancies").body()).doesNotContain(title);
        assertThat(JSON.readTree(hr.get("/api/vacancies/" + id).body()).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void hrChangesTitleDescriptionAndSalaryBand() throws Exception {
        UUID id = draft();

        HttpResponse<String> changed = hr.putJson("/api/vacancies/" + id, """
                {"title": "Senior nurse", "description": "Leads a team", "salaryMin": 3900}""");

        assertThat(changed.statusCode()).isEqualTo(200);
        Vacancy stored = vacancies.findById(id).orElseThrow();
        assertThat(stored.getTitle()).isEqualTo("Senior nurse");
        assertThat(stored.getDescription()).isEqualTo("Leads a team");
        assertThat(stored.getSalaryMin()).isEqualByComparingTo("3900");
        assertThat(stored.getSalaryMax()).isNull();
        assertThat(JSON.readTree(hr.get("/api/vacancies/" + id).body()).get("title").asText())
                .isEqualTo("Senior nurse");
    }

    @Test
    void invalidDetailsAreRefusedNamingEachField() throws Exception {
        HttpResponse<String> response = hr.postJson("/api/vacancies", """
                {"title": " ", "description": "Fine", "salaryMin": 6000, "salaryMax": 5000}""");

        assertProblem(response, 400, "title", "salaryMin");
        assertThat(JSON.readTree(hr.putJson("/api/vacancies/" + draft(), """
                {"title": "Fine", "salaryMax": -1}""").body()).get("errors").findValuesAsText("field"))
                .containsExactly("description", "salaryMax");
    }

    @Test
    void requirementsMakeARoundTripAndEveryChangeIsANewVersion() throws Exception {
        UUID id = draft();
        String path = "/api/vacancies/" + id + "/requirements";
        assertThat(JSON.readTree(hr.get(path).body()).get("version").asInt()).isZero();

        HttpResponse<String> first = hr.putJson(path, REQUIREMENTS);

        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode version1 = JSON.readTree(first.body());
        assertThat(version1.get("version").asInt()).isEqualTo(1);
        JsonNode java = version1.get("requirements").get(0);
        assertThat(java.get("id").asText()).isNotBlank();
        assertThat(java.get("synonyms")).extracting(JsonNode::asText).containsExactly("Java 17", "Java SE");
        assertThat(java.get("minimumYears").asInt()).isEqualTo(2);
        assertThat(version1.get("requirements").get(1).get("level").asText()).isEqualTo("C1");
        assertThat(version1.get("requirements").get(2).get("mustHave").asBoolean()).isFalse();
        assertThat(version1.get("knockoutQuestions").get(0).get("id").asText()).isNotBlank();
        assertThat(JSON.readTree(hr.get(path).body())).isEqualTo(version1);
        assertThat(vacancies.requirements(id).requirements()).hasSize(4);

        ObjectNode edit = (ObjectNode) version1.deepCopy();
        ((ObjectNode) edit.get("requirements").get(0)).put("weight", 7);
        ((ArrayNode) edit.get("requirements")).remove(3);
        JsonNode version2 = JSON.readTree(hr.putJson(path, edit.toString()).body());

        assertThat(version2.get("version").asInt()).isEqualTo(2);
        assertThat(version2.get("requirements")).hasSize(3);
        assertThat(version2.get("requirements").get(0).get("id")).isEqualTo(java.get("id"));
        assertThat(version2.get("requirements").get(0).get("weight").asInt()).isEqualTo(7);
        assertThat(version2.get("knockoutQuestions").get(0).get("id"))
                .isEqualTo(version1.get("knockoutQuestions").get(0).get("id"));
        assertThat(JSON.readTree(hr.get("/api/vacancies/" + id).body()).get("requirementsVersion").asInt())
                .isEqualTo(2);

        HttpResponse<String> old = hr.get(path + "/versions/1");
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(old.body())).isEqualTo(version1);
        assertThat(vacancies.requirements(id, 1)).hasValueSatisfying(requirements -> {
            assertThat(requirements.requirements()).hasSize(4);
            assertThat(requirements.requirements().get(0).weight()).isEqualTo(10);
        });
        assertThat(hr.get(path + "/versions/3").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select changed_by from vacancy_requirements_version where vacancy_id = ? "
                + "and version = 2", String.class, id)).isEqualTo("ithr");
    }

    @Test
    void theSameSetSentAgainMakesNoNewVersion() throws Exception {
        String path = "/api/vacancies/" + draft() + "/requirements";
        String version1 = hr.putJson(path, REQUIREMENTS).body();

        HttpResponse<String> again = hr.putJson(path, version1);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anEditOfAnOutdatedVersionIsAConflict() throws Exception {
        String path = "/api/vacancies/" + draft() + "/requirements";
        String version1 = hr.putJson(path, REQUIREMENTS).body();
        hr.putJson(path, "{\"version\": 1, \"requirements\": [], \"knockoutQuestions\": []}");

        HttpResponse<String> stale = hr.putJson(path, version1);

        assertProblem(stale, 409, "version");
        assertThat(JSON.readTree(hr.get(path).body()).get("version").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"kind\": \"SKILL\", \"label\": \"\", \"weight\": 5}|requirements[1].label",
            "{\"kind\": \"SKILL\", \"label\": \"Kafka\", \"weight\": 11}|requirements[1].weight",
            "{\"kind\": \"SKILL\", \"label\": \"Kafka\", \"weight\": 0}|requirements[1].weight",
            "{\"kind\": \"SKILL\", \"label\": \"Kafka\", \"minimumYears\": 51, \"weight\": 5}|requirements[1].minimumYears",
            "{\"kind\": \"LANGUAGE\", \"label\": \"Dutch\", \"weight\": 5}|requirements[1].level",
            "{\"kind\": \"LANGUAGE\", \"label\": \"Dutch\", \"level\": \"fluent\", \"weight\": 5}|requirements[1].level",
            "{\"kind\": \"EDUCATION\", \"label\": \"Nursing\", \"level\": \"vwo\", \"weight\": 5}|requirements[1].level",
            "{\"kind\": \"PERSONALITY\", \"label\": \"Friendly\", \"weight\": 5}|requirements[1].kind"})
    void anInvalidRequirementIsRefusedNamingItsField(String requirement, String field) throws Exception {
        String path = "/api/vacancies/" + draft() + "/requirements";

        HttpResponse<String> response = hr.putJson(path, """
                {"requirements": [{"kind": "SKILL", "label": "Java", "weight": 5}, %s], "knockoutQuestions": []}"""
                .formatted(requirement));

        assertProblem(response, 400, field);
        assertThat(JSON.readTree(hr.get(path).body()).get("version").asInt()).isZero();
    }

    @Test
    void tooManyRequirementsAndQuestionsAreRefused() throws Exception {
        String requirement = "{\"kind\": \"SKILL\", \"label\": \"Java\", \"weight\": 5}";
        String question = "{\"questionEn\": \"Q?\", \"questionNl\": \"V?\", \"requiredAnswer\": true}";
        String body = "{\"requirements\": [" + String.join(",", java.util.Collections.nCopies(51, requirement))
                + "], \"knockoutQuestions\": [" + String.join(",", java.util.Collections.nCopies(21, question)) + "]}";

        assertProblem(hr.putJson("/api/vacancies/" + draft() + "/requirements", body), 400, "requirements",
                "knockoutQuestions");
    }

    @Test
    void anUnknownVacancyIsNotFound() {
        String path = "/api/vacancies/" + UUID.randomUUID();

        assertThat(hr.get(path).statusCode()).isEqualTo(404);
        assertThat(hr.get(path + "/requirements").statusCode()).isEqualTo(404);
        assertThat(hr.putJson(path + "/requirements", REQUIREMENTS).statusCode()).isEqualTo(404);
        assertThat(hr.postJson(path + "/open", "").statusCode()).isEqualTo(404);
        HttpResponse<String> response = anonymous.get(path + "/knockout-questions");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void candidatesSeeTheQuestionsOfAnOpenVacancyOnly() throws Exception {
        UUID id = draft();
        JsonNode stored = JSON.readTree(hr.putJson("/api/vacancies/" + id + "/requirements", REQUIREMENTS).body());
        String path = "/api/vacancies/" + id + "/knockout-questions";
        assertThat(anonymous.get(path).statusCode()).isEqualTo(404);

        hr.postJson("/api/vacancies/" + id + "/open", "");
        HttpResponse<String> response = anonymous.get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode questions = JSON.readTree(response.body());
        assertThat(questions.get("requirementsVersion").asInt()).isEqualTo(1);
        JsonNode question = questions.get("questions").get(0);
        assertThat(question.get("id")).isEqualTo(stored.get("knockoutQuestions").get(0).get("id"));
        assertThat(question.get("questionNl").asText()).isEqualTo("Heb je een werkvergunning voor Nederland?");
        assertThat(question.has("requiredAnswer")).isFalse();

        hr.postJson("/api/vacancies/" + id + "/close", "");
        assertThat(anonymous.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void recruitersMayNotManageVacancies() {
        UUID id = draft();
        String path = "/api/vacancies/" + id;

        assertThat(recruiter.postJson("/api/vacancies", "{\"title\": \"T\", \"description\": \"D\"}").statusCode())
                .isEqualTo(403);
        assertThat(recruiter.get(path).statusCode()).isEqualTo(403);
        assertThat(recruiter.putJson(path, "{\"title\": \"T\", \"description\": \"D\"}").statusCode()).isEqualTo(403);
        assertThat(recruiter.postJson(path + "/open", "").statusCode()).isEqualTo(403);
        assertThat(recruiter.get(path + "/requirements").statusCode()).isEqualTo(403);
        assertThat(recruiter.putJson(path + "/requirements", REQUIREMENTS).statusCode()).isEqualTo(403);
        assertThat(vacancies.findById(id).orElseThrow().getStatus()).isEqualTo(VacancyStatus.DRAFT);
        assertThat(vacancies.requirements(id).version()).isZero();
    }

    @Test
    void anonymousCallersMustLogInToManageVacancies() {
        UUID id = draft();
        String path = "/api/vacancies/" + id;

        for (HttpResponse<String> response : List.of(
                anonymous.postJson("/api/vacancies", "{\"title\": \"T\", \"description\": \"D\"}"),
                anonymous.get(path), anonymous.postJson(path + "/open", ""), anonymous.postJson(path + "/close", ""),
                anonymous.get(path + "/requirements"), anonymous.putJson(path + "/requirements", REQUIREMENTS))) {
            assertThat(response.statusCode()).isEqualTo(401);
        }
        assertThat(anonymous.get("/api/vacancies").statusCode()).isEqualTo(200);
    }

    private UUID draft() {
        return vacancies.createDraft("Vacancy API test " + UUID.randomUUID(), "For the API tests", null, null).getId();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String... fields) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly(fields);
    }
}
