package nl.werving.assessment;

/** Where an external assessment stands: the candidate is invited, or the provider reported a result. */
public enum AssessmentStatus {
    INVITED,
    RESULT_RECEIVED
}
