package nl.werving.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationPipelineTests {

    @Test
    void aRowCountsTheDaysAndGivesTheirMedianAndLongest() {
        assertThat(ApplicationPipeline.row("OFFER", List.of(9L, 1L, 4L)))
                .isEqualTo(new ApplicationPipeline.Row("OFFER", 3, 4, 9));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoRoundedDown() {
        assertThat(ApplicationPipeline.row("HIRED", List.of(10L, 2L, 5L, 0L)))
                .isEqualTo(new ApplicationPipeline.Row("HIRED", 4, 3, 10));
    }

    @Test
    void anEmptyStageHasNoDays() {
        assertThat(ApplicationPipeline.row("ASSESSMENT", List.of()))
                .isEqualTo(new ApplicationPipeline.Row("ASSESSMENT", 0, 0, 0));
    }
}
