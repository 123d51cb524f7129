package nl.werving.process.history;

import java.util.Map;
import java.util.Set;

/**
 * The values on user tasks that are personal data: free text a person writes on a task, free text a listener puts on
 * a task for reading, and the offer. They live on their task only (input parameters or task-local variables), their
 * owning module keeps them in its own tables (erased with the application), and the engine's history never records
 * them: {@link PersonalTaskValuesHistoryFilter} drops their variable and form-field history events. Keyed by variable
 * name, whatever the task; the value says where Werving keeps it. A test checks every free-text field and every
 * shown value of every form in {@code forms/} against this list.
 */
public final class PersonalTaskValues {

    /** Variable name → where Werving keeps the value (for people reading this list). */
    public static final Map<String, String> KEPT_IN = Map.ofEntries(
            Map.entry("rejectionReason", "human_decision.reason"),
            Map.entry("offerApprovalComment", "human_decision.reason (stage OFFER_APPROVAL)"),
            Map.entry("reviewReason", "decision_review.outcome_reason and human_decision.reason"),
            Map.entry("candidateStatement", "decision_review.statement"),
            Map.entry("contestedReason", "human_decision.reason of the contested decision"),
            Map.entry("evidence", "scorecard.evidence"),
            Map.entry("location", "interview_plan.location"),
            Map.entry("salary", "offer.salary"),
            Map.entry("startDate", "offer.start_date"),
            Map.entry("terms", "offer.terms"),
            Map.entry("offerSalary", "offer.salary"),
            Map.entry("offerStartDate", "offer.start_date"),
            Map.entry("offerTerms", "offer.terms"));

    /** The variable names the engine's history never records. */
    public static final Set<String> NAMES = KEPT_IN.keySet();

    private PersonalTaskValues() {
    }

    /** Whether a variable or form field of this name stays out of the engine's history. */
    public static boolean isPersonal(String name) {
        return name != null && NAMES.contains(name);
    }
}
