package nl.werving.candidate;

/**
 * What a candidate link is for. A link works for its one purpose only. Links that act (choose a slot, answer an
 * offer, withdraw, object, ask to move the interview) work once; links that show something work until they expire.
 */
public enum LinkPurpose {
    STATUS(false),
    CHOOSE_SLOT(true),
    ANSWER_OFFER(true),
    WITHDRAW(true),
    OBJECT(true),
    TALENT_POOL_CONSENT(true),
    /** Asks for another time for the scheduled interview. */
    RESCHEDULE_INTERVIEW(true),
    /** Confirms a request for a copy of the candidate's data (GDPR Art. 15), asked on the status page. */
    CONFIRM_ACCESS_REQUEST(true),
    /** Confirms a request to correct the candidate's data (Art. 16), asked on the status page. */
    CONFIRM_RECTIFICATION_REQUEST(true),
    /** Confirms a request to erase the candidate's data (Art. 17), asked on the status page. */
    CONFIRM_ERASURE_REQUEST(true),
    /** Downloads the candidate's data export once; the export is built at that moment and not stored. */
    DOWNLOAD_DATA_EXPORT(true),
    /** Withdraws the candidate's talent-pool consent (which ends the data's retention at once). */
    WITHDRAW_TALENT_POOL_CONSENT(true),
    /**
     * Answers the optional diversity survey, with its own consent; offered once, on the portal's confirmation page
     * right after applying.
     */
    DIVERSITY_SURVEY(true),
    /** Asks a person to review a decision and gives the candidate's side (GDPR art. 22(3)), from the status page. */
    REQUEST_REVIEW(true);

    private final boolean singleUse;

    LinkPurpose(boolean singleUse) {
        this.singleUse = singleUse;
    }

    /** Whether the link stops working once its action was performed. */
    public boolean singleUse() {
        return singleUse;
    }
}
