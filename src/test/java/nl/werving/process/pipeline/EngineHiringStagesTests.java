package nl.werving.process.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werving.process.HiringProcessModel;
import org.junit.jupiter.api.Test;

class EngineHiringStagesTests {

    private final HiringProcessModel model = new HiringProcessModel();

    @Test
    void everyActivityThatMarksAStageIsInTheHiringProcess() {
        assertThat(model.flowNodeIds()).containsAll(EngineHiringStages.STAGES.keySet());
    }

    @Test
    void everyUserTaskOfTheHiringProcessBelongsToAStage() {
        assertThat(EngineHiringStages.STAGES.keySet()).containsAll(model.userTaskIds());
    }
}
