package nl.werving.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApplicationTests {

    private static final Instant SUBMITTED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = SUBMITTED.plusSeconds(3600);

    @Test
    void aNewApplicationIsRunning() {
        Application application = application();

        assertThat(application.hasEnded()).isFalse();
        assertThat(application.outcome()).isEmpty();
        assertThat(application.getEndedAt()).isEmpty();
    }

    @Test
    void endingTheProcedureSetsStatusAndTime() {
        Application application = application();

        application.end(ProcedureOutcome.OFFER_DECLINED, LATER);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.OFFER_DECLINED);
        assertThat(application.outcome()).contains(ProcedureOutcome.OFFER_DECLINED);
        assertThat(application.getEndedAt()).contains(LATER);
        assertThat(application.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void aProcedureEndsOnce() {
        Application application = application();
        application.end(ProcedureOutcome.REJECTED, LATER);

        assertThatThrownBy(() -> application.end(ProcedureOutcome.HIRED, LATER))
                .isInstanceOf(ApplicationAlreadyEndedException.class)
                .hasMessageContaining("REJECTED");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void withdrawingIsRecordedOnce() {
        Application application = application();

        assertThat(application.withdraw(LATER)).isTrue();
        assertThat(application.withdraw(LATER.plusSeconds(1))).isFalse();
        assertThat(application.hasWithdrawn()).isTrue();
        assertThat(application.hasEnded()).isFalse();
    }

    @Test
    void anEndedApplicationCannotBeWithdrawn() {
        Application application = application();
        application.end(ProcedureOutcome.REJECTED, LATER);

        assertThatThrownBy(() -> application.withdraw(LATER)).isInstanceOf(ApplicationAlreadyEndedException.class);
        assertThat(application.hasWithdrawn()).isFalse();
    }

    @Test
    void objectingIsRecordedOnceAndNotAfterTheEnd() {
        Application application = application();

        assertThat(application.objectToAutomatedProcessing(LATER)).isTrue();
        assertThat(application.objectToAutomatedProcessing(LATER)).isFalse();
        assertThat(application.hasObjectedToAutomatedProcessing()).isTrue();

        Application ended = application();
        ended.end(ProcedureOutcome.WITHDRAWN, LATER);
        assertThatThrownBy(() -> ended.objectToAutomatedProcessing(LATER))
                .isInstanceOf(ApplicationAlreadyEndedException.class);
    }

    @Test
    void handingOverARunningApplicationEndsItAsHired() {
        Application application = application();

        assertThat(application.handOverToOnboarding(LATER)).isTrue();

        assertThat(application.outcome()).contains(ProcedureOutcome.HIRED);
        assertThat(application.isHandedOverToOnboarding()).isTrue();
        assertThat(application.handOverToOnboarding(LATER)).isFalse();
    }

    @Test
    void aRejectedCandidateIsNotHandedOverToOnboarding() {
        Application application = application();
        application.end(ProcedureOutcome.REJECTED, LATER);

        assertThatThrownBy(() -> application.handOverToOnboarding(LATER))
                .isInstanceOf(ApplicationAlreadyEndedException.class);
        assertThat(application.isHandedOverToOnboarding()).isFalse();
    }

    @Test
    void everyOutcomeHasAStatusOfTheSameName() {
        for (ProcedureOutcome outcome : ProcedureOutcome.values()) {
            assertThat(outcome.status().name()).isEqualTo(outcome.name());
        }
    }

    private static Application application() {
        return Application.submit(ApplicationReference.random(), UUID.randomUUID(), UUID.randomUUID(), 1, SUBMITTED);
    }
}
