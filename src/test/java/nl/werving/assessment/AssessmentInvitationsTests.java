package nl.werving.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AssessmentInvitationsTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final UUID APPLICATION_ID = UUID.fromString("5d0c43a4-8d5b-4d55-9d5e-3f6c0b1f2a11");
    private static final ApplicationReference REFERENCE = new ApplicationReference("V6QHHSN8VXXB3P0KW81VJQP3");

    private final Applications applications = mock(Applications.class);
    private final AssessmentRepository assessments = mock(AssessmentRepository.class);
    private final Outbox outbox = mock(Outbox.class);

    @Test
    void anInvitationIsRecordedWithTheProviderLinkAndQueuedForTheCandidate() {
        knownApplication();

        invitations("https://tests.example.com/start").invite(APPLICATION_ID);

        Assessment recorded = saved();
        assertThat(recorded.getApplicationId()).isEqualTo(APPLICATION_ID);
        assertThat(recorded.getReference()).isEqualTo(REFERENCE);
        assertThat(recorded.getStatus()).isEqualTo(AssessmentStatus.INVITED);
        assertThat(recorded.getInvitedAt()).isEqualTo(NOW);
        assertThat(recorded.getInvitationUrl()).startsWith("https://tests.example.com/start?reference=" + REFERENCE.value()
                + "&callback=https%3A%2F%2Fwerving.example.org%2Fapi%2Fassessments%2F" + REFERENCE.value()
                + "%2Fresult");
        verify(outbox).toCandidate(APPLICATION_ID, MessageType.ASSESSMENT_INVITATION, 1);
    }

    @Test
    void withoutAProviderUrlTheInvitationIsRecordedWithoutALink() {
        knownApplication();

        invitations("").invite(APPLICATION_ID);

        assertThat(saved().getInvitationUrl()).isNull();
        verify(outbox).toCandidate(APPLICATION_ID, MessageType.ASSESSMENT_INVITATION, 1);
    }

    @Test
    void invitingAgainRecordsNothingNew() {
        when(assessments.findByApplicationId(APPLICATION_ID)).thenReturn(Optional.of(invited()));

        invitations("").invite(APPLICATION_ID);

        verify(assessments, never()).save(any());
        verify(outbox).toCandidate(APPLICATION_ID, MessageType.ASSESSMENT_INVITATION, 1);
    }

    @Test
    void anUnknownApplicationCannotBeInvited() {
        when(applications.findById(APPLICATION_ID)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> invitations("").invite(APPLICATION_ID)).isInstanceOf(IllegalArgumentException.class);
        verifyNoInteractions(outbox);
    }

    @Test
    void aReminderIsQueuedWhileTheResultIsOutstanding() {
        when(assessments.findByApplicationId(APPLICATION_ID)).thenReturn(Optional.of(invited()));

        invitations("").remind(APPLICATION_ID);

        verify(outbox).toCandidate(APPLICATION_ID, MessageType.ASSESSMENT_REMINDER, 1);
    }

    @Test
    void noReminderOnceTheResultIsIn() {
        Assessment assessment = invited();
        assessment.recordResult(64, true, "res-1", NOW);
        when(assessments.findByApplicationId(APPLICATION_ID)).thenReturn(Optional.of(assessment));

        invitations("").remind(APPLICATION_ID);

        verifyNoInteractions(outbox);
    }

    @Test
    void noReminderWithoutAnInvitation() {
        when(assessments.findByApplicationId(APPLICATION_ID)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> invitations("").remind(APPLICATION_ID)).isInstanceOf(IllegalStateException.class);
        verifyNoInteractions(outbox);
    }

    private AssessmentInvitations invitations(String providerUrl) {
        AssessmentProviderSettings settings = new AssessmentProviderSettings(
                new AssessmentProperties(providerUrl, "s3cret", Duration.ofMinutes(5), "https://werving.example.org"),
                false);
        return new AssessmentInvitations(applications, assessments, settings, outbox, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void knownApplication() {
        Application application = mock(Application.class);
        when(application.getReference()).thenReturn(REFERENCE);
        when(applications.findById(APPLICATION_ID)).thenReturn(Optional.of(application));
        when(assessments.findByApplicationId(APPLICATION_ID)).thenReturn(Optional.empty());
    }

    private static Assessment invited() {
        return Assessment.invite(APPLICATION_ID, REFERENCE, null, NOW);
    }

    private Assessment saved() {
        ArgumentCaptor<Assessment> captor = ArgumentCaptor.forClass(Assessment.class);
        verify(assessments).save(captor.capture());
        return captor.getValue();
    }
}
