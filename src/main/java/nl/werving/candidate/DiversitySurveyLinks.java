package nl.werving.candidate;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import nl.werving.consent.ConsentChannel;
import nl.werving.fairness.DiversitySurvey;
import org.springframework.stereotype.Service;

/**
 * The optional diversity survey behind its own single-use link ({@link LinkPurpose#DIVERSITY_SURVEY}), which the
 * portal hands out once, on the confirmation page right after the application was submitted. Answering records the
 * survey's own consent and the answers in one transaction with using up the link; nobody can reach the survey of an
 * application by its reference alone.
 */
@Service
public class DiversitySurveyLinks {

    /** How long the survey link from the confirmation page works. */
    static final Duration VALIDITY = Duration.ofDays(1);

    private final CandidateLinks links;
    private final CandidateActions actions;
    private final Applications applications;
    private final DiversitySurvey survey;

    DiversitySurveyLinks(CandidateLinks links, CandidateActions actions, Applications applications,
            DiversitySurvey survey) {
        this.links = links;
        this.actions = actions;
        this.applications = applications;
        this.survey = survey;
    }

    /** A fresh survey link token for the application; empty while candidate links are switched off. */
    public Optional<String> create(ApplicationReference reference) {
        if (!links.available()) {
            return Optional.empty();
        }
        return Optional.of(links.create(reference, LinkPurpose.DIVERSITY_SURVEY, VALIDITY));
    }

    /**
     * Checks that the token is an unused, unexpired survey link.
     *
     * @throws InvalidLinkException when it is not
     * @throws CandidateLinksUnavailableException when no usable secret is configured
     */
    public void open(String token) {
        links.verify(token, LinkPurpose.DIVERSITY_SURVEY);
    }

    /**
     * Records the consent to the survey and the answers (question to value), and uses up the link. A repeat of the
     * same submission within a few minutes (a double click) changes nothing.
     *
     * @throws InvalidLinkException when the link is not a usable survey link
     * @throws nl.werving.fairness.InvalidSurveyAnswerException when a question or value is not configured
     */
    public ActionOutcome answer(String token, Map<String, String> answers) {
        Map<String, String> copy = Map.copyOf(answers);
        return actions.perform(token, LinkPurpose.DIVERSITY_SURVEY, "", reference -> {
            var applicationId = applications.findByReference(reference)
                    .orElseThrow(UnknownApplicationException::new).getId();
            survey.consent(applicationId, ConsentChannel.CANDIDATE_LINK);
            survey.record(applicationId, copy);
        });
    }
}
