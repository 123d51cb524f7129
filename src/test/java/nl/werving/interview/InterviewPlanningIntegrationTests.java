package nl.werving.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werving.application.ApplicationSubmission;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.vacancy.Vacancies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Storing interview plans and scorecards. Choosing a slot is covered by unit tests: it announces the choice
 * to the hiring process, which only expects it once the process waits for it.
 */
@PostgresIntegrationTest
class InterviewPlanningIntegrationTests {

    private static final OffsetDateTime NEXT_WEEK = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(7)
            .truncatedTo(ChronoUnit.HOURS);

    @Autowired
    InterviewPlanning planning;
    @Autowired
    Scorecards scorecards;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Vacancies vacancies;
    @Autowired
    JdbcTemplate jdbc;

    private UUID applicationId;

    @BeforeEach
    void setUp() {
        applicationId = TestApplications.submit(submission, vacancies).getId();
    }

    @Test
    void aProposalIsStoredWithItsSlotsAndInterviewers() {
        planning.propose(applicationId, 1, List.of(NEXT_WEEK, NEXT_WEEK.plusDays(1)), 60, List.of("manager", "itrecruiter"),
                "Room 4.12");

        Map<String, Object> plan = jdbc.queryForMap("select * from interview_plan where application_id = ?", applicationId);
        assertThat(plan).containsEntry("round", 1).containsEntry("duration_minutes", 60)
                .containsEntry("location", "Room 4.12");
        assertThat(plan.get("chosen_slot_index")).isNull();
        assertThat(instants("select starts_at from interview_slot where plan_id = ? order by slot_index", plan.get("id")))
                .containsExactly(NEXT_WEEK.toInstant(), NEXT_WEEK.plusDays(1).toInstant());
        assertThat(planning.interviewers(applicationId, 1)).containsExactlyInAnyOrder("manager", "itrecruiter");
    }

    @Test
    void proposingAgainReplacesTheUnansweredProposal() {
        planning.propose(applicationId, 1, List.of(NEXT_WEEK, NEXT_WEEK.plusDays(1)), 60, List.of("manager"), null);

        planning.propose(applicationId, 1, List.of(NEXT_WEEK.plusDays(2)), 45, List.of("teamlead"), "Online");

        assertThat(jdbc.queryForObject("select count(*) from interview_plan where application_id = ?", Integer.class,
                applicationId)).isEqualTo(1);
        assertThat(instants("select s.starts_at from interview_slot s join interview_plan p on p.id = s.plan_id "
                + "where p.application_id = ?", applicationId)).containsExactly(NEXT_WEEK.plusDays(2).toInstant());
        assertThat(planning.interviewers(applicationId, 1)).containsExactly("teamlead");
    }

    @Test
    void everyRoundHasItsOwnPlan() {
        planning.propose(applicationId, 1, List.of(NEXT_WEEK), 60, List.of("manager"), null);
        planning.propose(applicationId, 2, List.of(NEXT_WEEK.plusDays(3)), 90, List.of("teamlead", "manager"), null);

        assertThat(planning.interviewers(applicationId, 1)).containsExactly("manager");
        assertThat(planning.interviewers(applicationId, 2)).containsExactlyInAnyOrder("teamlead", "manager");
    }

    @Test
    void anInvalidProposalStoresNothing() {
        assertThatThrownBy(() -> planning.propose(applicationId, 1, List.of(NEXT_WEEK.minusDays(14)), 60,
                List.of("manager"), null)).isInstanceOf(InterviewPlanningException.class);

        assertThat(jdbc.queryForObject("select count(*) from interview_plan where application_id = ?", Integer.class,
                applicationId)).isZero();
    }

    @Test
    void aResubmittedScorecardReplacesTheEarlierOne() {
        scorecards.record(applicationId, 1, "manager", ratings(2, 2, 2, 2), "First impression");
        scorecards.record(applicationId, 1, "manager", ratings(4, 5, 3, 4), "Explained the design of their last project");

        Map<String, Object> row = jdbc.queryForMap("select * from scorecard where application_id = ?", applicationId);
        assertThat(row).containsEntry("interviewer_id", "manager").containsEntry("rating_skills", 4)
                .containsEntry("rating_experience", 5).containsEntry("rating_communication", 3)
                .containsEntry("rating_motivation", 4)
                .containsEntry("evidence", "Explained the design of their last project");
        assertThat(scorecards.summary(applicationId, 1)).isEqualTo(new ScorecardSummary(1, 4.0));
    }

    @Test
    void theSummaryCountsTheRoundsScorecardsAndAveragesAllTheirRatings() {
        scorecards.record(applicationId, 1, "manager", ratings(4, 4, 4, 4), null);
        scorecards.record(applicationId, 1, "teamlead", ratings(3, 2, 3, 3), "Short answers");
        scorecards.record(applicationId, 2, "manager", ratings(1, 1, 1, 1), null);

        assertThat(scorecards.summary(applicationId, 1)).isEqualTo(new ScorecardSummary(2, 3.375));
        assertThat(scorecards.summary(applicationId, 3)).isEqualTo(new ScorecardSummary(0, 0));
    }

    private List<Instant> instants(String query, Object parameter) {
        return jdbc.queryForList(query, OffsetDateTime.class, parameter).stream().map(OffsetDateTime::toInstant).toList();
    }

    private static Map<String, Integer> ratings(int skills, int experience, int communication, int motivation) {
        return Map.of("ratingSkills", skills, "ratingExperience", experience, "ratingCommunication", communication,
                "ratingMotivation", motivation);
    }
}
