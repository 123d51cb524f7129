package nl.werving.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PostgresIntegrationTest
class MailPreviewIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void hrAndRecruitersPreviewATemplateWithSampleData() {
        TestUsers.member(identityService, "previewhr", WervingGroups.HR);
        TestUsers.member(identityService, "previewrecruiter", WervingGroups.RECRUITERS);

        var dutch = new HttpTestClient(port).as("previewhr", TestUsers.PASSWORD).get("/api/mail/preview/REJECTION?lang=nl");
        var english = new HttpTestClient(port).as("previewrecruiter", TestUsers.PASSWORD)
                .get("/api/mail/preview/OFFER?lang=en");

        assertThat(dutch.statusCode()).isEqualTo(200);
        assertThat(dutch.body()).contains("\"subject\":\"Je sollicitatie voor Medewerker klantenservice\"",
                "Sam de Vries");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("An offer for");
    }

    @Test
    void otherStaffMayNotPreviewAndUnknownTypesAreNotFound() {
        TestUsers.member(identityService, "previewmanager", WervingGroups.HIRING_MANAGERS);
        TestUsers.member(identityService, "previewhr2", WervingGroups.HR);

        assertThat(new HttpTestClient(port).as("previewmanager", TestUsers.PASSWORD)
                .get("/api/mail/preview/OFFER?lang=en").statusCode()).isEqualTo(403);
        assertThat(new HttpTestClient(port).get("/api/mail/preview/OFFER").statusCode()).isEqualTo(401);
        assertThat(new HttpTestClient(port).as("previewhr2", TestUsers.PASSWORD)
                .get("/api/mail/preview/NO_SUCH_TYPE").statusCode()).isEqualTo(404);
    }

    @Test
    void staffVersionsArePreviewedOnRequestAndBadParametersAreNamed() {
        TestUsers.member(identityService, "previewhr4", WervingGroups.HR);
        HttpTestClient hr = new HttpTestClient(port).as("previewhr4", TestUsers.PASSWORD);

        var interviewer = hr.get("/api/mail/preview/INTERVIEW_INVITATION?lang=en&recipient=staff");
        var overdue = hr.get("/api/mail/preview/REVIEW_OVERDUE?lang=nl");
        var badLanguage = hr.get("/api/mail/preview/OFFER?lang=de");
        var noStaffVersion = hr.get("/api/mail/preview/OFFER?lang=en&recipient=staff");

        assertThat(interviewer.statusCode()).isEqualTo(200);
        assertThat(interviewer.body()).contains("\"recipient\":\"staff\"", "You are an interviewer")
                .doesNotContain("Sam de Vries");
        assertThat(overdue.body()).contains("\"recipient\":\"staff\"", "te laat");
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(badLanguage.body()).contains("lang must be nl or en");
        assertThat(noStaffVersion.statusCode()).isEqualTo(400);
        assertThat(noStaffVersion.body()).contains("OFFER is not a message to staff");
    }

    @Test
    void thereIsNoMailboxOutsideDemoMode() {
        TestUsers.member(identityService, "previewhr3", WervingGroups.HR);

        assertThat(new HttpTestClient(port).as("previewhr3", TestUsers.PASSWORD).get("/demo/mailbox").statusCode())
                .isIn(403, 404);
    }
}
