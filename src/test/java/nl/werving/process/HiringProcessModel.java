package nl.werving.process;

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

/** The shipped {@code processes/HiringProcess.bpmn}, read as a model, for tests that map its activities. */
public final class HiringProcessModel {

    private final BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", "HiringProcess.bpmn").toFile());

    public Set<String> flowNodeIds() {
        return ids(model.getModelElementsByType(FlowNode.class).stream());
    }

    public Set<String> userTaskIds() {
        return ids(model.getModelElementsByType(UserTask.class).stream());
    }

    /**
     * Where an instance can wait: user tasks, receive tasks, event-based gateways and the catch events not behind
     * one (behind an event-based gateway the process waits in the gateway itself).
     */
    public Set<String> waitStateIds() {
        return ids(Stream.of(
                model.getModelElementsByType(UserTask.class).stream(),
                model.getModelElementsByType(ReceiveTask.class).stream(),
                model.getModelElementsByType(EventBasedGateway.class).stream(),
                model.getModelElementsByType(IntermediateCatchEvent.class).stream()
                        .filter(event -> !afterEventBasedGateway(event)))
                .flatMap(nodes -> nodes));
    }

    private static boolean afterEventBasedGateway(FlowNode event) {
        return event.getPreviousNodes().list().stream().anyMatch(EventBasedGateway.class::isInstance);
    }

    private static Set<String> ids(Stream<? extends FlowNode> nodes) {
        return nodes.map(FlowNode::getId).collect(Collectors.toSet());
    }
}
