package nl.werving.process.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

/**
 * The one rule for what the engine's history never records ({@link PersonalTaskValues}) against every form in
 * {@code forms/}: every free-text field (textfield, textarea) and every value a form shows must be either a personal
 * task value or named here as not personal, with the reason. A new form, or a new field, that is neither makes this
 * test fail until someone decides.
 */
class PersonalTaskValuesTests {

    private static final Path FORMS = Path.of("forms");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FREE_TEXT_TYPES = Set.of("textfield", "textarea");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b(?!\\s*\\()");
    private static final Set<String> FEEL_WORDS = Set.of("if", "then", "else", "true", "false", "null", "and", "or",
            "not");

    /**
     * Form fields and shown values that are not personal data and stay in history, with the reason. A free-text field
     * may only be here when the form restricts it with a pattern.
     */
    private static final Map<String, String> NOT_PERSONAL = Map.ofEntries(
            // decisions: codes that route the process
            Map.entry("reviewDecision", "a code"), Map.entry("assessmentReviewDecision", "a code"),
            Map.entry("slotFollowUpDecision", "a code"), Map.entry("hiringDecision", "a code"),
            Map.entry("offerApproved", "a code"), Map.entry("offerFollowUpDecision", "a code"),
            Map.entry("rectificationOutcome", "a code"), Map.entry("reviewOutcome", "a code"),
            Map.entry("mailFollowUpDecision", "a code"), Map.entry("candidateContacted", "a yes/no"),
            // the interview plan and the scorecard's numbers
            Map.entry("slot1Start", "an appointment time"), Map.entry("slot2Start", "an appointment time"),
            Map.entry("slot3Start", "an appointment time"), Map.entry("durationMinutes", "a number"),
            Map.entry("interviewers", "staff user ids, restricted by the form's pattern"),
            Map.entry("ratingSkills", "a number 1-5"), Map.entry("ratingExperience", "a number 1-5"),
            Map.entry("ratingCommunication", "a number 1-5"), Map.entry("ratingMotivation", "a number 1-5"),
            Map.entry("interviewRound", "a counter"), Map.entry("scorecardCount", "a count"),
            Map.entry("scorecardAverage", "a number"),
            // what automation recommended, and why, in codes and texts about requirements
            Map.entry("screeningRecommendation", "a code"), Map.entry("screeningReason", "a code"),
            Map.entry("screeningDecisionVersion", "a version"),
            Map.entry("screeningExplanationEn", "a fixed text per rule"),
            Map.entry("screeningEvidence", "per requirement its status and points, never CV text"),
            Map.entry("screeningExplanation", "names requirements, never CV text"),
            Map.entry("assessmentRecommendation", "a code"), Map.entry("assessmentReason", "a code"),
            Map.entry("assessmentDecisionVersion", "a version"),
            Map.entry("assessmentExplanationEn", "a fixed text per rule"),
            Map.entry("salaryAboveBand", "a flag"), Map.entry("salaryBandKnown", "a flag"),
            Map.entry("offerApprovalReason", "a code"),
            // ids, dates and codes of requests and messages
            Map.entry("applicationReference", "a random reference"), Map.entry("dueAt", "a deadline"),
            Map.entry("contestedSubject", "a code in words"), Map.entry("messageType", "a code"),
            Map.entry("messageId", "an id"));

    @Test
    void everyFreeTextFieldOfEveryFormStaysOutOfHistory() throws IOException {
        List<String> uncovered = new ArrayList<>();
        for (Path form : forms()) {
            for (JsonNode component : components(form)) {
                String key = component.path("key").asText(null);
                if (key == null || !FREE_TEXT_TYPES.contains(component.path("type").asText())
                        || PersonalTaskValues.isPersonal(key)) {
                    continue;
                }
                boolean restricted = !component.path("validate").path("pattern").asText("").isBlank();
                if (!(NOT_PERSONAL.containsKey(key) && restricted)) {
                    uncovered.add(form.getFileName() + ": " + key);
                }
            }
        }
        assertThat(uncovered).as("free-text fields neither in PersonalTaskValues nor restricted by a pattern")
                .isEmpty();
    }

    @Test
    void everyFieldAndShownValueOfEveryFormIsClassified() throws IOException {
        List<String> unclassified = new ArrayList<>();
        for (Path form : forms()) {
            for (String name : namesIn(form)) {
                if (PersonalTaskValues.isPersonal(name) == NOT_PERSONAL.containsKey(name)) {
                    unclassified.add(form.getFileName() + ": " + name);
                }
            }
        }
        assertThat(unclassified).as("names that are neither personal task values nor known as not personal, or both")
                .isEmpty();
    }

    @Test
    void everyPersonalTaskValueIsOnAForm() throws IOException {
        Set<String> onForms = new TreeSet<>();
        for (Path form : forms()) {
            onForms.addAll(namesIn(form));
        }
        assertThat(onForms).containsAll(PersonalTaskValues.NAMES);
    }

    @Test
    void theFilterDropsOnlyThePersonalValuesEventsAndPassesTheRestOn() {
        List<HistoryEvent> handled = new ArrayList<>();
        PersonalTaskValuesHistoryFilter filter = new PersonalTaskValuesHistoryFilter(new Collecting(handled));
        HistoryEvent reason = variable("rejectionReason");
        HistoryEvent decision = variable("reviewDecision");
        HistoricFormPropertyEventEntity terms = new HistoricFormPropertyEventEntity();
        terms.setPropertyId("terms");
        HistoricFormPropertyEventEntity approved = new HistoricFormPropertyEventEntity();
        approved.setPropertyId("offerApproved");
        HistoryEvent activity = new HistoricActivityInstanceEventEntity();

        filter.handleEvent(reason);
        filter.handleEvent(terms);
        filter.handleEvent(decision);
        filter.handleEvents(List.of(reason, approved, activity, terms));

        assertThat(handled).containsExactly(decision, approved, activity);
    }

    private static HistoryEvent variable(String name) {
        HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
        event.setVariableName(name);
        return event;
    }

    /** The keys of a form's fields and the variables its texts show. */
    private static Set<String> namesIn(Path form) throws IOException {
        Set<String> names = new TreeSet<>();
        for (JsonNode component : components(form)) {
            if (component.hasNonNull("key")) {
                names.add(component.path("key").asText());
            }
            Matcher template = TEMPLATE.matcher(component.path("text").asText(""));
            while (template.find()) {
                Matcher identifier = IDENTIFIER.matcher(template.group(1).replaceAll("\"[^\"]*\"", " "));
                while (identifier.find()) {
                    if (!FEEL_WORDS.contains(identifier.group())) {
                        names.add(identifier.group());
                    }
                }
            }
        }
        return names;
    }

    private static List<Path> forms() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            List<Path> forms = files.filter(file -> file.getFileName().toString().endsWith(".form")).sorted().toList();
            assertThat(forms).isNotEmpty();
            return forms;
        }
    }

    private static List<JsonNode> components(Path form) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        collect(JSON.readTree(form.toFile()).path("components"), all);
        return all;
    }

    private static void collect(JsonNode components, List<JsonNode> all) {
        for (JsonNode component : components) {
            all.add(component);
            collect(component.path("components"), all);
        }
    }

    private record Collecting(List<HistoryEvent> handled) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            handled.add(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            handled.addAll(events);
        }
    }
}
