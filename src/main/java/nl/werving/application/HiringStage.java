package nl.werving.application;

/** The stage of the hiring process a running application is in, as HR counts them in the pipeline. */
public enum HiringStage {
    /** Confirmation and automated screening of the CV. */
    SCREENING,
    /** A person reviews the screening outcome. */
    SCREENING_REVIEW,
    /** The external assessment: invitation, waiting for the result, its review. */
    ASSESSMENT,
    /** Proposing interview times and waiting for the candidate's choice. */
    INTERVIEW_PLANNING,
    /** The interview is scheduled, held, and scored by the interviewers. */
    INTERVIEW,
    /** The hiring manager decides. */
    HIRING_DECISION,
    /** Drafting, approving and sending the offer, and waiting for the answer. */
    OFFER,
    /** Any other step: a rejection or withdrawal being completed, a hand-over. */
    OTHER
}
