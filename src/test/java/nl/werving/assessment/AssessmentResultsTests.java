package nl.werving.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.ApplicationReference;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

class AssessmentResultsTests {

    private static final Instant INVITED = Instant.parse("2026-03-02T09:15:00Z");
    private static final Instant NOW = Instant.parse("2026-03-03T14:00:00Z");
    private static final ApplicationReference REFERENCE = new ApplicationReference("V6QHHSN8VXXB3P0KW81VJQP3");

    private final AssessmentRepository assessments = mock(AssessmentRepository.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final AssessmentResults results =
            new AssessmentResults(assessments, events, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theFirstResultIsStoredAndAnnounced() {
        Assessment assessment = Assessment.invite(UUID.randomUUID(), REFERENCE, null, INVITED);
        when(assessments.lockByReference(REFERENCE.value())).thenReturn(Optional.of(assessment));

        ResultReceipt receipt = results.receive(REFERENCE, 64, true, "res-1");

        assertThat(receipt.duplicate()).isFalse();
        assertThat(receipt.result()).isEqualTo(new AssessmentResult(REFERENCE, 64, true, "res-1", NOW));
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.RESULT_RECEIVED);
        verify(events).publishEvent(new AssessmentResultReceived(REFERENCE, 64));
    }

    @Test
    void aLaterResultIsADuplicateThatChangesNothing() {
        Assessment assessment = Assessment.invite(UUID.randomUUID(), REFERENCE, null, INVITED);
        assessment.recordResult(64, true, "res-1", INVITED.plusSeconds(60));
        when(assessments.lockByReference(REFERENCE.value())).thenReturn(Optional.of(assessment));

        ResultReceipt receipt = results.receive(REFERENCE, 99, false, "res-2");

        assertThat(receipt.duplicate()).isTrue();
        assertThat(receipt.result()).isEqualTo(new AssessmentResult(REFERENCE, 64, true, "res-1",
                INVITED.plusSeconds(60)));
        verifyNoInteractions(events);
    }

    @Test
    void theStoredResultIsReadBackWithTheScoreToJudgeOnlyOnceTheProviderReportedIt() {
        Assessment assessment = Assessment.invite(UUID.randomUUID(), REFERENCE, null, INVITED);
        when(assessments.findByReference(REFERENCE.value())).thenReturn(Optional.of(assessment));
        assertThat(results.storedResult(REFERENCE)).as("invited, no result yet").isEmpty();

        assessment.recordResult(88, false, "res-3", NOW);

        assertThat(results.storedResult(REFERENCE)).hasValueSatisfying(result -> {
            assertThat(result.score()).isEqualTo(88);
            assertThat(result.judgedScore()).as("an unfinished assessment is not judged").isNull();
        });
    }

    @Test
    void aResultForAnUninvitedReferenceIsRefused() {
        when(assessments.lockByReference(REFERENCE.value())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> results.receive(REFERENCE, 64, true, "res-1"))
                .isInstanceOf(UnknownAssessmentException.class);
        verifyNoInteractions(events);
    }

    @Test
    void aScoreOutsideZeroToAHundredIsRefused() {
        Assessment assessment = Assessment.invite(UUID.randomUUID(), REFERENCE, null, INVITED);
        when(assessments.lockByReference(REFERENCE.value())).thenReturn(Optional.of(assessment));

        assertThatThrownBy(() -> results.receive(REFERENCE, 101, true, "res-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> results.receive(REFERENCE, -1, true, "res-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(assessment.hasResult()).isFalse();
        verifyNoInteractions(events);
    }
}
