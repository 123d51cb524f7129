package nl.werving.assessment;

import java.time.Instant;
import nl.werving.application.ApplicationReference;

/** The result an assessment provider reported for an application, as stored. */
public record AssessmentResult(ApplicationReference reference, int score, boolean completed,
        String providerResultId, Instant receivedAt) {

    /** The score the hiring process judges: none for an unfinished assessment, so a recruiter decides. */
    public Integer judgedScore() {
        return completed ? score : null;
    }
}
