package nl.werving.process;

import java.util.Map;
import nl.werving.datarequest.DataRequestReceived;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts one {@code DataSubjectRequest} per recorded request, in the recording transaction: a request is never
 * recorded without its process, nor the other way round. The start event is asynchronous after, so the handling
 * itself runs in a job of its own and a failure there leaves the request recorded, with an incident.
 */
@Component
class DataSubjectRequestStarter {

    private static final Logger log = LoggerFactory.getLogger(DataSubjectRequestStarter.class);

    private final RuntimeService runtimeService;

    DataSubjectRequestStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void on(DataRequestReceived received) {
        String instanceId = runtimeService.startProcessInstanceByKey(DataSubjectRequest.PROCESS_KEY,
                received.reference().value(), Map.of(
                        DataSubjectRequest.VAR_DATA_REQUEST_ID, received.requestId().toString(),
                        DataSubjectRequest.VAR_APPLICATION_ID, received.applicationId().toString(),
                        DataSubjectRequest.VAR_REQUEST_TYPE, received.type().name(),
                        DataSubjectRequest.VAR_DUE_AT, received.dueAt().toString()))
                .getId();
        log.info("Data request {} ({}) received: process {} started", received.requestId(), received.type(),
                instanceId);
    }
}
