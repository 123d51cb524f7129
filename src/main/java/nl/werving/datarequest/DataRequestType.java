package nl.werving.datarequest;

/** What the candidate asks for. */
public enum DataRequestType {
    /** A copy of their data (Art. 15), machine-readable (Art. 20). */
    ACCESS,
    /** Correction of their data (Art. 16). */
    RECTIFICATION,
    /** No automated processing of their application (Art. 21). */
    OBJECTION,
    /** Erasure of their data (Art. 17). */
    ERASURE
}
