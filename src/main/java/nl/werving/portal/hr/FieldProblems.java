package nl.werving.portal.hr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of a submitted form for the templates, keyed by the id of the input they belong to (also the
 * target of the error summary's links); each message in the page's language.
 */
public final class FieldProblems {

    private final Map<String, String> byField = new LinkedHashMap<>();

    static FieldProblems none() {
        return new FieldProblems();
    }

    void add(String fieldId, String message) {
        byField.putIfAbsent(fieldId, message);
    }

    public boolean has(String fieldId) {
        return byField.containsKey(fieldId);
    }

    public String get(String fieldId) {
        return byField.get(fieldId);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The problems in the order they were found: field id and message. */
    public List<Map.Entry<String, String>> all() {
        return List.copyOf(byField.entrySet());
    }
}
