package nl.werving.screening.text;

/** The part of a CV a line belongs to, as recognised from the CV's own headings (Dutch or English). */
public enum Section {
    /** Before the first recognised heading. */
    NONE,
    PROFILE,
    PERSONAL,
    WORK,
    EDUCATION,
    COURSES,
    CERTIFICATES,
    LANGUAGES,
    SKILLS,
    OTHER
}
