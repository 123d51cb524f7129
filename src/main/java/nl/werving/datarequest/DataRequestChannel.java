package nl.werving.datarequest;

/** How a request reached us. */
public enum DataRequestChannel {
    /** The candidate confirmed it through a signed link sent to their e-mail address. */
    CANDIDATE_LINK,
    /** A staff member recorded it (the candidate asked by phone, letter or mail). */
    STAFF
}
