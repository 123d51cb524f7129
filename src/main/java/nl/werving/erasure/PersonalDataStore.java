package nl.werving.erasure;

/**
 * A store of personal data about applications that erasure must reach. Every module that keeps such data
 * implements this as a bean; {@link Erasure} calls each in the erasing transaction. What the AI Act's log duty
 * needs may stay, pseudonymous: the reference, decision versions, non-personal features, outcomes, timestamps
 * and reviewers' user ids.
 */
public interface PersonalDataStore {

    /** A stable, non-personal name for the receipt, e.g. {@code applicant} or {@code cv_document}. */
    String name();

    /**
     * Erases or empties this store's personal data about the application, in the caller's transaction.
     *
     * @return how many records were deleted or emptied (0 when there were none)
     */
    int erase(ErasedApplication application);
}
