package nl.werving.vacancy;

/** What a vacancy requirement asks for. */
public enum RequirementKind {
    /** A skill or tool, found by its label, synonyms and Dutch/English variants. */
    SKILL,
    /** Overall years of relevant work experience (minimumYears). */
    EXPERIENCE,
    /** A language at a level (e.g. Dutch C1). */
    LANGUAGE,
    /** An education level (e.g. hbo, bachelor). */
    EDUCATION,
    /** A certificate or registration (e.g. BIG registration, VCA). */
    CERTIFICATE
}
