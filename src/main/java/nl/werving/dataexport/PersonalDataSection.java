package nl.werving.dataexport;

/**
 * A part of the data export, contributed by the module that keeps the data. Every module that stores data about an
 * application or its applicant implements this as a bean, next to its erasure store, so that a new module's data
 * shows up in the candidate's copy as soon as it exists.
 */
public interface PersonalDataSection {

    /** The section's key in the export, e.g. {@code applicant} or {@code screening}: stable and non-personal. */
    String name();

    /**
     * This module's data about the subject as plain JSON values (records, lists, maps, strings, numbers, dates);
     * an empty list or {@code null} when there is none. Only data of this subject: never another applicant's.
     */
    Object export(ExportSubject subject);
}
