package nl.werving.candidate;

import java.util.Locale;
import nl.werving.application.ApplicationStatus;

/**
 * Where an application stands, in the candidate's terms, in the order a procedure passes the stages. The status page
 * names it in plain words with what happens next, and marks its {@link #step() step} in the step indicator.
 */
public enum CandidateStage {
    RECEIVED(0),
    SCREENING(1),
    SCREENING_REVIEW(1),
    ASSESSMENT(2),
    INTERVIEW_PLANNING(3),
    CHOOSING_SLOT(3),
    INTERVIEW_PLANNED(3),
    HIRING_DECISION(3),
    OFFER_PREPARATION(4),
    OFFER(4),
    HIRED(5),
    REJECTED(-1),
    WITHDRAWN(-1),
    OFFER_DECLINED(-1),
    OFFER_EXPIRED(-1);

    /** The steps of the indicator, by their text keys, in order. */
    public static final String[] STEPS = {"received", "screening", "assessment", "interview", "offer", "hired"};

    private final int step;

    CandidateStage(int step) {
        this.step = step;
    }

    /** The index in {@link #STEPS} this stage belongs to; -1 for an ended procedure other than a hire. */
    public int step() {
        return step;
    }

    /** The key of its texts, e.g. {@code interview-planned}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The stage of an ended procedure, by the application's status; empty while it runs. */
    public static java.util.Optional<CandidateStage> ended(ApplicationStatus status) {
        return switch (status) {
            case SUBMITTED -> java.util.Optional.empty();
            case HIRED -> java.util.Optional.of(HIRED);
            case REJECTED -> java.util.Optional.of(REJECTED);
            case WITHDRAWN -> java.util.Optional.of(WITHDRAWN);
            case OFFER_DECLINED -> java.util.Optional.of(OFFER_DECLINED);
            case OFFER_EXPIRED -> java.util.Optional.of(OFFER_EXPIRED);
        };
    }
}
