package nl.werving.fairness;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.werving.consent.ConsentChannel;
import nl.werving.consent.ConsentPurpose;
import nl.werving.consent.ConsentWithdrawn;
import nl.werving.consent.Consents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voluntary diversity survey. Answers are taken only while the candidate's own consent to the survey
 * ({@link ConsentPurpose#DIVERSITY_SURVEY}) is in force, stored apart from the application in
 * {@code diversity_response}, and never shown to reviewers: there is no API that reads them, and they never enter
 * the process. Withdrawing the consent deletes them.
 */
@Service
@Transactional
public class DiversitySurvey {

    private final Consents consents;
    private final DiversityResponses responses;
    private final FairnessProperties properties;
    private final Clock clock;

    DiversitySurvey(Consents consents, DiversityResponses responses, FairnessProperties properties, Clock clock) {
        this.consents = consents;
        this.responses = responses;
        this.properties = properties;
        this.clock = clock;
    }

    /** The survey's questions with the values a candidate may choose, in order ("prefer not to say" is always allowed). */
    @Transactional(readOnly = true)
    public List<Dimension> questions() {
        return properties.dimensionList();
    }

    /** Records the candidate's consent to the survey, with the configured notice version. */
    public void consent(UUID applicationId, ConsentChannel via) {
        consents.give(applicationId, ConsentPurpose.DIVERSITY_SURVEY, properties.surveyNoticeVersion(), via);
    }

    /**
     * Stores the candidate's answers (question to value), replacing earlier ones. A question left out is unknown;
     * {@code prefer-not-to-say} is always allowed.
     *
     * @throws DiversityConsentMissingException when no consent to the survey is in force
     * @throws InvalidSurveyAnswerException when a question or value is not configured
     */
    public void record(UUID applicationId, Map<String, String> answers) {
        Objects.requireNonNull(applicationId, "applicationId");
        if (consents.inForce(applicationId, ConsentPurpose.DIVERSITY_SURVEY).isEmpty()) {
            throw new DiversityConsentMissingException();
        }
        Map<String, String> valid = new LinkedHashMap<>();
        answers.forEach((question, answer) -> {
            Dimension dimension = properties.dimensionList().stream()
                    .filter(candidate -> candidate.name().equals(question)).findFirst()
                    .orElseThrow(() -> new InvalidSurveyAnswerException(String.valueOf(question)));
            if (!dimension.allows(answer)) {
                throw new InvalidSurveyAnswerException(question);
            }
            valid.put(question, answer);
        });
        responses.replace(applicationId, valid, clock.instant());
    }

    /** Withdraws the consent to the survey and deletes the answers that rested on it; returns how many. */
    public int withdraw(UUID applicationId, ConsentChannel via) {
        int deleted = responses.delete(applicationId);
        consents.withdraw(applicationId, ConsentPurpose.DIVERSITY_SURVEY, via);
        return deleted;
    }

    /** However the survey consent was withdrawn, the answers that rested on it go in the same transaction. */
    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() == ConsentPurpose.DIVERSITY_SURVEY) {
            responses.delete(withdrawn.applicationId());
        }
    }
}
