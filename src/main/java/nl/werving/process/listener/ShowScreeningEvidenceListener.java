package nl.werving.process.listener;

import nl.werving.applicant.Language;
import nl.werving.process.ProcessVariables;
import nl.werving.screening.ScreeningExplanations;
import nl.werving.screening.ScreeningResults;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the screening review opens: puts what screening found per requirement (status, years, points; never a CV
 * passage) and the plain-language explanation (in {@code werving.staff-language}) on the task itself, with the
 * application's reference for the links to the screening evidence page and the blind CV, where the reviewer reads
 * the CV passages: CV text never becomes a variable.
 */
@Component
class ShowScreeningEvidenceListener implements TaskListener {

    static final String EVIDENCE = "screeningEvidence";
    static final String EXPLANATION = "screeningExplanation";
    /** The application's random reference, for the link to the blind-review CV page. */
    static final String REFERENCE = "applicationReference";
    private static final int MAX_EXPLANATION_CHARS = 3900;

    private final ScreeningResults results;
    private final ScreeningExplanations explanations;
    private final Language staffLanguage;

    ShowScreeningEvidenceListener(ScreeningResults results, ScreeningExplanations explanations,
            @Value("${werving.staff-language:en}") String staffLanguage) {
        this.results = results;
        this.explanations = explanations;
        this.staffLanguage = Language.fromCode(staffLanguage);
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(REFERENCE, task.getExecution().getProcessBusinessKey());
        results.latest(ProcessVariables.applicationId(task)).ifPresent(result -> {
            task.setVariableLocal(EVIDENCE, explanations.requirementsOverview(result, ScreeningExplanations.MAX_SUMMARY_CHARS));
            String explanation = explanations.explain(result, staffLanguage);
            task.setVariableLocal(EXPLANATION, explanation.length() <= MAX_EXPLANATION_CHARS
                    ? explanation : explanation.substring(0, MAX_EXPLANATION_CHARS - 1) + "…");
        });
    }
}
