package nl.werving.datarequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

class DataRequestsTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** 31 January 2027, 10:15 in Amsterdam. */
    private static final Instant NOW = Instant.parse("2027-01-31T09:15:00Z");
    private static final ApplicationReference REFERENCE = new ApplicationReference("K2W7Q9D4M8R1T6Y3B5N0C2HX");

    private final DataRequestRepository repository = mock(DataRequestRepository.class);
    private final Applications applications = mock(Applications.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final UUID applicationId = UUID.randomUUID();
    private DataRequests requests;

    @BeforeEach
    void setUp() {
        Application application = mock(Application.class);
        when(application.getId()).thenReturn(applicationId);
        when(application.getReference()).thenReturn(REFERENCE);
        when(applications.findByReference(REFERENCE)).thenReturn(Optional.of(application));
        when(applications.findById(applicationId)).thenReturn(Optional.of(application));
        when(repository.saveAndFlush(any())).thenAnswer(invocation -> invocation.getArgument(0));
        requests = new DataRequests(repository, applications, events, Clock.fixed(NOW, ZoneOffset.UTC), AMSTERDAM);
    }

    @Test
    void aRequestIsDueOneCalendarMonthLaterAndIsAnnouncedOnce() {
        when(repository.countByApplicationId(applicationId)).thenReturn(2L);

        DataRequest request = requests.receive(REFERENCE, DataRequestType.ACCESS, DataRequestChannel.STAFF);

        assertThat(request.number()).isEqualTo(3);
        assertThat(request.status()).isEqualTo(DataRequestStatus.OPEN);
        assertThat(request.receivedAt()).isEqualTo(NOW);
        assertThat(request.dueAt()).isEqualTo(Instant.parse("2027-02-28T09:15:00Z"));
        verify(events).publishEvent(new DataRequestReceived(request.id(), applicationId, REFERENCE,
                DataRequestType.ACCESS, request.dueAt()));
    }

    @Test
    void aRequestOfAKindThatIsStillOpenIsNotRecordedAgain() {
        DataRequestRecord open = new DataRequestRecord(applicationId, 1, DataRequestType.ERASURE,
                DataRequestChannel.CANDIDATE_LINK, NOW, NOW);
        when(repository.findFirstByApplicationIdAndTypeAndStatusIn(any(), any(), any())).thenReturn(Optional.of(open));

        DataRequest request = requests.receive(REFERENCE, DataRequestType.ERASURE, DataRequestChannel.STAFF);

        assertThat(request.id()).isEqualTo(open.view().id());
        verify(repository, never()).saveAndFlush(any());
        verify(events, never()).publishEvent(any());
    }

    @Test
    void anUnknownApplicationIsRefused() {
        ApplicationReference unknown = new ApplicationReference("AAAAAAAAAAAAAAAAAAAAAAAA");
        when(applications.findByReference(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> requests.receive(unknown, DataRequestType.ACCESS, DataRequestChannel.STAFF))
                .isInstanceOf(UnknownApplicationException.class);
    }

    @Test
    void anOverdueRequestKeepsItsOverdueTimeWhenCompletedAndCompletionIsRecordedOnce() {
        DataRequestRecord record = new DataRequestRecord(applicationId, 1, DataRequestType.RECTIFICATION,
                DataRequestChannel.STAFF, NOW, NOW);
        UUID id = record.view().id();
        when(repository.findById(id)).thenReturn(Optional.of(record));

        requests.markOverdue(id);
        requests.complete(id);
        DataRequest completed = record.view();
        new DataRequests(repository, applications, events, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC), AMSTERDAM)
                .complete(id);
        requests.markOverdue(id);

        assertThat(record.view()).isEqualTo(completed);
        assertThat(completed.status()).isEqualTo(DataRequestStatus.COMPLETED);
        assertThat(completed.overdueAt()).isEqualTo(NOW);
        assertThat(completed.completedAt()).isEqualTo(NOW);
    }

    @Test
    void forwardingAnErasureAnnouncesItForTheDataLifecycle() {
        DataRequestRecord record = new DataRequestRecord(applicationId, 1, DataRequestType.ERASURE,
                DataRequestChannel.CANDIDATE_LINK, NOW, NOW);
        when(repository.findById(record.view().id())).thenReturn(Optional.of(record));

        requests.forwardErasure(record.view().id());

        ArgumentCaptor<Object> event = ArgumentCaptor.forClass(Object.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue()).isEqualTo(new ErasureRequested(applicationId, REFERENCE));
    }

    @Test
    void theDueDateFollowsTheCalendarNotAFixedNumberOfDays() {
        assertThat(DataRequests.dueAt(Instant.parse("2027-01-30T23:30:00Z"), AMSTERDAM))
                .as("31 January 00:30 in Amsterdam").isEqualTo(Instant.parse("2027-02-27T23:30:00Z"));
        assertThat(DataRequests.dueAt(Instant.parse("2027-10-15T10:00:00Z"), AMSTERDAM))
                .as("same wall-clock time after the change to winter time")
                .isEqualTo(Instant.parse("2027-11-15T11:00:00Z"));
    }
}
