package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class EngineApplicationProgressTests {

    private final BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", "HiringProcess.bpmn").toFile());

    @Test
    void everyActivityThatMarksACandidateStageIsInTheHiringProcess() {
        Set<String> ids = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toSet());

        assertThat(ids).containsAll(EngineApplicationProgress.STAGES.keySet());
    }

    @Test
    void everyPlaceWhereTheHiringProcessWaitsShowsTheCandidateAStage() {
        Set<String> waitStates = Stream.of(
                model.getModelElementsByType(UserTask.class).stream(),
                model.getModelElementsByType(ReceiveTask.class).stream(),
                model.getModelElementsByType(EventBasedGateway.class).stream(),
                model.getModelElementsByType(IntermediateCatchEvent.class).stream()
                        .filter(event -> !afterEventBasedGateway(event)))
                .flatMap(nodes -> nodes.map(FlowNode::getId)).collect(Collectors.toSet());

        assertThat(waitStates).isNotEmpty();
        assertThat(EngineApplicationProgress.STAGES.keySet()).containsAll(waitStates);
    }

    /** Events behind an event-based gateway are not waited in: the process waits in the gateway itself. */
    private static boolean afterEventBasedGateway(FlowNode event) {
        return event.getPreviousNodes().list().stream().anyMatch(EventBasedGateway.class::isInstance);
    }
}
