package nl.werving.process.listener;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werving.interview.Scorecards;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When an interviewer submits a scorecard: stores ratings and evidence in the interview module. */
@Component
class RecordScorecardListener implements TaskListener {

    static final List<String> CRITERIA = List.of("ratingSkills", "ratingExperience", "ratingCommunication",
            "ratingMotivation");

    private final Scorecards scorecards;

    RecordScorecardListener(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (String criterion : CRITERIA) {
            int rating = FormValues.integer(task.getVariable(criterion), "Each rating");
            if (rating < 1 || rating > 5) {
                throw new ProcessEngineException("Each rating must be between 1 and 5.");
            }
            ratings.put(criterion, rating);
        }
        scorecards.record(ProcessVariables.applicationId(task), ProcessVariables.interviewRound(task),
                task.getAssignee(), ratings, FormValues.requiredText(task.getVariable("evidence"), "Evidence"));
    }
}
