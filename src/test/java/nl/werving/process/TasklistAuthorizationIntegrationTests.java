package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.werving.security.WervingGroups;
import nl.werving.support.CamundaWebappSession;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.KnockoutQuestionDraft;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist never shows a candidate's data to a group that has no task for it. An application waits at "Review
 * screening outcome", a task for recruiters. Members of the other groups that use Tasklist (hiring managers, team
 * leads, HR, the DPO) try to read that task, its variables and form variables, the process instance's variables
 * and its history, through the API Tasklist itself calls ({@code /camunda/api/engine/...}, after a Tasklist login)
 * and through {@code /engine-rest}; auditors, who have no Tasklist, try the tasks through {@code /engine-rest}.
 * Auditors and the DPO read process history by their role (Cockpit, the audit trail), which holds ids and
 * non-personal features only; the open task and its variables stay closed to them.
 * The recruiter, whose task it is, reads it through the same calls: the refusals are the authorizations at work.
 */
@PostgresIntegrationTest
class TasklistAuthorizationIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECRUITER = "ittlarecruiter";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    Vacancies vacancies;

    private HttpTestClient recruiter;
    private String reference;
    private String taskId;
    private String processInstanceId;

    @BeforeEach
    void anApplicationWaitsForItsScreeningReview() throws Exception {
        HttpTestClient anonymous = new HttpTestClient(port);
        recruiter = new HttpTestClient(port).as(TestUsers.member(identityService, RECRUITER, WervingGroups.RECRUITERS),
                TestUsers.PASSWORD);
        UUID vacancyId = vacancies.createDraft("Tasklist authorization vacancy " + UUID.randomUUID(),
                "Drives a van", null, null).getId();
        UUID permit = vacancies.changeRequirements(vacancyId, new RequirementsDraft(null, List.of(), List.of(
                new KnockoutQuestionDraft(null, "Do you have a work permit for the Netherlands?",
                        "Heb je een werkvergunning voor Nederland?", true))), "ittlahr")
                .knockoutQuestions().get(0).id();
        vacancies.open(vacancyId);
        HttpResponse<String> applied = anonymous.postJson("/api/applications", """
                {"vacancyId":"%s","fullName":"Tara Tasklist","email":"tara.tasklist@example.org",
                 "knockoutAnswers":{"%s":false},"privacyNoticeVersion":"2026-11"}""".formatted(vacancyId, permit));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        reference = JSON.readTree(applied.body()).get("reference").asText();
        JsonNode tasks = TasklistRest.awaitTasks(recruiter, reference, "Task_ReviewScreening");
        assertThat(tasks).hasSize(1);
        taskId = tasks.get(0).get("id").asText();
        processInstanceId = tasks.get(0).get("processInstanceId").asText();
    }

    @Test
    void theRecruiterWhoseTaskItIsReadsItThroughTasklistsApi() throws Exception {
        CamundaWebappSession session = CamundaWebappSession.logInToTasklist(port, RECRUITER, TestUsers.PASSWORD);

        assertThat(session.get("/task?processInstanceBusinessKey=" + reference).body()).contains(taskId);
        assertThat(session.get("/task/" + taskId).statusCode()).isEqualTo(200);
        HttpResponse<String> formVariables = session.get("/task/" + taskId + "/form-variables");
        assertThat(formVariables.statusCode()).isEqualTo(200);
        assertThat(formVariables.body()).contains("applicationReference", reference, "screeningRecommendation");
        assertThat(session.get("/task/" + taskId + "/variables").statusCode()).isEqualTo(200);
        assertThat(session.postJson("/filter/" + allTasksFilter(session) + "/list",
                "{\"processInstanceBusinessKey\":\"" + reference + "\"}").body()).contains(taskId);
    }

    @Test
    void groupsWithoutATaskForTheApplicationSeeNothingOfItInTasklist() throws Exception {
        for (String group : List.of(WervingGroups.HIRING_MANAGERS, WervingGroups.TEAM_LEADS, WervingGroups.HR)) {
            String user = TestUsers.member(identityService, "ittla" + group.replace("-", ""), group);
            CamundaWebappSession session = CamundaWebappSession.logInToTasklist(port, user, TestUsers.PASSWORD);
            HttpTestClient engineRest = new HttpTestClient(port).as(user, TestUsers.PASSWORD);

            assertSeesNoTask(group + " in Tasklist", session::get);
            assertSeesNoTask(group + " on /engine-rest", path -> engineRest.get("/engine-rest" + path));
            assertSeesNoTaskHistory(group + " in Tasklist", session::get);
            assertSeesNoTaskHistory(group + " on /engine-rest", path -> engineRest.get("/engine-rest" + path));
            assertSeesNoProcessInstance(group + " in Tasklist", session::get);
            assertSeesNoProcessInstance(group + " on /engine-rest", path -> engineRest.get("/engine-rest" + path));
            HttpResponse<String> filtered = session.postJson("/filter/" + allTasksFilter(session) + "/list",
                    "{\"processInstanceBusinessKey\":\"" + reference + "\"}");
            assertThat(filtered.statusCode()).isEqualTo(200);
            assertThat(filtered.body()).as(group + ": the All tasks filter").isEqualTo("[]");
        }
    }

    @Test
    void theDpoAndAuditorsCannotReadTheTaskOrItsVariables() throws Exception {
        String dpo = TestUsers.member(identityService, "ittladpo", WervingGroups.DPO);
        String auditor = TestUsers.member(identityService, "ittlaauditor", WervingGroups.AUDITORS);
        CamundaWebappSession session = CamundaWebappSession.logInToTasklist(port, dpo, TestUsers.PASSWORD);
        HttpTestClient dpoRest = new HttpTestClient(port).as(dpo, TestUsers.PASSWORD);
        HttpTestClient auditorRest = new HttpTestClient(port).as(auditor, TestUsers.PASSWORD);

        assertSeesNoTask("dpo in Tasklist", session::get);
        assertSeesNoTask("dpo on /engine-rest", path -> dpoRest.get("/engine-rest" + path));
        assertSeesNoTask("auditor on /engine-rest", path -> auditorRest.get("/engine-rest" + path));
    }

    private void assertSeesNoTask(String who, Function<String, HttpResponse<String>> get) {
        assertEmptyList(who, get.apply("/task?processInstanceBusinessKey=" + reference));
        assertEmptyList(who, get.apply("/task?processInstanceId=" + processInstanceId));
        assertRefused(who, get.apply("/task/" + taskId));
        assertRefused(who, get.apply("/task/" + taskId + "/variables"));
        assertRefused(who, get.apply("/task/" + taskId + "/form-variables"));
        assertRefused(who, get.apply("/task/" + taskId + "/variables/applicationReference"));
        assertRefused(who, get.apply("/task/" + taskId + "/deployed-form"));
        assertRefused(who, get.apply("/task/" + taskId + "/identity-links"));
    }

    private void assertSeesNoTaskHistory(String who, Function<String, HttpResponse<String>> get) {
        assertEmptyList(who, get.apply("/history/task?processInstanceBusinessKey=" + reference));
        assertEmptyList(who, get.apply("/history/task?taskId=" + taskId));
        assertEmptyList(who, get.apply("/history/variable-instance?taskIdIn=" + taskId));
    }

    private void assertSeesNoProcessInstance(String who, Function<String, HttpResponse<String>> get) {
        assertEmptyList(who, get.apply("/process-instance?businessKey=" + reference));
        assertRefused(who, get.apply("/process-instance/" + processInstanceId));
        assertRefused(who, get.apply("/process-instance/" + processInstanceId + "/variables"));
        assertEmptyList(who, get.apply("/variable-instance?processInstanceIdIn=" + processInstanceId));
        assertEmptyList(who, get.apply("/execution?processInstanceId=" + processInstanceId));
        assertEmptyList(who, get.apply("/history/process-instance?processInstanceBusinessKey=" + reference));
        assertEmptyList(who, get.apply("/history/variable-instance?processInstanceId=" + processInstanceId));
        assertEmptyList(who, get.apply("/history/activity-instance?processInstanceId=" + processInstanceId));
        assertEmptyList(who, get.apply("/history/detail?processInstanceId=" + processInstanceId));
        assertEmptyList(who, get.apply("/history/decision-instance?processInstanceId=" + processInstanceId));
        assertEmptyList(who, get.apply("/history/user-operation?processInstanceId=" + processInstanceId));
    }

    private void assertEmptyList(String who, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s: %s", who, response.uri()).isIn(200, 403);
        if (response.statusCode() == 200) {
            assertThat(response.body()).as("%s: %s", who, response.uri()).isEqualTo("[]");
        }
    }

    private void assertRefused(String who, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s: %s %s", who, response.uri(), response.body()).isIn(403, 404);
        assertThat(response.body()).as("%s: %s", who, response.uri()).doesNotContain(reference)
                .doesNotContain("screening");
    }

    private static String allTasksFilter(CamundaWebappSession session) throws Exception {
        HttpResponse<String> filters = session.get("/filter?resourceType=Task&name=All%20tasks");
        assertThat(filters.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(filters.body());
        assertThat(list).as("the All tasks filter").isNotEmpty();
        return list.get(0).get("id").asText();
    }
}
