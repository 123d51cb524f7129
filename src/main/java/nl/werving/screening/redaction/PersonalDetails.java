package nl.werving.screening.redaction;

/**
 * The applicant's own contact details, removed from the CV before matching wherever they appear. Any part may be
 * {@code null}. Personal data: {@code toString} shows none of it.
 */
public record PersonalDetails(String fullName, String email, String phone) {

    public static PersonalDetails unknown() {
        return new PersonalDetails(null, null, null);
    }

    @Override
    public String toString() {
        return "PersonalDetails[redacted]";
    }
}
