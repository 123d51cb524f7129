package nl.werving.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class CandidateRequestApiIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Applications applications;
    @Autowired
    Vacancies vacancies;
    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient anonymous;
    private HttpTestClient recruiter;
    private Application application;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @BeforeEach
    void setUp() {
        anonymous = new HttpTestClient(port);
        recruiter = anonymous.as(TestUsers.member(identityService, "itrecruiter", WervingGroups.RECRUITERS),
                TestUsers.PASSWORD);
        application = TestApplications.submit(submission, vacancies);
        TestApplications.awaitScreening(runtimeService, managementService, application);
    }

    @Test
    void aRecruiterRecordsThatTheCandidateWithdrew() {
        HttpResponse<String> response = recruiter.post(path("withdrawal"), "application/json", "");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(column("withdrawal_requested_at")).isNotNull();
        assertThat(applications.findById(application.getId()).orElseThrow().hasWithdrawn()).isTrue();
    }

    @Test
    void aRecruiterRecordsThatTheCandidateObjectsToAutomatedProcessing() {
        HttpResponse<String> response = recruiter.post(path("objection"), "application/json", "");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(column("objected_to_automation_at")).isNotNull();
        assertThat(applications.findById(application.getId()).orElseThrow().hasObjectedToAutomatedProcessing()).isTrue();
    }

    @Test
    void recordingAnObjectionTwiceKeepsTheFirst() {
        recruiter.post(path("objection"), "application/json", "");
        OffsetDateTime first = column("objected_to_automation_at");

        HttpResponse<String> again = recruiter.post(path("objection"), "application/json", "");

        assertThat(again.statusCode()).isEqualTo(204);
        assertThat(column("objected_to_automation_at")).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"withdrawal", "objection"})
    void anUnknownReferenceIsNotFoundAndAMalformedOneIsABadRequest(String request) {
        HttpResponse<String> unknown = recruiter.post("/api/applications/" + ApplicationReference.random() + "/" + request,
                "application/json", "");
        HttpResponse<String> malformed = recruiter.post("/api/applications/not-a-reference/" + request,
                "application/json", "");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("24 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"withdrawal", "objection"})
    void nothingIsRecordedOnceTheProcedureEnded(String request) {
        applications.recordProcedureEnded(application.getId(), ProcedureOutcome.REJECTED);

        HttpResponse<String> response = recruiter.post(path(request), "application/json", "");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("already ended");
        assertThat(column("withdrawal_requested_at")).isNull();
        assertThat(column("objected_to_automation_at")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"withdrawal", "objection"})
    void onlyRecruitersRecordCandidateRequests(String request) {
        HttpTestClient hr = anonymous.as(TestUsers.member(identityService, "ithr", WervingGroups.HR), TestUsers.PASSWORD);

        assertThat(hr.post(path(request), "application/json", "").statusCode()).isEqualTo(403);
        assertThat(anonymous.post(path(request), "application/json", "").statusCode()).isEqualTo(401);
        assertThat(column("withdrawal_requested_at")).isNull();
        assertThat(column("objected_to_automation_at")).isNull();
    }

    private String path(String request) {
        return "/api/applications/" + application.getReference().value() + "/" + request;
    }

    private OffsetDateTime column(String name) {
        return jdbc.queryForObject("select " + name + " from application where id = ?", OffsetDateTime.class,
                application.getId());
    }
}
