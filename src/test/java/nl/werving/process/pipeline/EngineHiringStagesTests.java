package nl.werving.process.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class EngineHiringStagesTests {

    private final BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", "HiringProcess.bpmn").toFile());

    @Test
    void everyActivityThatMarksAStageIsInTheHiringProcess() {
        Set<String> ids = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toSet());

        assertThat(ids).containsAll(EngineHiringStages.STAGES.keySet());
    }

    @Test
    void everyUserTaskOfTheHiringProcessBelongsToAStage() {
        Set<String> userTasks = model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId)
                .collect(Collectors.toSet());

        assertThat(EngineHiringStages.STAGES.keySet()).containsAll(userTasks);
    }
}
