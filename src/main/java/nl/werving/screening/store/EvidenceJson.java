package nl.werving.screening.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.werving.screening.Evidence;

/** Evidence as the JSON array stored in screening_requirement_result.evidence, at most {@link #MAX_LENGTH} long. */
final class EvidenceJson {

    static final int MAX_LENGTH = 8000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Item>> ITEMS = new TypeReference<>() {
    };

    private EvidenceJson() {
    }

    record Item(String passage, int start, int end) {
    }

    /** The JSON of the evidence; trailing items are left out when the whole would not fit. */
    static String write(List<Evidence> evidence) {
        List<Item> items = new ArrayList<>(evidence.stream()
                .map(item -> new Item(item.passage(), item.start(), item.end())).toList());
        while (true) {
            String json = serialize(items);
            if (json.length() <= MAX_LENGTH) {
                return json;
            }
            items.remove(items.size() - 1);
        }
    }

    static List<Evidence> read(String json) {
        try {
            return JSON.readValue(json, ITEMS).stream()
                    .map(item -> new Evidence(item.passage(), item.start(), item.end())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored screening evidence is not valid JSON", e);
        }
    }

    private static String serialize(List<Item> items) {
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Screening evidence cannot be written as JSON", e);
        }
    }
}
