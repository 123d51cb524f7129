package nl.werving.assessment.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import nl.werving.assessment.AssessmentResult;

/** The stored result, as the webhook answers it: the first one delivered. */
@Schema(name = "StoredAssessmentResult")
record AssessmentResultResponse(String reference, int score, boolean completed, String providerResultId,
        Instant receivedAt) {

    static AssessmentResultResponse of(AssessmentResult result) {
        return new AssessmentResultResponse(result.reference().value(), result.score(), result.completed(),
                result.providerResultId(), result.receivedAt());
    }
}
