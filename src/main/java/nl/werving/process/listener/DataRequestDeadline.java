package nl.werving.process.listener;

import java.time.Instant;
import nl.werving.process.DataSubjectRequest;
import org.springframework.stereotype.Component;

/**
 * Expression bean {@code dataRequestDeadline} for the timers of {@code DataSubjectRequest}: when to warn the DPO,
 * {@link DataSubjectRequest#ESCALATE_BEFORE_DUE} before the due date.
 */
@Component("dataRequestDeadline")
public class DataRequestDeadline {

    /** The moment to escalate, as an ISO-8601 instant, for a due date given as one. */
    public String escalateAt(String dueAt) {
        return Instant.parse(dueAt).minus(DataSubjectRequest.ESCALATE_BEFORE_DUE).toString();
    }
}
