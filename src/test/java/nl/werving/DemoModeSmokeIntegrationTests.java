package nl.werving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import javax.sql.DataSource;
import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.security.DemoAccount;
import nl.werving.support.HttpTestClient;
import nl.werving.support.TestApplications;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Boots the zero-set-up default mode (embedded H2, demo data) the way {@code mvn spring-boot:run} does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:werving-demo-smoke;DB_CLOSE_DELAY=-1")
class DemoModeSmokeIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    IdentityService identityService;
    @Autowired
    nl.werving.application.ApplicationSubmission submission;
    @Autowired
    nl.werving.vacancy.Vacancies vacancies;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoModeRunsOnTheEmbeddedDatabase() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }

    @Test
    void demoModeIsHealthyAndSaysSoOnTheStartPage() {
        HttpTestClient http = new HttpTestClient(port);

        assertThat(http.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        HttpResponse<String> home = http.get("/?lang=en");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"demo-mode\"").contains("Demo mode").contains("Backend developer (Java)")
                .contains("Verpleegkundige Interne Geneeskunde");
        assertThat(http.get("/").body()).as("Dutch without a preference").contains("id=\"demo-mode\"")
                .contains("Demomodus");
    }

    @Test
    void twoDemoVacanciesAreOpen() {
        HttpResponse<String> response = new HttpTestClient(port).get("/api/vacancies");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().split("\"id\"", -1)).hasSize(3);
    }

    @Test
    void everyDemoVacancyAsksAKnockOutQuestionInDutchAndEnglish() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        JsonNode open = JSON.readTree(http.get("/api/vacancies").body());

        assertThat(open.findValuesAsText("id")).hasSize(2).allSatisfy(id -> {
            HttpResponse<String> response = http.get("/api/vacancies/" + id + "/knockout-questions");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"requirementsVersion\":1").contains("questionNl")
                    .contains("questionEn");
        });
        assertThat(http.get("/api/vacancies/" + open.get(0).get("id").asText() + "/knockout-questions").body())
                .contains("Heb je een geldige BIG-registratie?");
    }

    @Test
    void everyDemoUserLogsInWithTheDocumentedPassword() {
        for (DemoAccount account : DemoAccount.ALL) {
            assertThat(identityService.checkPassword(account.userId(), account.password())).as(account.userId()).isTrue();
            assertThat(identityService.createUserQuery().userId(account.userId()).memberOfGroup(account.group()).count())
                    .as(account.userId()).isEqualTo(1);
        }
    }

    @Test
    void theDemoRecruiterUsesTheRestApi() {
        HttpResponse<String> response = new HttpTestClient(port).as("recruiter", "recruiter-demo")
                .get("/engine-rest/process-definition");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("HiringProcess");
    }

    @Test
    void theOutboxKeepsOneRowPerMessageOnTheEmbeddedDatabase() {
        java.util.UUID application = java.util.UUID.randomUUID();

        outbox.toCandidate(application, MessageType.OFFER, 1);
        outbox.toCandidate(application, MessageType.OFFER, 1);
        outbox.toStaff(application, MessageType.INTERVIEW_INVITATION, 1, "recruiters");
        outbox.toStaff(application, MessageType.INTERVIEW_INVITATION, 1, "recruiters");
        outbox.toStaff(application, MessageType.INTERVIEW_INVITATION, 1, "hiring-managers");

        assertThat(jdbc.queryForList("select type || ':' || coalesce(recipient, '-') from outbound_message"
                + " where application_id = ?", String.class, application))
                .containsExactlyInAnyOrder("OFFER:-", "INTERVIEW_INVITATION:recruiters",
                        "INTERVIEW_INVITATION:hiring-managers");
    }

    @Test
    void withoutAnSmtpServerDemoModeKeepsMailsInTheMailboxForAdministratorsOnly() throws Exception {
        nl.werving.application.Application application = submission.submit(new nl.werving.application.NewApplication(
                vacancies.publishIfAbsent("Mailbox test vacancy", "A vacancy without knock-out questions").getId(),
                new nl.werving.applicant.ApplicantDetails("Mailbox Tester",
                        "mailbox@example.org", null, nl.werving.applicant.Language.EN),
                TestApplications.PRIVACY_NOTICE_VERSION));
        HttpTestClient admin = new HttpTestClient(port).as("admin", "admin-demo");

        HttpResponse<String> mailbox = admin.get("/demo/mailbox");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!mailbox.body().contains(application.getReference().value()) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            mailbox = admin.get("/demo/mailbox");
        }

        assertThat(mailbox.statusCode()).isEqualTo(200);
        assertThat(mailbox.body()).contains("We received your application for", "mailbox@example.org",
                application.getReference().value());
        assertThat(new HttpTestClient(port).as("recruiter", "recruiter-demo").get("/demo/mailbox").statusCode())
                .isEqualTo(403);
        assertThat(new HttpTestClient(port).get("/demo/mailbox").statusCode()).isIn(302, 401);
    }
}
