package nl.werving.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.werving.audit.EngineAuditHistory.ActivityRecord;
import nl.werving.audit.EngineAuditHistory.ProcessInstanceRecord;
import nl.werving.audit.EngineAuditHistory.TaskRecord;
import org.junit.jupiter.api.Test;

class TimelinesTests {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void partsAreMergedOldestFirstWithTiesInTheOrderGivenAndUndatedEntriesLast() {
        TimelineEntry submitted = entry(0, "APPLICATION", "application-submitted");
        TimelineEntry mail = entry(5, "MAIL", "mail-queued");
        TimelineEntry decision = entry(5, "DECISION", "human-decision");
        TimelineEntry undated = new TimelineEntry(null, "ERASURE", "erased", Map.of());
        TimelineEntry started = entry(1, "PROCESS", "process-started");

        List<TimelineEntry> merged = Timelines.merge(List.of(submitted, undated), List.of(decision),
                List.of(mail, started));

        assertThat(merged).containsExactly(submitted, started, decision, mail, undated);
    }

    @Test
    void decisionRecordsAreSortedOldestFirst() {
        DecisionRecord human = DecisionRecord.human(T0.plusSeconds(90), "SCREENING_REVIEW", 1, "reject", "advance",
                "Permit is being arranged", "rec1", true);
        DecisionRecord screening = DecisionRecord.screening(T0.plusSeconds(2), "ScreeningDecision", 3,
                Map.of("knockoutFailed", true), "reject", "KNOCKOUT_FAILED");

        assertThat(Timelines.sortDecisions(List.of(human, screening))).containsExactly(screening, human);
    }

    @Test
    void aUserTaskBecomesCreatedClaimedAndCompletedWithItsGroupsAndAssigneeAndOtherActivitiesOneEntryEach() {
        ProcessInstanceRecord instance = new ProcessInstanceRecord("pi-1", "HiringProcess", 4, T0, T0.plusSeconds(600),
                "EndEvent_CandidateRejected",
                List.of(new ActivityRecord("StartEvent_ApplicationReceived", "Application received", "startEvent", T0,
                        T0, false),
                        new ActivityRecord("Task_ReviewScreening", "Review screening outcome", "userTask",
                                T0.plusSeconds(10), T0.plusSeconds(130), false)),
                List.of(new TaskRecord("Task_ReviewScreening", "Review screening outcome", List.of("recruiters"),
                        "rec1", T0.plusSeconds(10), T0.plusSeconds(70), T0.plusSeconds(130), "completed")));

        List<TimelineEntry> entries = Timelines.process(List.of(instance));

        assertThat(entries).extracting(TimelineEntry::event).containsExactly("process-started", "activity",
                "task-created", "task-claimed", "task-completed", "process-ended");
        assertThat(entries.get(1).details()).containsEntry("activityId", "StartEvent_ApplicationReceived")
                .doesNotContainKey("canceled");
        assertThat(entries.get(2).details()).containsEntry("candidateGroups", List.of("recruiters"))
                .containsEntry("task", "Task_ReviewScreening");
        assertThat(entries.get(3).at()).isEqualTo(T0.plusSeconds(70));
        assertThat(entries.get(3).details()).containsEntry("assignee", "rec1");
        assertThat(entries.get(4).details()).containsEntry("assignee", "rec1")
                .containsEntry("created", T0.plusSeconds(10)).containsEntry("claimed", T0.plusSeconds(70));
        assertThat(entries.get(5).details()).containsEntry("endActivityId", "EndEvent_CandidateRejected");
    }

    @Test
    void aTaskEndedOtherwiseThanByCompletionSaysSo() {
        ProcessInstanceRecord instance = new ProcessInstanceRecord("pi-1", "HiringProcess", 4, T0, null, null,
                List.of(), List.of(new TaskRecord("Task_ReviewScreening", "Review", List.of("recruiters"), null, T0,
                        null, T0.plusSeconds(5), "deleted")));

        assertThat(Timelines.process(List.of(instance))).extracting(TimelineEntry::event)
                .containsExactly("process-started", "task-created", "task-ended");
    }

    @Test
    void detailsLeaveOutNullsAndEmptyCollections() {
        assertThat(Timelines.details("a", 1, "b", null, "c", List.of(), "d", Map.of(), "e", "x"))
                .containsExactly(Map.entry("a", 1), Map.entry("e", "x"));
    }

    private static TimelineEntry entry(int seconds, String source, String event) {
        return new TimelineEntry(T0.plusSeconds(seconds), source, event, Map.of());
    }
}
