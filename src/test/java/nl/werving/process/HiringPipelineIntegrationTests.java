package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.werving.application.ApplicationReference;
import nl.werving.erasure.Erasure;
import nl.werving.erasure.ErasureReason;
import nl.werving.erasure.ErasureReceipt;
import nl.werving.interview.InterviewPlanning;
import nl.werving.offer.Offers;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One application from the public API to "hired" on PostgreSQL: every human step is done through Camunda's
 * REST API by a user of the right group, the assessment result arrives through the signed webhook, and the
 * candidate's own choices go through the services their links will call.
 */
@PostgresIntegrationTest
class HiringPipelineIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
        @Autowired
    Vacancies vacancies;
    @Autowired
    InterviewPlanning interviewPlanning;
    @Autowired
    Offers offers;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    Erasure erasure;

    private HttpTestClient http;
    private HttpTestClient recruiter;
    private HttpTestClient manager;
    private UUID vacancyId;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        TestUsers.member(identityService, "piperecruiter", WervingGroups.RECRUITERS);
        TestUsers.member(identityService, "pipemanager", WervingGroups.HIRING_MANAGERS);
        recruiter = http.as("piperecruiter", TestUsers.PASSWORD);
        manager = http.as("pipemanager", TestUsers.PASSWORD);
        vacancyId = vacancies.publishIfAbsent("Pipeline test vacancy", "Runs the whole pipeline").getId();
        vacancies.setSalaryBand(vacancyId, new BigDecimal("3500"), new BigDecimal("4500"));
    }

    @Test
    void anApplicationRunsFromTheApiToHired() throws Exception {
        String reference = apply();

        // Screening: nothing is scored automatically yet, so a recruiter reviews and advances.
        TasklistRest.complete(recruiter, "piperecruiter", reference, "Task_ReviewScreening", Map.of("reviewDecision", "advance"));

        // Assessment: the provider posts a signed result.
        HttpResponse<String> result = TasklistRest.postAssessmentResult(http, reference, "{\"score\":82,\"completed\":true,\"providerResultId\":\"r-1\"}");
        assertThat(result.statusCode()).isEqualTo(202);

        // Interview: the recruiter proposes slots, the candidate picks one, is reminded the day before, the interview
        // takes place.
        OffsetDateTime slot = OffsetDateTime.now().plusDays(2).truncatedTo(ChronoUnit.HOURS);
        TasklistRest.complete(recruiter, "piperecruiter", reference, "Task_ProposeInterviewSlots", Map.of(
                "slot1Start", slot.toString(), "durationMinutes", 60, "interviewers", "pipemanager",
                "location", "https://meet.example.org/werving"));
        interviewPlanning.chooseSlot(new ApplicationReference(reference), 1);
        String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference)
                .singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_DayBeforeInterview").singleResult().getId());
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_InterviewHeld").singleResult().getId());

        // The interviewer submits the scorecard; the hiring manager decides to make an offer.
        TasklistRest.complete(manager, "pipemanager", reference, "Task_SubmitScorecard", Map.of("ratingSkills", 4, "ratingExperience", 4,
                "ratingCommunication", 5, "ratingMotivation", 4, "evidence", "Walked through a real design"));
        assertThat(TasklistRest.tasksNow(recruiter, reference, "Task_DecideHiring")).as("the hiring decision is not the recruiter's")
                .isEmpty();
        TasklistRest.complete(manager, "pipemanager", reference, "Task_DecideHiring", Map.of("hiringDecision", "offer"));

        // Offer: drafted within the band, so only the hiring manager approves; the candidate accepts.
        TasklistRest.complete(recruiter, "piperecruiter", reference, "Task_DraftOffer", Map.of("salary", 4200, "startDate", "2027-03-01",
                "terms", "36 hours"));
        TasklistRest.complete(manager, "pipemanager", reference, "Task_ApproveOfferByManager", Map.of("offerApproved", "approve"));
        assertThat(jdbc.queryForList("select type from outbound_message m join application a on a.id = m.application_id "
                + "where a.reference = ? and m.recipient_kind = 'CANDIDATE'", String.class, reference))
                .contains("APPLICATION_RECEIVED", "ASSESSMENT_INVITATION", "INTERVIEW_SLOT_PROPOSAL",
                        "INTERVIEW_INVITATION", "INTERVIEW_REMINDER", "OFFER");

        // A hire erases the applicant's copy at once (the data lifecycle's timer is due right away): hold the job
        // executor while the hire itself is checked, then let the erasure run.
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getJobExecutor();
        jobExecutor.shutdown();
        try {
            offers.accept(new ApplicationReference(reference));

            HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(HiringProcess.PROCESS_KEY).processInstanceBusinessKey(reference).singleResult();
            assertThat(instance.getEndActivityId()).isEqualTo("EndEvent_CandidateHired");
            assertThat(jdbc.queryForObject("select status from application where reference = ?", String.class,
                    reference)).isEqualTo("HIRED");
            assertThat(jdbc.queryForList("select stage from human_decision d join application a on a.id = "
                    + "d.application_id where a.reference = ? order by d.decided_at", String.class, reference))
                    .containsExactly("SCREENING_REVIEW", "HIRING", "OFFER_APPROVAL");
        } finally {
            jobExecutor.start();
        }
        List<ErasureReceipt> receipts = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (receipts.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            receipts = erasure.receipts(reference);
        }
        assertThat(receipts).as("after the hand-over the applicant's copy is erased").extracting(ErasureReceipt::reason)
                .containsExactly(ErasureReason.RETENTION_EXPIRED);
    }

    @Test
    void eachGroupSeesOnlyItsOwnTasks() throws Exception {
        String reference = apply();

        assertThat(recruiterSees(reference, "Task_ReviewScreening")).isTrue();
        assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + reference).statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(manager.get("/engine-rest/task?processInstanceBusinessKey=" + reference).body()))
                .isEmpty();
    }

    private String apply() throws Exception {
        HttpResponse<String> response = http.postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"Pipeline Candidate","email":"pipeline@example.org"}""".formatted(vacancyId));
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("reference").asText();
    }

    private boolean recruiterSees(String reference, String taskKey) throws Exception {
        return !TasklistRest.awaitTasks(recruiter, reference, taskKey).isEmpty();
    }
}
