package nl.werving.process;

import static nl.werving.process.ModelFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No candidate is rejected by automation alone: on every path to a rejecting end event the last decision
 * is taken by a person (the rule is spelled out on {@link HumanDecisionPaths}). Fixtures under
 * src/test/resources/models/human-decision/ show what the check reports and what it lets pass.
 */
class NoAutomatedRejectionTests {

    @Test
    void everyRejectionInTheShippedProcessesIsDecidedByAPerson() {
        assertThat(ModelFiles.bpmn()).isNotEmpty();

        List<String> problems = ModelFiles.bpmn().stream()
                .flatMap(bpmn -> HumanDecisionPaths.automatedRejections(bpmn).stream())
                .toList();

        assertThat(problems).isEmpty();
    }

    @Test
    void aDecisionTablesRecommendationThatLeadsStraightToARejectionIsReported() {
        assertThat(HumanDecisionPaths.automatedRejections(fixture("human-decision/AutomatedRejection.bpmn")))
                .singleElement().asString()
                .contains("EndEvent_CandidateRejected is reached without a human decision")
                .contains("StartEvent_ApplicationReceived -> Task_RecommendScreening -> Gateway_Recommendation"
                        + " -> EndEvent_CandidateRejected");
    }

    @Test
    void aRejectionConfirmedInAUserTaskPasses() {
        assertThat(HumanDecisionPaths.automatedRejections(fixture("human-decision/HumanConfirmedRejection.bpmn")))
                .isEmpty();
    }

    @Test
    void aServiceTaskMayCarryOutARejectionAPersonDecided() {
        assertThat(HumanDecisionPaths.automatedRejections(fixture("human-decision/HumanDecisionCarriedOut.bpmn")))
                .isEmpty();
    }

    @Test
    void anAutomatedRejectionOnTheSecondRoundOfALoopIsReported() {
        assertThat(HumanDecisionPaths.automatedRejections(fixture("human-decision/AutomatedRejectionInALoop.bpmn")))
                .singleElement().asString()
                .contains("Task_Rescore -> Gateway_DecisionTaken -> Gateway_Outcome -> EndEvent_CandidateRejected");
    }

    @Test
    void aRejectionByATimerOnAReviewIsReported() {
        assertThat(HumanDecisionPaths.automatedRejections(fixture("human-decision/RejectionWhenReviewIsOverdue.bpmn")))
                .singleElement().asString()
                .contains("Task_ReviewApplication -> BoundaryEvent_ReviewOverdue -> EndEvent_CandidateRejected");
    }

    @Test
    void automatedRejectionsAfterAnEmbeddedSubProcessAndInAnEventSubProcessAreReported() {
        assertThat(HumanDecisionPaths.automatedRejections(fixture("human-decision/RejectionInSubProcesses.bpmn")))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains(
                        "Task_ScoreApplication -> EndEvent_ScoringEnded -> Gateway_Recommendation -> EndEvent_ScoreRejected"))
                .anySatisfy(problem -> assertThat(problem).contains("StartEvent_VacancyClosed -> EndEvent_ClosedRejected"))
                .noneSatisfy(problem -> assertThat(problem).contains("EndEvent_CandidateWithdrew"));
    }
}
