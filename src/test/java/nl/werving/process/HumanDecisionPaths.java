package nl.werving.process;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Finds paths through a BPMN process on which a candidate is rejected without a person deciding it.
 *
 * <p>The rule: on every path that reaches a rejecting end event ({@link #REJECTING_END_EVENT_MARKERS}), the
 * last decision before that end event is a human one. Decisions are
 * <ul>
 * <li>user tasks: a person decides;</li>
 * <li>business-rule tasks: a decision table decides;</li>
 * <li>branches (exclusive, inclusive, complex and event-based gateways with more than one way out, and
 * conditional sequence flows): decided by a person when a user task was completed after the last
 * automated step, otherwise by automation;</li>
 * <li>events that arrive (messages, timers, signals, conditions, errors and escalations caught by
 * intermediate, boundary and event sub-process start events, and receive tasks): decided by the outside
 * world or the clock, not by a person.</li>
 * </ul>
 * Service, script and send tasks and call activities are automated steps but no decision: after a human
 * decision they may carry it out (record it, tell the candidate), but a branch after them counts as
 * automated. Parallel gateways are no decision.
 *
 * <p>The search runs over states (element, a user task completed since the last automated step, the last
 * decision was human), so a loop that reaches an element again with other flags is followed again, and
 * every state is visited once. Besides sequence flows it follows boundary events (an activity may be left
 * through them while it is active), embedded sub-processes (entered at their start, left when an end event
 * inside is reached), event sub-processes (started while their scope is active; an interrupting one
 * inside a sub-process completes that sub-process) and link events.
 */
final class HumanDecisionPaths {

    /**
     * An end event whose id contains one of these words ends the candidacy negatively: the candidate is rejected,
     * or their offer is closed unanswered.
     */
    static final java.util.List<String> REJECTING_END_EVENT_MARKERS = java.util.List.of("Rejected", "Expired");

    private HumanDecisionPaths() {
    }

    /** One line per rejecting end event reachable without a human decision, with an example path. */
    static List<String> automatedRejections(Path bpmn) {
        return automatedRejections(Bpmn.readModelFromFile(bpmn.toFile())).stream()
                .map(problem -> bpmn.getFileName() + ": " + problem).toList();
    }

    static List<String> automatedRejections(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            problems.addAll(new Search(model, process).run());
        }
        return problems;
    }

    private record State(FlowNode node, boolean humanSinceAutomation, boolean decidedByHuman) {
    }

    private static final class Search {

        private final Process process;
        private final Map<String, List<BoundaryEvent>> boundaryEvents = new HashMap<>();
        private final Map<State, State> reachedFrom = new HashMap<>();
        private final Deque<State> queue = new ArrayDeque<>();

        Search(BpmnModelInstance model, Process process) {
            this.process = process;
            for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
                boundaryEvents.computeIfAbsent(boundary.getAttachedTo().getId(), id -> new ArrayList<>()).add(boundary);
            }
        }

        List<String> run() {
            for (StartEvent start : startEventsIn(process.getFlowElements())) {
                visit(new State(start, false, false), null);
            }
            Set<String> rejectedWithoutHuman = new LinkedHashSet<>();
            List<String> problems = new ArrayList<>();
            while (!queue.isEmpty()) {
                State state = queue.poll();
                if (isRejectingEnd(state.node()) && !state.decidedByHuman()
                        && rejectedWithoutHuman.add(state.node().getId())) {
                    problems.add(process.getId() + ": " + state.node().getId()
                            + " is reached without a human decision after the last automated one: " + pathTo(state));
                }
                successors(state).forEach(next -> visit(next, state));
            }
            return problems;
        }

        private void visit(State state, State from) {
            if (!reachedFrom.containsKey(state)) {
                reachedFrom.put(state, from);
                queue.add(state);
            }
        }

        private List<State> successors(State state) {
            FlowNode node = state.node();
            List<State> next = new ArrayList<>();
            // An activity can be left through its boundary events at any time while it is active.
            boundaryEvents.getOrDefault(node.getId(), List.of())
                    .forEach(boundary -> next.add(new State(boundary, state.humanSinceAutomation(), state.decidedByHuman())));
            if (node instanceof SubProcess subProcess && !subProcess.triggeredByEvent()) {
                startEventsIn(subProcess.getFlowElements())
                        .forEach(start -> next.add(new State(start, state.humanSinceAutomation(), state.decidedByHuman())));
                return next;
            }
            State after = afterCompleting(state);
            if (node instanceof EndEvent) {
                next.addAll(completingScopeOf(node, after));
            } else if (node instanceof IntermediateThrowEvent link && linkName(link) != null) {
                linkTargets(link).forEach(target -> next.add(new State(target, after.humanSinceAutomation(),
                        after.decidedByHuman())));
            } else {
                next.addAll(leaving(node, after));
            }
            return next;
        }

        /** The flags once the element has done its work. */
        private static State afterCompleting(State state) {
            FlowNode node = state.node();
            if (node instanceof UserTask) {
                return new State(node, true, true);
            }
            if (node instanceof BusinessRuleTask || isArrivingEvent(node)) {
                return new State(node, false, false);
            }
            if (node instanceof ServiceTask || node instanceof ScriptTask || node instanceof SendTask
                    || node instanceof CallActivity || sendsMessage(node)) {
                return new State(node, false, state.decidedByHuman());
            }
            return state;
        }

        /** The states after the element's outgoing sequence flows; a branch decides as explained above. */
        private List<State> leaving(FlowNode node, State after) {
            if (node.getOutgoing().isEmpty()) {
                return completingScopeOf(node, after);
            }
            boolean decidedByHuman = branches(node) ? after.humanSinceAutomation() : after.decidedByHuman();
            return node.getOutgoing().stream()
                    .map(flow -> new State(flow.getTarget(), after.humanSinceAutomation(), decidedByHuman))
                    .toList();
        }

        /** A token ends in a sub-process: the sub-process may complete and be left. */
        private List<State> completingScopeOf(FlowNode node, State after) {
            if (!(node.getParentElement() instanceof SubProcess scope)) {
                return List.of();
            }
            if (!scope.triggeredByEvent()) {
                return leaving(scope, after);
            }
            boolean interrupting = startEventsIn(scope.getFlowElements()).stream().anyMatch(StartEvent::isInterrupting);
            if (interrupting && scope.getParentElement() instanceof SubProcess enclosing && !enclosing.triggeredByEvent()) {
                return leaving(enclosing, after);
            }
            return List.of();
        }

        private String pathTo(State state) {
            List<String> path = new ArrayList<>();
            for (State step = state; step != null; step = reachedFrom.get(step)) {
                path.add(0, step.node().getId());
            }
            return String.join(" -> ", path);
        }

        private static boolean branches(FlowNode node) {
            if (node instanceof ParallelGateway) {
                return false;
            }
            return node instanceof Gateway && node.getOutgoing().size() > 1
                    || node.getOutgoing().stream().anyMatch(flow -> flow.getConditionExpression() != null);
        }

        private static boolean isArrivingEvent(FlowNode node) {
            if (node instanceof ReceiveTask) {
                return true;
            }
            if (!(node instanceof CatchEvent event)) {
                return false;
            }
            Collection<EventDefinition> definitions = event.getEventDefinitions();
            return !definitions.isEmpty()
                    && definitions.stream().anyMatch(definition -> !(definition instanceof LinkEventDefinition));
        }

        private static boolean sendsMessage(FlowNode node) {
            return node instanceof ThrowEvent event
                    && event.getEventDefinitions().stream().anyMatch(MessageEventDefinition.class::isInstance);
        }

        private static boolean isRejectingEnd(FlowNode node) {
            return node instanceof EndEvent
                    && REJECTING_END_EVENT_MARKERS.stream().anyMatch(marker -> node.getId().contains(marker));
        }

        /** Start events of a scope and of the event sub-processes directly inside it (started while it is active). */
        private static List<StartEvent> startEventsIn(Collection<FlowElement> elements) {
            List<StartEvent> starts = new ArrayList<>();
            for (FlowElement element : elements) {
                if (element instanceof StartEvent start) {
                    starts.add(start);
                } else if (element instanceof SubProcess eventSubProcess && eventSubProcess.triggeredByEvent()) {
                    eventSubProcess.getFlowElements().stream().filter(StartEvent.class::isInstance)
                            .map(StartEvent.class::cast).forEach(starts::add);
                }
            }
            return starts;
        }

        private static String linkName(IntermediateThrowEvent event) {
            return event.getEventDefinitions().stream().filter(LinkEventDefinition.class::isInstance)
                    .map(definition -> ((LinkEventDefinition) definition).getName()).findFirst().orElse(null);
        }

        private static List<IntermediateCatchEvent> linkTargets(IntermediateThrowEvent link) {
            ModelElementInstance scope = link.getParentElement();
            return scope.getChildElementsByType(IntermediateCatchEvent.class).stream()
                    .filter(event -> event.getEventDefinitions().stream().anyMatch(definition ->
                            definition instanceof LinkEventDefinition target
                                    && Objects.equals(target.getName(), linkName(link))))
                    .toList();
        }
    }
}
