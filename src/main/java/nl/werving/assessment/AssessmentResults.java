package nl.werving.assessment;

import java.time.Clock;
import nl.werving.application.ApplicationReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in the results providers report. The first result of an application is stored and announced with
 * {@link AssessmentResultReceived}; any later delivery is a harmless duplicate that changes nothing.
 */
@Service
@Transactional
public class AssessmentResults {

    private static final Logger log = LoggerFactory.getLogger(AssessmentResults.class);

    private final AssessmentRepository assessments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentResults(AssessmentRepository assessments, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a candidate with this reference was invited to an assessment. */
    @Transactional(readOnly = true)
    public boolean isInvited(ApplicationReference reference) {
        return assessments.existsByReference(reference.value());
    }

    /**
     * Stores the application's first result and announces it; returns the stored result either way.
     *
     * @throws UnknownAssessmentException when the reference was never invited to an assessment
     */
    public ResultReceipt receive(ApplicationReference reference, int score, boolean completed,
            String providerResultId) {
        Assessment assessment = assessments.lockByReference(reference.value())
                .orElseThrow(UnknownAssessmentException::new);
        if (assessment.hasResult()) {
            log.info("Duplicate assessment result for application {} ignored", assessment.getApplicationId());
            return new ResultReceipt(assessment.result(), true);
        }
        assessment.recordResult(score, completed, providerResultId, clock.instant());
        // An unfinished assessment has no result to judge: the process sees no score, so a recruiter decides.
        events.publishEvent(new AssessmentResultReceived(reference, completed ? score : null));
        log.info("Assessment result received for application {}", assessment.getApplicationId());
        return new ResultReceipt(assessment.result(), false);
    }
}
