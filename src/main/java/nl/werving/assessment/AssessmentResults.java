package nl.werving.assessment;

import java.time.Clock;
import java.util.Optional;
import nl.werving.application.ApplicationReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in the results providers report. The first result of an application is stored and announced with
 * {@link AssessmentResultReceived}; any later delivery is a harmless duplicate that changes nothing. The stored
 * result stays the source the hiring process reads it from ({@link #storedResult}).
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
        AssessmentResult result = assessment.result();
        events.publishEvent(new AssessmentResultReceived(reference, result.judgedScore()));
        log.info("Assessment result received for application {}", assessment.getApplicationId());
        return new ResultReceipt(result, false);
    }

    /** The application's stored result, if the provider reported one (and it has not been erased since). */
    @Transactional(readOnly = true)
    public Optional<AssessmentResult> storedResult(ApplicationReference reference) {
        return assessments.findByReference(reference.value()).filter(Assessment::hasResult).map(Assessment::result);
    }
}
