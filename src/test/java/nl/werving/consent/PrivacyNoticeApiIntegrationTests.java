package nl.werving.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.vacancy.Vacancies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The privacy notice shown before applying, and the candidate's acknowledgement of the version they saw. */
@PostgresIntegrationTest
class PrivacyNoticeApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Consents consents;
    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient http;
    private UUID vacancy;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        vacancy = vacancies.publishIfAbsent("Privacy notice vacancy", "A vacancy for the privacy notice tests").getId();
    }

    @Test
    void theCurrentNoticeIsPublicInBothLanguages() throws Exception {
        JsonNode dutch = JSON.readTree(http.get("/api/privacy-notice?lang=nl").body());
        JsonNode english = JSON.readTree(http.get("/api/privacy-notice?lang=en").body());
        JsonNode byVersion = JSON.readTree(http.get("/api/privacy-notice?lang=en&version=2026-11").body());

        assertThat(dutch.get("version").asText()).isEqualTo("2026-11");
        assertThat(dutch.get("title").asText()).isEqualTo("Privacyverklaring voor sollicitanten");
        assertThat(dutch.get("text").asText()).contains("vier weken", "Automatische screening", "een mens");
        assertThat(english.get("text").asText()).contains("four weeks", "a person decides every rejection");
        assertThat(byVersion).isEqualTo(english);
    }

    @Test
    void unknownVersionsAndLanguagesAreClearErrors() {
        HttpResponse<String> unknown = http.get("/api/privacy-notice?version=1999-01");
        HttpResponse<String> language = http.get("/api/privacy-notice?lang=de");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No privacy notice has version 1999-01");
        assertThat(language.statusCode()).isEqualTo(400);
        assertThat(language.body()).contains("lang must be nl or en");
    }

    @Test
    void applyingRecordsTheAcknowledgedVersionWithTimeAndChannel() throws Exception {
        HttpResponse<String> response = http.postJson("/api/applications", """
                {"vacancyId":"%s","fullName":"Notice Reader","email":"notice.reader@example.org",
                 "privacyNoticeVersion":"2026-11"}""".formatted(vacancy));

        assertThat(response.statusCode()).isEqualTo(201);
        UUID applicationId = jdbc.queryForObject("select id from application where reference = ?", UUID.class,
                JSON.readTree(response.body()).get("reference").asText());
        Consent acknowledgement = consents.inForce(applicationId, ConsentPurpose.APPLICATION_PROCESSING).orElseThrow();
        assertThat(acknowledgement.noticeVersion()).isEqualTo("2026-11");
        assertThat(acknowledgement.givenVia()).isEqualTo(ConsentChannel.APPLICATION_FORM);
        assertThat(acknowledgement.givenAt()).isNotNull();
    }

    @Test
    void anUnpublishedVersionIsRefusedAndNothingIsStored() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from application", Integer.class);

        HttpResponse<String> unknown = http.postJson("/api/applications", """
                {"vacancyId":"%s","fullName":"Notice Reader","email":"notice.reader@example.org",
                 "privacyNoticeVersion":"1999-01"}""".formatted(vacancy));
        HttpResponse<String> malformed = http.postJson("/api/applications", """
                {"vacancyId":"%s","fullName":"Notice Reader","email":"notice.reader@example.org",
                 "privacyNoticeVersion":"../../etc/passwd"}""".formatted(vacancy));

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(unknown.body()).get("errors").get(0).get("field").asText())
                .isEqualTo("privacyNoticeVersion");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("privacyNoticeVersion");
        assertThat(jdbc.queryForObject("select count(*) from application", Integer.class)).isEqualTo(before);
    }
}
