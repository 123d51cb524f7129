package nl.werving.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScreeningOutcomeTests {

    @Test
    void scoresLieBetweenZeroAndOneHundred() {
        assertThat(new ScreeningOutcome(false, false, 0).score()).isZero();
        assertThat(new ScreeningOutcome(false, false, 100).score()).isEqualTo(100);
        assertThatThrownBy(() -> new ScreeningOutcome(false, false, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScreeningOutcome(false, false, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAutomatedScreeningNothingIsScoredSoAPersonLooks() {
        ScreeningOutcome outcome = new ManualScreening().screen(UUID.randomUUID());

        assertThat(outcome.knockoutFailed()).isFalse();
        assertThat(outcome.score()).isNull();
    }
}
