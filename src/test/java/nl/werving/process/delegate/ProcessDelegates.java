package nl.werving.process.delegate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.werving.datarequest.DataRequests;
import nl.werving.process.AssessmentResultHandOver;
import nl.werving.process.ProcessServices;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the real service-task delegates, around mocked services, under their bean names. */
public final class ProcessDelegates {

    private ProcessDelegates() {
    }

    public static void register(ProcessEngine engine, ProcessServices services) {
        Mocks.register("sendConfirmationDelegate", new SendConfirmationDelegate(services.outbox()));
        Mocks.register("screenApplicationDelegate", new ScreenApplicationDelegate(services.screening(),
                services.automationPolicy()));
        Mocks.register("escalateOverdueReviewDelegate",
                new EscalateOverdueReviewDelegate(engine.getTaskService(), services.outbox()));
        Mocks.register("inviteToAssessmentDelegate", new InviteToAssessmentDelegate(services.assessments()));
        Mocks.register("remindAssessmentDelegate", new RemindAssessmentDelegate(services.assessments()));
        Mocks.register("deliverAssessmentResultDelegate", new DeliverAssessmentResultDelegate(
                services.assessmentResults(),
                new AssessmentResultHandOver(engine.getRuntimeService(), engine.getHistoryService())));
        Mocks.register("sendSlotProposalDelegate", new SendSlotProposalDelegate(services.outbox()));
        Mocks.register("sendInterviewInvitationsDelegate",
                new SendInterviewInvitationsDelegate(services.interviews(), services.outbox()));
        Mocks.register("sendInterviewReminderDelegate", new SendInterviewReminderDelegate(services.outbox()));
        Mocks.register("startNextInterviewRoundDelegate", new StartNextInterviewRoundDelegate());
        Mocks.register("sendOfferDelegate", new SendOfferDelegate(services.offers(), services.outbox()));
        Mocks.register("handOverToOnboardingDelegate", new HandOverToOnboardingDelegate(services.applications()));
        Mocks.register("sendRejectionDelegate", new SendRejectionDelegate(services.outbox()));
        Mocks.register("sendOfferClosedNoticeDelegate", new SendOfferClosedNoticeDelegate(services.outbox()));
        Mocks.register("cancelUpcomingInterviewDelegate",
                new CancelUpcomingInterviewDelegate(services.interviews(), services.outbox()));
        Mocks.register("sendWithdrawalConfirmationDelegate", new SendWithdrawalConfirmationDelegate(services.outbox()));
        Mocks.register("recordObjectionDelegate", new RecordObjectionDelegate(services.outbox()));
        Mocks.register("recordAutomationSwitchedOffDelegate", new RecordAutomationSwitchedOffDelegate());
        Mocks.register("queueMailAgainDelegate", new QueueMailAgainDelegate(services.outbox()));
        Mocks.register("checkTalentPoolConsentDelegate", new CheckTalentPoolConsentDelegate(services.consents()));
        Mocks.register("startRetentionPeriodDelegate", new StartRetentionPeriodDelegate());
        Mocks.register("suspendRetentionClockDelegate", new SuspendRetentionClockDelegate(ENGINE_CLOCK));
        Mocks.register("resumeRetentionClockDelegate", new ResumeRetentionClockDelegate(ENGINE_CLOCK));
        Mocks.register("askForConsentRenewalDelegate", new AskForConsentRenewalDelegate(services.outbox()));
        Mocks.register("eraseApplicationDataDelegate", new EraseApplicationDataDelegate(services.erasure()));
        Mocks.register("sendErasureRefusalDelegate", new SendErasureRefusalDelegate(services.outbox()));
        Mocks.register("sendReviewOutcomeDelegate", new SendReviewOutcomeDelegate(services.outbox()));
        Mocks.register("remindReviewersDelegate", new RemindReviewersDelegate(services.outbox()));
    }

    /** The delegates of DecisionReview.bpmn that hold and release the data, around these (mocked) requests. */
    public static void registerDecisionReviewDelegates(nl.werving.process.ApplicantDataRequests requests) {
        Mocks.register("holdDataForReviewDelegate", new HoldDataForReviewDelegate(requests));
        Mocks.register("releaseDataAfterReviewDelegate", new ReleaseDataAfterReviewDelegate(requests));
    }

    /** The engine's clock ({@link ClockUtil}), which tests move and which the timers follow. */
    public static final Clock ENGINE_CLOCK = new Clock() {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    };

    /** The delegates of DataSubjectRequest.bpmn, around the mocked outbox and applications and these requests. */
    public static void registerDataRequestDelegates(ProcessEngine engine, ProcessServices services,
            DataRequests requests) {
        Mocks.register("makeDataExportAvailableDelegate",
                new MakeDataExportAvailableDelegate(requests, services.outbox()));
        Mocks.register("forwardObjectionDelegate", new ForwardObjectionDelegate(services.applications()));
        Mocks.register("forwardErasureRequestDelegate", new ForwardErasureRequestDelegate(requests));
        Mocks.register("escalateDataRequestDelegate",
                new EscalateDataRequestDelegate(engine.getTaskService(), requests, services.outbox()));
        Mocks.register("markDataRequestOverdueDelegate", new MarkDataRequestOverdueDelegate(requests));
        Mocks.register("confirmRectificationDelegate", new ConfirmRectificationDelegate(requests, services.outbox()));
        Mocks.register("recordDataRequestCompletedDelegate", new RecordDataRequestCompletedDelegate(requests));
    }
}
