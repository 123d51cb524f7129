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
    RESCHEDULE_INTERVIEW(true);

    private final boolean singleUse;

    LinkPurpose(boolean singleUse) {
        this.singleUse = singleUse;
    }

    /** Whether the link stops working once its action was performed. */
    public boolean singleUse() {
        return singleUse;
    }
}
