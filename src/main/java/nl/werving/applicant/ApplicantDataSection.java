package nl.werving.applicant;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.werving.dataexport.ExportSubject;
import nl.werving.dataexport.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The applicant's contact details and language in their data export. */
@Component
class ApplicantDataSection implements PersonalDataSection {

    private final ApplicantRepository applicants;

    ApplicantDataSection(ApplicantRepository applicants) {
        this.applicants = applicants;
    }

    @Override
    public String name() {
        return "applicant";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(ExportSubject subject) {
        return applicants.findById(subject.applicantId()).map(applicant -> {
            Map<String, Object> exported = new LinkedHashMap<>();
            exported.put("fullName", applicant.getFullName());
            exported.put("email", applicant.getEmail());
            exported.put("phone", applicant.getPhone());
            exported.put("preferredLanguage", applicant.getPreferredLanguage().code());
            exported.put("registeredAt", applicant.getCreatedAt());
            return exported;
        }).orElse(null);
    }
}
