package nl.werving.process.dmn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werving.fairness.InvalidDecisionTableException;
import nl.werving.fairness.ScreeningDecisionReplay;
import nl.werving.fairness.ScreeningInputs;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Replays screening decision inputs through the deployed {@code ScreeningDecision} and a candidate table with a
 * stand-alone DMN engine of its own: the candidate is never deployed, and since the process engine's DMN engine
 * is not used, no decision history is written. A candidate may use FEEL only (the expression language of the
 * shipped tables); script and JUEL expressions and document type declarations are refused before parsing.
 */
@Component
class DmnScreeningDecisionReplay implements ScreeningDecisionReplay {

    static final String SCREENING_DECISION = "ScreeningDecision";
    static final String RECOMMENDATION = "recommendation";

    private static final Pattern EXPRESSION_LANGUAGE = Pattern.compile("expressionLanguage\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Set<String> FEEL = Set.of("https://www.omg.org/spec/dmn/20191111/feel/",
            "http://www.omg.org/spec/feel/20140401", "https://www.omg.org/spec/feel/20140401", "feel",
            "https://www.omg.org/spec/dmn/20180521/feel/", "https://www.omg.org/spec/dmn/20230324/feel/");

    private final RepositoryService repositoryService;
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    DmnScreeningDecisionReplay(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public Replay replay(String candidateDmn, List<ScreeningInputs> inputs) {
        DmnDecision candidate = parseCandidate(candidateDmn);
        DecisionDefinition deployed = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(SCREENING_DECISION).latestVersion().singleResult();
        DmnDecision current = deployed == null ? null : parseDeployed(deployed);
        List<String> currentRecommendations = new ArrayList<>();
        List<String> candidateRecommendations = new ArrayList<>();
        for (ScreeningInputs input : inputs) {
            VariableMap variables = Variables.createVariables()
                    .putValue("automationAllowed", input.automationAllowed())
                    .putValue("knockoutFailed", input.knockoutFailed())
                    .putValue("mustHaveMissing", input.mustHaveMissing())
                    .putValue("screeningScore", input.screeningScore());
            currentRecommendations.add(current == null ? null : recommendation(current, variables));
            try {
                candidateRecommendations.add(recommendation(candidate, variables));
            } catch (RuntimeException failure) {
                throw new InvalidDecisionTableException("The candidate table cannot be evaluated: " + messages(failure));
            }
        }
        return new Replay(deployed == null ? null : deployed.getVersion(), currentRecommendations,
                candidateRecommendations);
    }

    private DmnDecision parseCandidate(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new InvalidDecisionTableException("The request body must be a DMN document");
        }
        if (xml.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
            throw new InvalidDecisionTableException("Document type declarations are not allowed in a decision table");
        }
        Matcher languages = EXPRESSION_LANGUAGE.matcher(xml);
        while (languages.find()) {
            if (!FEEL.contains(languages.group(1).strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidDecisionTableException("Only FEEL expressions are allowed in a candidate table; "
                        + "found expression language '" + languages.group(1) + "'");
            }
        }
        try {
            return dmnEngine.parseDecision(SCREENING_DECISION,
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException failure) {
            throw new InvalidDecisionTableException("The candidate table cannot be parsed: " + messages(failure));
        }
    }

    private DmnDecision parseDeployed(DecisionDefinition deployed) {
        try (InputStream model = repositoryService.getDecisionModel(deployed.getId())) {
            return dmnEngine.parseDecision(SCREENING_DECISION, model);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private String recommendation(DmnDecision decision, VariableMap variables) {
        DmnDecisionResultEntries first = dmnEngine.evaluateDecision(decision, variables).getFirstResult();
        if (first == null) {
            return null;
        }
        Object value = first.getEntry(RECOMMENDATION);
        return value == null ? null : value.toString();
    }

    /** The messages of the exception and its causes, without stack traces or class names. */
    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank() && text.indexOf(message) < 0) {
                if (!text.isEmpty()) {
                    text.append(" ← ");
                }
                text.append(message.strip());
            }
        }
        return text.isEmpty() ? failure.getClass().getSimpleName() : text.toString();
    }
}
