package nl.werving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import javax.sql.DataSource;
import nl.werving.security.DemoAccount;
import nl.werving.support.HttpTestClient;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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
        HttpResponse<String> home = http.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Demo mode").contains("Backend developer (Java)")
                .contains("Verpleegkundige Interne Geneeskunde");
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
}
