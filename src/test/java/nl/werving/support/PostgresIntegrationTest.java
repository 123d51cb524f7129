package nl.werving.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full Werving on a random port in the production-like 'postgres' profile, against the PostgreSQL database
 * that scripts/test.sh provides through WERVING_DB_URL, WERVING_DB_USER and WERVING_DB_PASSWORD.
 * All tests with this annotation share one application context, whose engine serves {@code /engine-rest} while
 * they run (see {@link CurrentEngineTestExecutionListener}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.admin-user.password=" + TestUsers.ADMIN_PASSWORD,
        "werving.assessment.webhook-secret=" + PostgresIntegrationTest.ASSESSMENT_WEBHOOK_SECRET,
        "werving.candidate-links.secret=" + PostgresIntegrationTest.CANDIDATE_LINK_SECRET,
        // Tests drive the mail sender themselves (MailWorker.sendDue), so no poller races them.
        "werving.mail.polling.enabled=false",
        // Every test request comes from one address; the limits themselves are tested on their own.
        "werving.rate-limits.apply-per-minute=100000", "werving.rate-limits.links-per-minute=100000",
        "werving.rate-limits.logins-per-minute=100000",
        // Many tests apply with the same address to one vacancy; the cap is tested on its own.
        "werving.applications.max-per-applicant-per-vacancy=100000"})
@ActiveProfiles("postgres")
public @interface PostgresIntegrationTest {

    /** The secret assessment providers sign results with in these tests. */
    String ASSESSMENT_WEBHOOK_SECRET = "integration-assessment-webhook-secret";

    /** The secret candidate links are signed with in these tests. */
    String CANDIDATE_LINK_SECRET = "integration-candidate-link-secret-32-chars-or-more";
}
