package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HiringProcessStagesTests {

    private final HiringProcessModel model = new HiringProcessModel();

    @Test
    void everyActivityThatMarksAStageIsInTheHiringProcess() {
        assertThat(model.flowNodeIds()).containsAll(HiringProcessStages.PIPELINE.keySet())
                .containsAll(HiringProcessStages.CANDIDATE.keySet());
    }

    @Test
    void everyUserTaskOfTheHiringProcessBelongsToAPipelineStage() {
        assertThat(HiringProcessStages.PIPELINE.keySet()).containsAll(model.userTaskIds());
    }

    @Test
    void everyPlaceWhereTheHiringProcessWaitsShowsTheCandidateAStage() {
        Set<String> waitStates = model.waitStateIds();

        assertThat(waitStates).isNotEmpty();
        assertThat(HiringProcessStages.CANDIDATE.keySet()).containsAll(waitStates);
    }

    @Test
    void everyActivityThatShowsTheCandidateAStageIsInAPipelineStageToo() {
        assertThat(HiringProcessStages.PIPELINE.keySet()).containsAll(HiringProcessStages.CANDIDATE.keySet());
    }
}
