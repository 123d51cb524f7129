package nl.werving.dataexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonalDataExportTests {

    private static final Instant NOW = Instant.parse("2027-02-01T12:00:00Z");
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private final ExportSubject subject = new ExportSubject(UUID.randomUUID(), UUID.randomUUID(),
            "K2W7Q9D4M8R1T6Y3B5N0C2HX");

    record Note(String text, Instant at) {
    }

    @Test
    void everySectionAppearsUnderItsNameAfterAHeaderWithDatesAsIsoText() throws Exception {
        PersonalDataExport export = new PersonalDataExport(List.of(
                section("zeta", List.of(new Note("marker", NOW))),
                section("alpha", Map.of("name", "Sam")),
                section("empty", null)), JSON, Clock.fixed(NOW, ZoneOffset.UTC));

        JsonNode json = JSON.readTree(export.json(subject));

        assertThat(export.sectionNames()).containsExactly("alpha", "empty", "zeta");
        assertThat(json.fieldNames()).toIterable().containsExactly("format", "reference", "createdAt", "alpha",
                "empty", "zeta");
        assertThat(json.get("format").asText()).isEqualTo(PersonalDataExport.FORMAT);
        assertThat(json.get("reference").asText()).isEqualTo(subject.reference());
        assertThat(json.get("createdAt").asText()).isEqualTo("2027-02-01T12:00:00Z");
        assertThat(json.at("/alpha/name").asText()).isEqualTo("Sam");
        assertThat(json.get("empty").isNull()).isTrue();
        assertThat(json.at("/zeta/0/text").asText()).isEqualTo("marker");
        assertThat(json.at("/zeta/0/at").asText()).isEqualTo("2027-02-01T12:00:00Z");
    }

    private PersonalDataSection section(String name, Object content) {
        return new PersonalDataSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object export(ExportSubject exported) {
                assertThat(exported).isEqualTo(subject);
                return content;
            }
        };
    }
}
