package nl.werving.application;

/** Where an application stands, as far as the application module knows. */
public enum ApplicationStatus {
    SUBMITTED
}
