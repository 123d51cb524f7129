package nl.werving.fairness;

import java.util.Set;
import java.util.UUID;

/**
 * The pseudonymous records of one application that decide its stage outcomes: its status (an
 * {@code ApplicationStatus} name), the latest screening recommendation and score, the human decisions taken (as
 * {@code STAGE:decision}, e.g. {@code SCREENING_REVIEW:advance}), and whether an assessment invitation, an
 * interview plan and an offer exist.
 */
record ApplicationRecord(UUID applicationId, String status, String screeningRecommendation, Integer screeningScore,
        Set<String> decisions, boolean assessmentInvited, boolean interviewPlanned, boolean offerMade) {

    ApplicationRecord {
        decisions = Set.copyOf(decisions);
    }
}
