package nl.werving.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;

/**
 * One interviewer's structured scorecard for one interview round. The evidence is free text about the
 * candidate: personal data, erased with the applicant's other data when retention ends.
 */
@Entity
@Table(name = "scorecard")
class Scorecard extends AssignedIdEntity {

    static final int MAX_EVIDENCE_LENGTH = 4000;

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(nullable = false)
    private int round;

    @Column(name = "interviewer_id", nullable = false, length = UserIds.MAX_LENGTH)
    private String interviewerId;

    @Column(name = "rating_skills", nullable = false)
    private int ratingSkills;

    @Column(name = "rating_experience", nullable = false)
    private int ratingExperience;

    @Column(name = "rating_communication", nullable = false)
    private int ratingCommunication;

    @Column(name = "rating_motivation", nullable = false)
    private int ratingMotivation;

    @Column(length = MAX_EVIDENCE_LENGTH)
    private String evidence;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Scorecard() {
        // for JPA
    }

    private Scorecard(UUID applicationId, int round, String interviewerId) {
        this.id = UUID.randomUUID();
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        if (round < 1) {
            throw new InvalidScorecardException("Interview rounds are numbered from 1, not " + round);
        }
        this.round = round;
        if (!UserIds.isWellFormed(interviewerId)) {
            throw new InvalidScorecardException("The interviewer is not a valid user id: letters and digits only");
        }
        this.interviewerId = interviewerId;
    }

    static Scorecard submit(UUID applicationId, int round, String interviewerId, Ratings ratings, String evidence,
            Instant at) {
        Scorecard scorecard = new Scorecard(applicationId, round, interviewerId);
        scorecard.resubmit(ratings, evidence, at);
        return scorecard;
    }

    /** Replaces the ratings and evidence with a newer submission. */
    void resubmit(Ratings ratings, String evidence, Instant at) {
        String trimmed = evidence == null || evidence.isBlank() ? null : evidence.strip();
        if (trimmed != null && trimmed.length() > MAX_EVIDENCE_LENGTH) {
            throw new InvalidScorecardException("The evidence is longer than " + MAX_EVIDENCE_LENGTH + " characters");
        }
        this.ratingSkills = ratings.skills();
        this.ratingExperience = ratings.experience();
        this.ratingCommunication = ratings.communication();
        this.ratingMotivation = ratings.motivation();
        this.evidence = trimmed;
        this.submittedAt = Objects.requireNonNull(at);
    }

    /** The scorecard as the candidate's data export shows it. */
    java.util.Map<String, Object> exported() {
        java.util.Map<String, Object> exported = new java.util.LinkedHashMap<>();
        exported.put("round", round);
        exported.put("interviewerId", interviewerId);
        Ratings ratings = ratings();
        exported.put("ratings", java.util.Map.of("skills", ratings.skills(), "experience", ratings.experience(),
                "communication", ratings.communication(), "motivation", ratings.motivation()));
        exported.put("evidence", evidence);
        exported.put("submittedAt", submittedAt);
        return exported;
    }

    Ratings ratings() {
        return new Ratings(ratingSkills, ratingExperience, ratingCommunication, ratingMotivation);
    }

    String evidence() {
        return evidence;
    }

    @Override
    public String toString() {
        return "Scorecard[" + id + "]";
    }

    @Override
    public UUID getId() {
        return id;
    }
}
