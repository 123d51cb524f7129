package nl.werving.cv;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.werving.dataexport.ExportSubject;
import nl.werving.dataexport.PersonalDataSection;
import org.springframework.stereotype.Component;

/**
 * The CV in the candidate's data export: its detected type and the text extracted from it. The file itself is not
 * included (the candidate sent it); the text is what Werving worked with.
 */
@Component
class CvDataSection implements PersonalDataSection {

    private final CvDocuments documents;

    CvDataSection(CvDocuments documents) {
        this.documents = documents;
    }

    @Override
    public String name() {
        return "cv";
    }

    @Override
    public Map<String, Object> export(ExportSubject subject) {
        return documents.original(subject.applicationId()).map(original -> {
            Map<String, Object> exported = new LinkedHashMap<>();
            exported.put("contentType", original.contentType());
            exported.put("text", documents.text(subject.applicationId()).orElse(null));
            return exported;
        }).orElse(null);
    }
}
