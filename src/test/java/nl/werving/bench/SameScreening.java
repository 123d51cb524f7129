package nl.werving.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.werving.cv.ProductionTextExtraction;
import nl.werving.reliability.NodeFixtures;
import nl.werving.screening.matching.CvMatcher;
import nl.werving.screening.matching.MatchResult;
import nl.werving.screening.redaction.PersonalDetails;
import nl.werving.screening.redaction.ProtectedAttributeRedactor;
import nl.werving.vacancy.VacancyRequirements;

/**
 * The screening work Werving does per application, done by the bare engine without Werving: the CV's text is
 * extracted as CV intake does it ({@link ProductionTextExtraction}: content detection, the parser for the type, the
 * limits, the extraction thread) when the application comes in, and kept in memory, as the bare engine has no tables
 * of its own; the screening step removes protected attributes and matches the text against the vacancy's
 * requirements with Werving's own redactor and matcher. Nothing is recorded: no applicant or application rows, no
 * stored CV, screening result, decision record, evidence or mail.
 */
final class SameScreening implements BaselineScreening, AutoCloseable {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ProductionTextExtraction extraction = new ProductionTextExtraction();
    private final ProtectedAttributeRedactor redactor = new ProtectedAttributeRedactor();
    private final CvMatcher matcher = new CvMatcher();
    private final Map<String, Received> received = new ConcurrentHashMap<>();
    private final Set<Map<String, Object>> outcomes = ConcurrentHashMap.newKeySet();
    private final VacancyRequirements requirements;
    private final byte[] cv;
    private final String namePrefix;

    /**
     * @param namePrefix as for {@link WervingIntake}: application {@code i} is made by "prefix Candidate i"
     */
    SameScreening(VacancyRequirements requirements, byte[] cv, String namePrefix) {
        this.requirements = requirements;
        this.cv = cv.clone();
        this.namePrefix = namePrefix;
    }

    @Override
    public void received(String applicationId, int index) {
        String name = namePrefix + " Candidate " + index;
        received.put(applicationId, new Received(extraction.text(cv, "cv.pdf"),
                new PersonalDetails(name, NodeFixtures.email(name), null)));
    }

    @Override
    public Map<String, Object> screen(String applicationId) {
        Received application = received.remove(applicationId);
        MatchResult match = matcher.match(redactor.redact(application.text(), application.person()), requirements,
                Map.of(), LocalDate.now(ZONE));
        Map<String, Object> variables = new HashMap<>();
        variables.put("knockoutFailed", match.knockoutFailed());
        variables.put("mustHaveMissing", match.mustHaveMissing());
        variables.put("screeningScore", match.score());
        outcomes.add(variables);
        return variables;
    }

    @Override
    public String description() {
        return "bare engine doing the same screening";
    }

    /** Every distinct set of variables the screening step set. */
    Set<Map<String, Object>> outcomes() {
        return Set.copyOf(outcomes);
    }

    @Override
    public void close() {
        extraction.close();
    }

    private record Received(String text, PersonalDetails person) {
    }
}
