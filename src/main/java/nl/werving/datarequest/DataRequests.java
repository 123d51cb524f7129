package nl.werving.datarequest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records data-subject requests and where they stand. A request is due one calendar month after it was received
 * (Art. 12(3)), counted on the calendar of {@code werving.time-zone}: received on 31 January, due on 28 (or 29)
 * February at the same time of day. A request of a kind that is still open for the application is not recorded a
 * second time: the candidate who asks twice gets the one answer.
 */
@Service
@Transactional
public class DataRequests {

    private static final EnumSet<DataRequestStatus> NOT_COMPLETED = EnumSet.of(DataRequestStatus.OPEN,
            DataRequestStatus.OVERDUE);

    private final DataRequestRepository requests;
    private final Applications applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    DataRequests(DataRequestRepository requests, Applications applications, ApplicationEventPublisher events,
            Clock clock, @Value("${werving.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.requests = requests;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /** One calendar month after {@code receivedAt} on the calendar of the zone (Art. 12(3)). */
    public static Instant dueAt(Instant receivedAt, ZoneId zone) {
        return receivedAt.atZone(zone).plusMonths(1).toInstant();
    }

    /**
     * Records the request and publishes {@link DataRequestReceived}, unless a request of the same kind is still
     * open for the application: then that one is returned and nothing is published.
     *
     * @throws UnknownApplicationException when no application has the reference
     */
    public DataRequest receive(ApplicationReference reference, DataRequestType type, DataRequestChannel channel) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(channel, "channel");
        Application application = applications.findByReference(reference)
                .orElseThrow(UnknownApplicationException::new);
        Optional<DataRequestRecord> open = requests.findFirstByApplicationIdAndTypeAndStatusIn(application.getId(),
                type, NOT_COMPLETED);
        if (open.isPresent()) {
            return open.get().view();
        }
        Instant now = clock.instant();
        int number = (int) requests.countByApplicationId(application.getId()) + 1;
        DataRequestRecord record = requests.saveAndFlush(new DataRequestRecord(application.getId(), number, type,
                channel, now, dueAt(now, zone)));
        DataRequest request = record.view();
        events.publishEvent(new DataRequestReceived(request.id(), application.getId(), application.getReference(),
                type, request.dueAt()));
        return request;
    }

    /** Marks the request overdue unless it is completed already. */
    public void markOverdue(UUID requestId) {
        byId(requestId).markOverdue(clock.instant());
    }

    /** Records the request's completion, once. */
    public void complete(UUID requestId) {
        byId(requestId).complete(clock.instant());
    }

    /** Announces that the candidate asked for erasure, for the applicant-data lifecycle process. */
    public void forwardErasure(UUID requestId) {
        DataRequestRecord record = byId(requestId);
        Application application = applications.findById(record.applicationId())
                .orElseThrow(UnknownApplicationException::new);
        events.publishEvent(new ErasureRequested(application.getId(), application.getReference()));
    }

    @Transactional(readOnly = true)
    public DataRequest find(UUID requestId) {
        return byId(requestId).view();
    }

    /** The application's requests, oldest first. */
    @Transactional(readOnly = true)
    public List<DataRequest> forApplication(UUID applicationId) {
        return requests.findByApplicationIdOrderByNumber(applicationId).stream().map(DataRequestRecord::view)
                .toList();
    }

    private DataRequestRecord byId(UUID requestId) {
        return requests.findById(requestId).orElseThrow(() -> new UnknownDataRequestException(requestId));
    }
}
