package nl.werving.process.listener;

import java.time.Clock;
import java.time.ZoneId;
import nl.werving.decision.DecisionReviews;
import nl.werving.process.ProcessServices;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the real listeners and expression beans, around mocked services, under their bean names. */
public final class ProcessListeners {

    private ProcessListeners() {
    }

    public static void register(ProcessEngine engine, ProcessServices services, Clock clock) {
        Mocks.register("automationPolicyListener", new AutomationPolicyListener(services.automationPolicy()));
        Mocks.register("showScreeningEvidenceListener", new ShowScreeningEvidenceListener(services.screeningResults(),
                services.screeningExplanations(), "en"));
        Mocks.register("recordScreeningDecisionListener",
                new RecordScreeningDecisionListener(services.screeningResults()));
        Mocks.register("decisionVersionListener", new DecisionVersionListener(engine.getRepositoryService()));
        Mocks.register("recordHumanDecisionListener",
                new RecordHumanDecisionListener(services.decisions(), engine.getIdentityService(), clock));
        Mocks.register("recordInterviewPlanListener", new RecordInterviewPlanListener(services.interviews(),
                engine.getIdentityService(), ZoneId.of("Europe/Amsterdam")));
        Mocks.register("recordScorecardListener", new RecordScorecardListener(services.scorecards()));
        Mocks.register("scorecardSummaryListener", new ScorecardSummaryListener(services.scorecards()));
        Mocks.register("recordOfferDraftListener", new RecordOfferDraftListener(services.offers()));
        Mocks.register("showApprovalCommentListener", new ShowApprovalCommentListener(services.decisions()));
        Mocks.register("showOfferToApproverListener", new ShowOfferToApproverListener(services.offers()));
        Mocks.register("procedureEndedListener", new ProcedureEndedListener(services.applications()));
        Mocks.register("interviewPlan", new InterviewPlan(services.interviews()));
    }

    /** The listeners of DecisionReview.bpmn, around the mocked services and these reviews. */
    public static void registerDecisionReviewListeners(ProcessEngine engine, ProcessServices services,
            DecisionReviews reviews) {
        Mocks.register("showContestedDecisionListener", new ShowContestedDecisionListener(reviews,
                services.decisions(), services.screeningResults(), services.screeningExplanations(), "en"));
        Mocks.register("recordDecisionReviewListener",
                new RecordDecisionReviewListener(reviews, engine.getIdentityService()));
    }
}
