package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * What Tasklist shows of a task before its form: its name and its description (the user task's documentation).
 * Every user task of every shipped process has both, and the description says in a few sentences what the person
 * decides or does.
 */
class UserTaskTextTests {

    private static final int MINIMUM_WORDS = 15;

    @Test
    void everyUserTaskHasANameAndADescriptionForTasklist() {
        List<String> problems = new ArrayList<>();
        for (Path file : ModelFiles.bpmn()) {
            problems.addAll(problems(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile())));
        }
        assertThat(problems).isEmpty();
        assertThat(ModelFiles.bpmn()).isNotEmpty();
    }

    @Test
    void aTaskWithoutNameOrWithAShortDescriptionIsFound() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Process_Check").startEvent("StartEvent_Check")
                .userTask("Task_Nameless").name(" ").userTask("Task_Terse").name("Check").documentation("Check it.")
                .endEvent("EndEvent_Check").done();

        assertThat(problems("check.bpmn", model)).containsExactlyInAnyOrder("check.bpmn Task_Nameless: no name",
                "check.bpmn Task_Nameless: no description", "check.bpmn Task_Terse: description too short");
    }

    private static List<String> problems(String file, BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String where = file + " " + task.getId();
            if (task.getName() == null || task.getName().isBlank()) {
                problems.add(where + ": no name");
            }
            String description = task.getDocumentations().stream().map(Documentation::getTextContent)
                    .reduce("", String::concat).strip();
            if (description.isEmpty()) {
                problems.add(where + ": no description");
            } else if (description.split("\\s+").length < MINIMUM_WORDS) {
                problems.add(where + ": description too short");
            }
        }
        return problems;
    }
}
