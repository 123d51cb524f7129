package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineApplicationProgressTests {

    private final HiringProcessModel model = new HiringProcessModel();

    @Test
    void everyActivityThatMarksACandidateStageIsInTheHiringProcess() {
        assertThat(model.flowNodeIds()).containsAll(EngineApplicationProgress.STAGES.keySet());
    }

    @Test
    void everyPlaceWhereTheHiringProcessWaitsShowsTheCandidateAStage() {
        Set<String> waitStates = model.waitStateIds();

        assertThat(waitStates).isNotEmpty();
        assertThat(EngineApplicationProgress.STAGES.keySet()).containsAll(waitStates);
    }
}
