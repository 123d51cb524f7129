package nl.werving.interview;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.werving.dataexport.ExportSubject;
import nl.werving.dataexport.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The interview plans (slots, interviewers, location, the choice) and the scorecards in the candidate's export. */
@Component
class InterviewDataSection implements PersonalDataSection {

    private final InterviewPlanRepository plans;
    private final ScorecardRepository scorecards;

    InterviewDataSection(InterviewPlanRepository plans, ScorecardRepository scorecards) {
        this.plans = plans;
        this.scorecards = scorecards;
    }

    @Override
    public String name() {
        return "interviews";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(ExportSubject subject) {
        Map<String, Object> exported = new LinkedHashMap<>();
        exported.put("plans", plans.findByApplicationIdOrderByRound(subject.applicationId()).stream()
                .map(InterviewPlan::exported).toList());
        exported.put("scorecards", scorecards.findByApplicationIdOrderByRoundAscSubmittedAtAsc(subject.applicationId())
                .stream().map(Scorecard::exported).toList());
        return exported;
    }
}
