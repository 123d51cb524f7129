package nl.werving.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login backoff: every login (REST API, Camunda's webapps, Werving's pages) is checked by the engine's identity
 * service, which locks a user for a while after a wrong password, longer after each further one (3 s, doubling, up
 * to 60 s), and for good after 10 in a row until an administrator unlocks them. Guessing a password therefore gets
 * one try per lock period, whatever the guesser sends meanwhile.
 */
@PostgresIntegrationTest
class LoginBackoffIntegrationTests {

    private static final String USER = "itbackoff";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void afterAWrongPasswordEvenTheRightOneIsRefusedUntilTheLockExpires() throws Exception {
        TestUsers.member(identityService, USER, WervingGroups.RECRUITERS);
        HttpTestClient http = new HttpTestClient(port);

        assertThat(http.as(USER, "a-wrong-guess").get("/engine-rest/process-definition").statusCode())
                .isEqualTo(401);
        long lockedAt = System.nanoTime();
        HttpResponse<String> rightPasswordAtOnce = http.as(USER, TestUsers.PASSWORD)
                .get("/engine-rest/process-definition");
        assertThat(rightPasswordAtOnce.statusCode()).as("the right password while locked").isEqualTo(401);

        int status = 401;
        while (status == 401 && System.nanoTime() - lockedAt < 15_000_000_000L) {
            Thread.sleep(500);
            status = http.as(USER, TestUsers.PASSWORD).get("/engine-rest/process-definition").statusCode();
        }
        assertThat(status).as("the right password once the lock has expired").isEqualTo(200);
        assertThat((System.nanoTime() - lockedAt) / 1_000_000L).as("milliseconds locked").isGreaterThanOrEqualTo(2000);
    }
}
