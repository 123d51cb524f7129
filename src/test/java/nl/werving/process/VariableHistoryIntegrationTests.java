package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
 * A variable's history is its historic instance with its latest value ({@code ACT_HI_VARINST}), without a detail
 * row per change ({@code ACT_HI_DETAIL}); what a person submits on a Tasklist form is still recorded as form fields.
 */
@PostgresIntegrationTest
class VariableHistoryIntegrationTests {

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
    void variablesKeepTheirLatestValueInTheHistoryWithoutADetailRowPerChange() throws Exception {
        HttpTestClient recruiter = new HttpTestClient(port).as(TestUsers.member(identityService,
                "variablehistoryrecruiter", WervingGroups.RECRUITERS), TestUsers.PASSWORD);
        Application application = TestApplications.submit(submission, vacancies);
        TestApplications.awaitScreening(runtimeService, managementService, application);
        String reference = application.getReference().value();
        String instanceId = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(HiringProcess.PROCESS_KEY).processInstanceBusinessKey(reference).singleResult()
                .getId();
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
}
