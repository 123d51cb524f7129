package nl.werving.dataexport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the export from every {@link PersonalDataSection}, sorted by section name, under a header that says
 * what it is and when it was made. Built when asked for and handed out as it is: nothing is stored.
 */
@Service
public class PersonalDataExport {

    static final String FORMAT = "werving-personal-data-export/1";

    private final List<PersonalDataSection> sections;
    private final ObjectMapper json;
    private final Clock clock;

    PersonalDataExport(List<PersonalDataSection> sections, ObjectMapper json, Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparing(PersonalDataSection::name)).toList();
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.clock = clock;
    }

    /** The export as a map: {@code format}, {@code reference}, {@code createdAt}, then one entry per section. */
    @Transactional(readOnly = true)
    public Map<String, Object> assemble(ExportSubject subject) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("format", FORMAT);
        export.put("reference", subject.reference());
        export.put("createdAt", clock.instant());
        for (PersonalDataSection section : sections) {
            export.put(section.name(), section.export(subject));
        }
        return export;
    }

    /** The export as UTF-8 JSON. */
    @Transactional(readOnly = true)
    public byte[] json(ExportSubject subject) {
        try {
            return json.writeValueAsBytes(assemble(subject));
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("The data export could not be written as JSON", failure);
        }
    }

    /** The section names, in the order they appear in the export. */
    public List<String> sectionNames() {
        return sections.stream().map(PersonalDataSection::name).toList();
    }
}
