package nl.werving.assessment;

import java.time.Clock;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites candidates to the external assessment and reminds them. Both are safe to repeat: an application has
 * one assessment, and each message is queued once.
 */
@Service
@Transactional
public class AssessmentInvitations {

    private static final Logger log = LoggerFactory.getLogger(AssessmentInvitations.class);
    private static final int ROUND = 1;

    private final Applications applications;
    private final AssessmentRepository assessments;
    private final AssessmentProviderSettings provider;
    private final Outbox outbox;
    private final Clock clock;

    AssessmentInvitations(Applications applications, AssessmentRepository assessments,
            AssessmentProviderSettings provider, Outbox outbox, Clock clock) {
        this.applications = applications;
        this.assessments = assessments;
        this.provider = provider;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records the invitation, with the provider link when a provider URL is configured, and queues the
     * invitation to the candidate.
     *
     * @throws IllegalArgumentException when no application has the id
     */
    public void invite(UUID applicationId) {
        if (assessments.findByApplicationId(applicationId).isEmpty()) {
            Application application = applications.findById(applicationId)
                    .orElseThrow(() -> new IllegalArgumentException("No application has id " + applicationId));
            ApplicationReference reference = application.getReference();
            assessments.save(Assessment.invite(applicationId, reference,
                    provider.invitationUrl(reference).orElse(null), clock.instant()));
            log.info("Application {} invited to the external assessment", applicationId);
        }
        outbox.toCandidate(applicationId, MessageType.ASSESSMENT_INVITATION, ROUND);
    }

    /**
     * Queues a reminder to take the assessment, unless the result is in already.
     *
     * @throws IllegalStateException when the application was never invited
     */
    public void remind(UUID applicationId) {
        Assessment assessment = assessments.findByApplicationId(applicationId)
                .orElseThrow(() -> new IllegalStateException(
                        "Application " + applicationId + " was not invited to an assessment"));
        if (assessment.hasResult()) {
            log.info("No assessment reminder for application {}: its result is in", applicationId);
            return;
        }
        outbox.toCandidate(applicationId, MessageType.ASSESSMENT_REMINDER, ROUND);
    }
}
