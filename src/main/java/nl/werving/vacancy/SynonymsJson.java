package nl.werving.vacancy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** A requirement's synonyms as they are stored: a JSON array of strings. */
final class SynonymsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private SynonymsJson() {
    }

    static String write(List<String> synonyms) {
        try {
            return JSON.writeValueAsString(synonyms);
        } catch (JsonProcessingException exception) {
            throw new IllegalStateException("Synonyms cannot be written as JSON", exception);
        }
    }

    static List<String> read(String json) {
        try {
            return List.copyOf(JSON.readValue(json, STRINGS));
        } catch (JsonProcessingException exception) {
            throw new IllegalStateException("Stored synonyms are not a JSON array of strings", exception);
        }
    }
}
