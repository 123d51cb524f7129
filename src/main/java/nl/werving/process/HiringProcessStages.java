package nl.werving.process;

import static nl.werving.application.HiringStage.ASSESSMENT;
import static nl.werving.application.HiringStage.HIRING_DECISION;
import static nl.werving.application.HiringStage.INTERVIEW;
import static nl.werving.application.HiringStage.INTERVIEW_PLANNING;
import static nl.werving.application.HiringStage.OFFER;
import static nl.werving.application.HiringStage.SCREENING;
import static nl.werving.application.HiringStage.SCREENING_REVIEW;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.werving.application.HiringStage;
import nl.werving.candidate.CandidateStage;

/**
 * Which stage each activity of {@code HiringProcess.bpmn} marks, in the two vocabularies that ask: HR's pipeline
 * stage ({@link HiringStage}) and the candidate's stage on the status page ({@link CandidateStage}). One row per
 * activity; the candidate's column names only the places where the process waits, as the status page reads the
 * active activities and a step between two waits is passed at once. Activities not listed (event sub-processes,
 * escalations, the end of the procedure) mark no stage. Tests check both columns against the model: every listed
 * activity exists, every user task has a pipeline stage, every wait state a candidate stage.
 */
public final class HiringProcessStages {

    private record Row(String activity, HiringStage pipeline, CandidateStage candidate) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("Task_SendConfirmation", SCREENING, CandidateStage.RECEIVED),
            new Row("Task_ScreenApplication", SCREENING, CandidateStage.SCREENING),
            new Row(HiringProcess.TASK_REVIEW_SCREENING, SCREENING_REVIEW, CandidateStage.SCREENING_REVIEW),
            new Row("Task_InviteToAssessment", ASSESSMENT, CandidateStage.ASSESSMENT),
            new Row(HiringProcess.TASK_WAIT_FOR_ASSESSMENT_RESULT, ASSESSMENT, CandidateStage.ASSESSMENT),
            new Row("Task_RemindAssessment", ASSESSMENT, null),
            new Row(HiringProcess.TASK_REVIEW_ASSESSMENT, ASSESSMENT, CandidateStage.ASSESSMENT),
            new Row("Task_ProposeInterviewSlots", INTERVIEW_PLANNING, CandidateStage.INTERVIEW_PLANNING),
            new Row("Task_SendSlotProposal", INTERVIEW_PLANNING, null),
            new Row("Task_WaitForSlotChoice", INTERVIEW_PLANNING, CandidateStage.CHOOSING_SLOT),
            new Row(HiringProcess.TASK_FOLLOW_UP_SLOT_CHOICE, INTERVIEW_PLANNING, CandidateStage.CHOOSING_SLOT),
            new Row("Task_SendInterviewInvitations", INTERVIEW_PLANNING, null),
            new Row("SubProcess_InterviewScheduled", INTERVIEW, null),
            new Row("Event_DayBeforeInterview", INTERVIEW, CandidateStage.INTERVIEW_PLANNED),
            new Row("Task_SendInterviewReminder", INTERVIEW, null),
            new Row("Event_InterviewHeld", INTERVIEW, CandidateStage.INTERVIEW_PLANNED),
            new Row("Task_SubmitScorecard", INTERVIEW, CandidateStage.HIRING_DECISION),
            new Row(HiringProcess.TASK_DECIDE_HIRING, HIRING_DECISION, CandidateStage.HIRING_DECISION),
            new Row("Task_StartNextInterviewRound", INTERVIEW_PLANNING, null),
            new Row("Task_DraftOffer", OFFER, CandidateStage.OFFER_PREPARATION),
            new Row(HiringProcess.TASK_APPROVE_OFFER_BY_MANAGER, OFFER, CandidateStage.OFFER_PREPARATION),
            new Row(HiringProcess.TASK_APPROVE_OFFER_BY_HR, OFFER, CandidateStage.OFFER_PREPARATION),
            new Row("Task_SendOffer", OFFER, null),
            new Row("Gateway_OfferAnswer", OFFER, CandidateStage.OFFER),
            new Row(HiringProcess.TASK_FOLLOW_UP_EXPIRED_OFFER, OFFER, CandidateStage.OFFER));

    /** Activity id → HR's pipeline stage. */
    public static final Map<String, HiringStage> PIPELINE = column(Row::pipeline);

    /** Activity id → the candidate's stage, for the places where the process waits. */
    public static final Map<String, CandidateStage> CANDIDATE = column(Row::candidate);

    private HiringProcessStages() {
    }

    /** HR's pipeline stage the activity marks, if any. */
    public static Optional<HiringStage> pipelineStage(String activityId) {
        return Optional.ofNullable(PIPELINE.get(activityId));
    }

    /** The candidate's stage while the process waits at the activity, if it marks one. */
    public static Optional<CandidateStage> candidateStage(String activityId) {
        return Optional.ofNullable(CANDIDATE.get(activityId));
    }

    private static <S> Map<String, S> column(Function<Row, S> stage) {
        Map<String, S> column = new LinkedHashMap<>();
        for (Row row : ROWS) {
            S value = stage.apply(row);
            if (value != null) {
                column.put(row.activity(), value);
            }
        }
        return Map.copyOf(column);
    }
}
