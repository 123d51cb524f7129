package nl.werving.process.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.junit.jupiter.api.Test;

/** Which form version a user task used, derived from the deployments in force (forms bound 'latest'). */
class FormVersionTests {

    private static final Date FIRST_DEPLOYED = new Date(1_000_000);
    private static final Date SECOND_DEPLOYED = new Date(2_000_000);
    private static final List<CamundaFormDefinitionEntity> FORMS = List.of(form("d1", 1), form("d2", 2),
            otherForm("d2"));
    private static final Map<String, Date> DEPLOYED_AT = Map.of("d1", FIRST_DEPLOYED, "d2", SECOND_DEPLOYED);

    @Test
    void aTaskCompletedBeforeTheSecondVersionWasDeployedUsedTheFirst() {
        assertThat(version("latest", null, "d1", new Date(1_500_000))).isEqualTo(1);
    }

    @Test
    void aTaskCompletedAfterTheSecondVersionWasDeployedUsedTheSecond() {
        assertThat(version("latest", null, "d1", new Date(2_500_000))).isEqualTo(2);
        assertThat(version(null, null, "d1", SECOND_DEPLOYED)).isEqualTo(2);
    }

    @Test
    void anOpenTaskShowsTheNewest() {
        assertThat(version("latest", null, "d1", null)).isEqualTo(2);
    }

    @Test
    void bindingDeploymentUsesTheProcessDeploymentsFormAndBindingVersionTheVersionNamed() {
        assertThat(version("deployment", null, "d1", new Date(2_500_000))).isEqualTo(1);
        assertThat(version("version", "1", "d2", new Date(2_500_000))).isEqualTo(1);
    }

    @Test
    void noFormDeployedAtCompletionIsNull() {
        assertThat(version("latest", null, "d1", new Date(500_000))).isNull();
    }

    private static Integer version(String binding, String boundVersion, String processDeployment, Date completedAt) {
        return EngineProcessVersions.formVersion(FORMS, DEPLOYED_AT, "ReviewScreeningForm", binding, boundVersion,
                processDeployment, completedAt);
    }

    private static CamundaFormDefinitionEntity form(String deploymentId, int version) {
        CamundaFormDefinitionEntity form = new CamundaFormDefinitionEntity("ReviewScreeningForm", deploymentId,
                "ReviewScreeningForm.form", null);
        form.setVersion(version);
        return form;
    }

    private static CamundaFormDefinitionEntity otherForm(String deploymentId) {
        CamundaFormDefinitionEntity form = new CamundaFormDefinitionEntity("ScorecardForm", deploymentId,
                "ScorecardForm.form", null);
        form.setVersion(7);
        return form;
    }
}
