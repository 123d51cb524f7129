package nl.werving.fairness;

import java.util.List;

/**
 * Evaluates screening decision inputs against the deployed screening decision table and a candidate one, without
 * deploying the candidate and without writing decision history. Implemented by the {@code process} module, which
 * owns all engine code.
 */
public interface ScreeningDecisionReplay {

    /**
     * The recommendation of the deployed table and of the candidate for each input, in the inputs' order.
     *
     * @param candidateDmn the candidate DMN XML; its decision must have the deployed table's key
     * @throws InvalidDecisionTableException when the candidate cannot be parsed or evaluated
     */
    Replay replay(String candidateDmn, List<ScreeningInputs> inputs);

    /**
     * @param currentVersion the version of the deployed table, null when none is deployed (then {@code current}
     *        holds nulls)
     * @param current the deployed table's recommendation per input ({@code null} when no rule matched)
     * @param candidate the candidate's recommendation per input ({@code null} when no rule matched)
     */
    record Replay(Integer currentVersion, List<String> current, List<String> candidate) {
    }
}
