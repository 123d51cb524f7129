package nl.werving.fairness;

import java.util.List;

/**
 * The selection rates of one stage.
 *
 * @param entered applications that reached the stage
 * @param pending of those, still waiting for an outcome (not counted in rates)
 * @param withdrew of those, withdrawn by the candidate or a declined offer (not counted in rates)
 * @param applicants entered minus pending minus withdrew: the applicants the rates are computed over
 * @param selected of the applicants, those that moved on
 */
public record StageReport(FairnessStage stage, int entered, int pending, int withdrew, int applicants, int selected,
        List<GroupTable> tables) {

    public StageReport {
        tables = List.copyOf(tables);
    }
}
