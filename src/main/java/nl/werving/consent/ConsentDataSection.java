package nl.werving.consent;

import java.util.List;
import nl.werving.dataexport.ExportSubject;
import nl.werving.dataexport.PersonalDataSection;
import org.springframework.stereotype.Component;

/** Every consent given and withdrawn for the application, in the candidate's data export. */
@Component
class ConsentDataSection implements PersonalDataSection {

    private final Consents consents;

    ConsentDataSection(Consents consents) {
        this.consents = consents;
    }

    @Override
    public String name() {
        return "consents";
    }

    @Override
    public List<Consent> export(ExportSubject subject) {
        return consents.history(subject.applicationId());
    }
}
