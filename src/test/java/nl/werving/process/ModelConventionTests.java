package nl.werving.process;

import static nl.werving.process.ModelFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Convention guards over every shipped model: processes/*.bpmn, processes/*.dmn and forms/*.form. Each
 * check is also run on a fixture under src/test/resources/models/conventions/ that breaks the convention,
 * to show that it finds what it is meant to find.
 */
class ModelConventionTests {

    private static final Set<String> BEANS = MainBeans.names();

    @Test
    void thereAreShippedModelsToCheck() {
        assertThat(ModelFiles.bpmn()).isNotEmpty();
        assertThat(ModelFiles.forms()).isNotEmpty();
    }

    @Test
    void shippedModelsUseMeaningfulIdsNotGeneratedOnes() {
        assertThat(everyProblem(ModelFiles.all(), ModelConventions::generatedIds)).isEmpty();
    }

    @Test
    void generatedIdsAreFoundInProcessesDecisionsAndForms() {
        assertThat(ModelConventions.generatedIds(fixture("conventions/GeneratedIds.bpmn")))
                .hasSize(4)
                .anySatisfy(problem -> assertThat(problem).contains("'Process_0x1y2z3'"))
                .anySatisfy(problem -> assertThat(problem).contains("'StartEvent_1'"))
                .anySatisfy(problem -> assertThat(problem).contains("'Flow_1abcdef'"))
                .anySatisfy(problem -> assertThat(problem).contains("'Activity_0p9q8r7'"));
        assertThat(ModelConventions.generatedIds(fixture("conventions/GeneratedIds.dmn")))
                .singleElement().asString().contains("'Decision_1k2l3m4'");
        assertThat(ModelConventions.generatedIds(fixture("conventions/GeneratedIds.form")))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("'Form_0a1b2c3'"))
                .anySatisfy(problem -> assertThat(problem).contains("'Field_1d2e3f4'"));
    }

    @Test
    void everyDelegateExpressionNamesABeanOfWerving() {
        assertThat(everyProblem(ModelFiles.bpmn(), bpmn -> ModelConventions.delegateExpressionsWithoutBean(bpmn, BEANS)))
                .isEmpty();
    }

    @Test
    void delegateExpressionsWithoutABeanAreFoundOnTasksEventsAndListeners() {
        List<String> problems = ModelConventions.delegateExpressionsWithoutBean(
                fixture("conventions/DelegateExpressions.bpmn"), BEANS);

        assertThat(problems).hasSize(4)
                .anySatisfy(problem -> assertThat(problem).contains("no bean 'noSuchDelegate'"))
                .anySatisfy(problem -> assertThat(problem).contains("no bean 'noSuchExecutionListener'"))
                .anySatisfy(problem -> assertThat(problem).contains("no bean 'noSuchTaskListener'"))
                .anySatisfy(problem -> assertThat(problem).contains("${someBean.someMethod()}")
                        .contains("not a plain bean name"))
                .noneSatisfy(problem -> assertThat(problem).contains("formReferenceGuardPlugin"));
    }

    @Test
    void beanNamesAreTakenFromMainCodeOnly() {
        assertThat(BEANS).contains("formReferenceGuardPlugin", "securityConfiguration")
                .doesNotContain("modelConventionTests");
    }

    @Test
    void everyFormRefHasAFormFile() {
        assertThat(everyProblem(ModelFiles.bpmn(), bpmn -> ModelConventions.formRefsWithoutFile(bpmn, ModelFiles.FORMS)))
                .isEmpty();
    }

    @Test
    void aFormRefWithoutAFormFileIsFound() {
        Path bpmn = fixture("conventions/FormRefs.bpmn");

        assertThat(ModelConventions.formRefsWithoutFile(bpmn, bpmn.resolveSibling("forms")))
                .singleElement().asString().contains("'Task_WithMissingForm'").contains("'MissingProbeForm'");
    }

    @Test
    void everyProcessAndDecisionHasAHistoryTimeToLive() {
        assertThat(everyProblem(ModelFiles.bpmn(), ModelConventions::withoutHistoryTimeToLive)).isEmpty();
        assertThat(everyProblem(ModelFiles.dmn(), ModelConventions::withoutHistoryTimeToLive)).isEmpty();
    }

    @Test
    void aProcessOrDecisionWithoutHistoryTimeToLiveIsFound() {
        assertThat(ModelConventions.withoutHistoryTimeToLive(fixture("conventions/WithoutTimeToLive.bpmn")))
                .singleElement().asString().contains("process 'WithoutTimeToLive'");
        assertThat(ModelConventions.withoutHistoryTimeToLive(fixture("conventions/WithoutTimeToLive.dmn")))
                .singleElement().asString().contains("decision 'WithoutTimeToLive'");
    }

    @Test
    void everyModelIsValidForCamundasModelApiAndEveryFormForTasklist() {
        assertThat(everyProblem(ModelFiles.all(), ModelConventions::invalid)).isEmpty();
    }

    @Test
    void invalidModelsAndFormsAreFound() {
        assertThat(ModelConventions.invalid(fixture("conventions/Invalid.bpmn"))).singleElement().asString()
                .contains("targetRef");
        assertThat(ModelConventions.invalid(fixture("conventions/Invalid.dmn"))).singleElement().asString()
                .contains("notAnExpression");
        assertThat(ModelConventions.invalid(fixture("conventions/Misnamed.form"))).hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("'NotTheFileName', not its file name 'Misnamed'"))
                .anySatisfy(problem -> assertThat(problem).contains("schemaVersion 17"));
        assertThat(ModelConventions.invalid(fixture("conventions/NotJson.form"))).singleElement().asString()
                .contains("not a JSON form");
    }

    @Test
    void theFixturesThatBreakOneConventionKeepTheOthers() {
        assertThat(ModelConventions.invalid(fixture("conventions/GeneratedIds.bpmn"))).isEmpty();
        assertThat(ModelConventions.invalid(fixture("conventions/DelegateExpressions.bpmn"))).isEmpty();
        assertThat(ModelConventions.invalid(fixture("conventions/WithoutTimeToLive.dmn"))).isEmpty();
        assertThat(ModelConventions.generatedIds(fixture("conventions/DelegateExpressions.bpmn"))).isEmpty();
    }

    private static List<String> everyProblem(List<Path> files, Function<Path, List<String>> check) {
        return files.stream().flatMap(file -> check.apply(file).stream()).toList();
    }
}
