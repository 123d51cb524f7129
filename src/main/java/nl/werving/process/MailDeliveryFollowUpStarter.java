package nl.werving.process;

import java.util.Map;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.notification.MailDeliveryFailed;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts one {@code MailDeliveryFollowUp} per failure of a message, so that a recruiter sees every mail that could
 * not be delivered. It does not depend on the hiring process: that may have ended already (a rejection mail).
 *
 * <p>The sender marks the message FAILED only after this listener returned, and publishes the event again when it
 * threw, or when the sender stopped in between. A repeat must not open a second task, so the start is idempotent
 * per message id, which is a variable of the instance (the business key is the application's reference, so that
 * the follow-up is found with the application's other work). An instance for the message id covers the failure
 * unless it ended by queueing the mail again: then this is a new failure after that retry, and it gets a new
 * follow-up. The history query covers running and ended instances; two nodes never handle the same row at once,
 * because the sender holds a claim on the row while it publishes.
 */
@Component
class MailDeliveryFollowUpStarter {

    private static final Logger log = LoggerFactory.getLogger(MailDeliveryFollowUpStarter.class);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final Applications applications;

    MailDeliveryFollowUpStarter(RuntimeService runtimeService, HistoryService historyService,
            Applications applications) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.applications = applications;
    }

    @EventListener
    void on(MailDeliveryFailed failed) {
        String messageId = failed.messageId().toString();
        if (alreadyFollowedUp(messageId)) {
            log.info("Message {} ({}) already has a follow-up; none started", messageId, failed.type());
            return;
        }
        String reference = applications.findById(failed.applicationId())
                .map(Application::getReference).map(ApplicationReference::value).orElse(null);
        String instanceId = runtimeService.startProcessInstanceByKey(MailDeliveryFollowUp.PROCESS_KEY, reference,
                Map.of(MailDeliveryFollowUp.VAR_APPLICATION_ID, failed.applicationId().toString(),
                        MailDeliveryFollowUp.VAR_MESSAGE_ID, messageId,
                        MailDeliveryFollowUp.VAR_MESSAGE_TYPE, failed.type().name()))
                .getId();
        log.info("Message {} ({}) failed for good: follow-up {} started", messageId, failed.type(), instanceId);
    }

    private boolean alreadyFollowedUp(String messageId) {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryFollowUp.PROCESS_KEY)
                .variableValueEquals(MailDeliveryFollowUp.VAR_MESSAGE_ID, messageId)
                .list().stream()
                .anyMatch(MailDeliveryFollowUpStarter::coversTheFailure);
    }

    private static boolean coversTheFailure(HistoricProcessInstance instance) {
        return instance.getEndTime() == null
                || !MailDeliveryFollowUp.END_EVENT_MAIL_QUEUED_AGAIN.equals(instance.getEndActivityId());
    }
}
