package nl.werving.fairness;

/**
 * The inputs the screening decision table reads, as stored with a screening result. {@code automationAllowed}
 * is not stored as such: it was false exactly when the stored reason is {@code AUTOMATION_OFF}.
 */
public record ScreeningInputs(boolean automationAllowed, boolean knockoutFailed, boolean mustHaveMissing,
        Integer screeningScore) {
}
