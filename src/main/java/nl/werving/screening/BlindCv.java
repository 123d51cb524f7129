package nl.werving.screening;

import java.util.Optional;
import java.util.UUID;
import nl.werving.applicant.Applicants;
import nl.werving.application.Application;
import nl.werving.application.Applications;
import nl.werving.cv.CvDocuments;
import nl.werving.screening.redaction.PersonalDetails;
import nl.werving.screening.redaction.ProtectedAttributeRedactor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CV as a reviewer reads it in blind review: the same text screening matched, with the candidate's name,
 * contact details, age, gender words, nationality, marital status and address removed.
 */
@Service
@Transactional(readOnly = true)
public class BlindCv {

    private final Applications applications;
    private final Applicants applicants;
    private final CvDocuments cvDocuments;
    private final ProtectedAttributeRedactor redactor = new ProtectedAttributeRedactor();

    BlindCv(Applications applications, Applicants applicants, CvDocuments cvDocuments) {
        this.applications = applications;
        this.applicants = applicants;
        this.cvDocuments = cvDocuments;
    }

    /** The redacted CV text, when the application exists and came with a CV. */
    public Optional<String> redactedText(UUID applicationId) {
        return applications.findById(applicationId)
                .flatMap(application -> cvDocuments.text(applicationId)
                        .map(text -> redactor.redact(text, personalDetails(applicants, application))));
    }

    /** What redaction must remove about the applicant themself: their name, e-mail address and phone number. */
    static PersonalDetails personalDetails(Applicants applicants, Application application) {
        return applicants.findById(application.getApplicantId())
                .map(applicant -> new PersonalDetails(applicant.getFullName(), applicant.getEmail(), applicant.getPhone()))
                .orElse(PersonalDetails.unknown());
    }
}
