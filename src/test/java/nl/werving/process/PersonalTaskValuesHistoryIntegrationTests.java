package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationSubmission;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the engine's history on PostgreSQL keeps of a task's values. A rejection reason submitted through Tasklist's
 * form API lives on its task only: once the task is completed, the history (variable instances and submitted form
 * fields) holds the decision but not the reason, while the audit trail still shows the reason from Werving's
 * decision records. A variable's history is its historic instance with its latest value, without a detail row per
 * change; what a person submits on a form is recorded as form fields.
 */
@PostgresIntegrationTest
class PersonalTaskValuesHistoryIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;

    @Test
    void aRejectionReasonLeavesNoTraceInTheEngineHistoryButStaysInTheAuditTrail() throws Exception {
        HttpTestClient recruiter = new HttpTestClient(port).as(TestUsers.member(identityService, "historyrecruiter",
                WervingGroups.RECRUITERS), TestUsers.PASSWORD);
        HttpTestClient auditor = new HttpTestClient(port).as(TestUsers.member(identityService, "historyauditor",
                WervingGroups.AUDITORS), TestUsers.PASSWORD);
        Application application = TestApplications.submit(submission, vacancies);
        TestApplications.awaitScreening(runtimeService, managementService, application);
        String reference = application.getReference().value();
        String instanceId = hiringInstance(reference);
        String reason = "History marker " + UUID.randomUUID() + ": no work permit for the Netherlands";

        TasklistRest.complete(recruiter, "historyrecruiter", reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "reject", "rejectionReason", reason));

        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instanceId)
                .taskDefinitionKey("Task_ReviewScreening").finished().count()).as("the task is completed").isOne();
        assertThat(EngineHistoryRows.personalRows(historyService, instanceId, "History marker"))
                .as("ACT_HI_VARINST and ACT_HI_DETAIL rows holding the reason").isEmpty();
        assertThat(EngineHistoryRows.variableNames(historyService, instanceId))
                .as("the non-personal variables are still in the history")
                .contains("applicationId", "reviewDecision", "screeningRecommendation")
                .doesNotContain("rejectionReason");
        assertThat(EngineHistoryRows.detailNames(historyService, instanceId))
                .as("the decision as a submitted form field").contains("reviewDecision")
                .doesNotContain("rejectionReason");
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId).formFields().list())
                .as("Tasklist's form submission is recorded, without the reason").isNotEmpty();

        HttpResponse<String> decisions = auditor.get("/api/applications/" + reference + "/decisions");
        assertThat(decisions.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(decisions.body()).path("decisions")).as("the audit trail keeps the reason")
                .anySatisfy(decision -> {
                    assertThat(decision.path("kind").asText()).isEqualTo("HUMAN");
                    assertThat(decision.path("decision").asText()).isEqualTo("reject");
                    assertThat(decision.path("reason").asText()).isEqualTo(reason);
                    assertThat(decision.path("decidedBy").asText()).isEqualTo("historyrecruiter");
                });
    }

    @Test
    void variablesKeepTheirLatestValueInTheHistoryWithoutADetailRowPerChange() throws Exception {
        HttpTestClient recruiter = new HttpTestClient(port).as(TestUsers.member(identityService,
                "variablehistoryrecruiter", WervingGroups.RECRUITERS), TestUsers.PASSWORD);
        Application application = TestApplications.submit(submission, vacancies);
        TestApplications.awaitScreening(runtimeService, managementService, application);
        String reference = application.getReference().value();
        String instanceId = hiringInstance(reference);
        runtimeService.setVariable(instanceId, HiringProcess.VAR_INTERVIEW_ROUND, 2);

        TasklistRest.complete(recruiter, "variablehistoryrecruiter", reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance"));

        assertThat(EngineHistoryRows.variableNames(historyService, instanceId))
                .contains("applicationId", "screeningScore", "screeningRecommendation", "reviewDecision");
        HistoricVariableInstance round = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId).variableName(HiringProcess.VAR_INTERVIEW_ROUND).singleResult();
        assertThat(round.getValue()).as("the latest value").isEqualTo(2);
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates().count())
                .as("variable updates in ACT_HI_DETAIL").isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId).formFields().list())
                .as("the submitted form").map(field -> ((HistoricFormField) field).getFieldId())
                .contains("reviewDecision");
    }

    private String hiringInstance(String reference) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
    }
}
