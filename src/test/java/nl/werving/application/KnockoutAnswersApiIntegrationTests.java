package nl.werving.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.vacancy.KnockoutQuestionDraft;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.VacancyRequirements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Applying for a vacancy with knock-out questions, end to end over the public API. */
@PostgresIntegrationTest
class KnockoutAnswersApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Applications applications;
    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient http;
    private UUID vacancyId;
    private UUID permit;
    private UUID licence;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        vacancyId = vacancies.createDraft("Knock-out test vacancy " + UUID.randomUUID(), "Drives a van", null, null)
                .getId();
        VacancyRequirements requirements = vacancies.changeRequirements(vacancyId, new RequirementsDraft(null,
                List.of(), List.of(
                        new KnockoutQuestionDraft(null, "Do you have a work permit for the Netherlands?",
                                "Heb je een werkvergunning voor Nederland?", true),
                        new KnockoutQuestionDraft(null, "Do you hold a driving licence B?", "Heb je rijbewijs B?",
                                true))), "ithr");
        permit = requirements.knockoutQuestions().get(0).id();
        licence = requirements.knockoutQuestions().get(1).id();
        vacancies.open(vacancyId);
    }

    @Test
    void answersToEveryQuestionAreStoredWithTheApplication() throws Exception {
        HttpResponse<String> response = apply(Map.of(permit, true, licence, false));

        assertThat(response.statusCode()).isEqualTo(201);
        String reference = JSON.readTree(response.body()).get("reference").asText();
        Application application = applications.findByReference(new ApplicationReference(reference)).orElseThrow();
        assertThat(applications.knockoutAnswers(application.getId()))
                .isEqualTo(Map.of(permit, true, licence, false));
        assertThat(application.getRequirementsVersion()).as("the version whose questions were answered")
                .isEqualTo(java.util.Optional.of(vacancies.requirements(vacancyId).version()));
    }

    @Test
    void theQuestionsThePortalShowsAreTheOnesToAnswer() throws Exception {
        var questions = JSON.readTree(http.get("/api/vacancies/" + vacancyId + "/knockout-questions").body())
                .get("questions").findValuesAsText("id");

        assertThat(questions).containsExactly(permit.toString(), licence.toString());
    }

    @Test
    void aMissingAnswerIsRefusedNamingTheQuestion() throws Exception {
        long before = applicationsForVacancy();

        HttpResponse<String> response = apply(Map.of(permit, true));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field"))
                .containsExactly("knockoutAnswers." + licence);
        assertThat(applicationsForVacancy()).isEqualTo(before);
    }

    @Test
    void noAnswersAtAllAreRefusedNamingEveryQuestion() throws Exception {
        HttpResponse<String> response = http.postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"Sam de Vries","email":"sam@example.org"}""".formatted(vacancyId));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("knockoutAnswers." + permit, "knockoutAnswers." + licence);
    }

    @Test
    void anAnswerToAnUnknownQuestionIsRefused() throws Exception {
        UUID stranger = UUID.randomUUID();
        long before = applicationsForVacancy();

        HttpResponse<String> response = apply(Map.of(permit, true, licence, true, stranger, true));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field"))
                .containsExactly("knockoutAnswers." + stranger);
        assertThat(applicationsForVacancy()).isEqualTo(before);
    }

    @Test
    void anAnswerThatIsNeitherYesNorNoIsRefused() throws Exception {
        long before = applicationsForVacancy();

        HttpResponse<String> response = http.postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11","fullName":"Sam de Vries","email":"sam@example.org",
                 "knockoutAnswers":{"%s":true,"%s":null}}""".formatted(vacancyId, permit, licence));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field"))
                .anySatisfy(field -> assertThat(field).startsWith("knockoutAnswers"));
        assertThat(applicationsForVacancy()).isEqualTo(before);
    }

    private HttpResponse<String> apply(Map<UUID, Boolean> answers) throws Exception {
        return http.postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"Sam de Vries","email":"sam@example.org","knockoutAnswers":%s}"""
                .formatted(vacancyId, JSON.writeValueAsString(answers)));
    }

    private long applicationsForVacancy() {
        return jdbc.queryForObject("select count(*) from application where vacancy_id = ?", Long.class, vacancyId);
    }
}
