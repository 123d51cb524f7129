package nl.werving.screening;

/**
 * How far the CV meets one requirement. A partial match counts as present (it never makes a must-have missing)
 * but scores half.
 */
public enum MatchStatus {
    /** Found, at the required level or years. */
    MATCHED,
    /** Found, but at a lower level or with fewer years than required. */
    PARTIAL,
    /** Not found in the CV. */
    MISSING
}
