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
    void thereIsNoMailboxOutsideDemoMode() {
        TestUsers.member(identityService, "previewhr3", WervingGroups.HR);

        assertThat(new HttpTestClient(port).as("previewhr3", TestUsers.PASSWORD).get("/demo/mailbox").statusCode())
                .isIn(403, 404);
    }
}
