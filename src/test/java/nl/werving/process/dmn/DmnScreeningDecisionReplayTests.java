package nl.werving.process.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.werving.fairness.InvalidDecisionTableException;
import nl.werving.fairness.ScreeningDecisionReplay.Replay;
import nl.werving.fairness.ScreeningInputs;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The replay against the shipped table as the "deployed" one, with no process engine. */
class DmnScreeningDecisionReplayTests {

    private static final List<ScreeningInputs> INPUTS = List.of(
            new ScreeningInputs(true, false, false, 59),
            new ScreeningInputs(true, false, false, 60),
            new ScreeningInputs(true, false, false, 69),
            new ScreeningInputs(true, false, false, 70),
            new ScreeningInputs(true, true, false, 65),
            new ScreeningInputs(true, false, true, 65),
            new ScreeningInputs(false, false, false, 90),
            new ScreeningInputs(true, false, false, null));

    private String shipped;
    private DmnScreeningDecisionReplay replay;

    @BeforeEach
    void setUp() throws IOException {
        shipped = Files.readString(Path.of("processes/ScreeningDecision.dmn"));
        RepositoryService repository = mock(RepositoryService.class, RETURNS_DEEP_STUBS);
        DecisionDefinition deployed = mock(DecisionDefinition.class);
        when(deployed.getId()).thenReturn("deployed-id");
        when(deployed.getVersion()).thenReturn(3);
        when(repository.createDecisionDefinitionQuery().decisionDefinitionKey("ScreeningDecision").latestVersion()
                .singleResult()).thenReturn(deployed);
        when(repository.getDecisionModel("deployed-id")).thenAnswer(
                call -> new ByteArrayInputStream(shipped.getBytes(StandardCharsets.UTF_8)));
        replay = new DmnScreeningDecisionReplay(repository);
    }

    @Test
    void aLowerThresholdChangesOnlyTheScoresBetweenTheOldAndNewThreshold() {
        Replay result = replay.replay(shipped.replace("&gt;= 70", "&gt;= 60"), INPUTS);

        assertThat(result.currentVersion()).isEqualTo(3);
        assertThat(result.current()).containsExactly("review", "review", "review", "advance", "reject", "review",
                "review", "review");
        assertThat(result.candidate()).containsExactly("review", "advance", "advance", "advance", "reject", "review",
                "review", "review");
    }

    @Test
    void malformedXmlIsRefusedWithTheParseError() {
        assertThatThrownBy(() -> replay.replay("<definitions", INPUTS))
                .isInstanceOf(InvalidDecisionTableException.class)
                .hasMessageStartingWith("The candidate table cannot be parsed: ");
    }

    @Test
    void scriptsAndDocumentTypeDeclarationsAreRefusedBeforeParsing() {
        String script = shipped.replace("<inputExpression id=\"InputExpression_ScreeningScore\" typeRef=\"integer\">",
                "<inputExpression id=\"InputExpression_ScreeningScore\" typeRef=\"integer\" expressionLanguage='juel'>");
        String doctype = shipped.replace("<definitions ", "<!DOCTYPE definitions [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><definitions ");

        assertThatThrownBy(() -> replay.replay(script, INPUTS)).isInstanceOf(InvalidDecisionTableException.class)
                .hasMessageContaining("juel");
        assertThatThrownBy(() -> replay.replay(doctype, INPUTS)).isInstanceOf(InvalidDecisionTableException.class)
                .hasMessageContaining("Document type declarations");
    }

    @Test
    void aCandidateThatFailsToEvaluateIsRefused() {
        String unparsableEntry = shipped.replace("&gt;= 70", "&gt;= (70");

        assertThatThrownBy(() -> replay.replay(unparsableEntry, INPUTS))
                .isInstanceOf(InvalidDecisionTableException.class);
    }
}
