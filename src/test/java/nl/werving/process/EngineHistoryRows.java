package nl.werving.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.werving.process.history.PersonalTaskValues;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;

/**
 * What the engine's history holds of a process instance's variables, read through the history service: the variable
 * instances ({@code ACT_HI_VARINST}) and the details ({@code ACT_HI_DETAIL}: variable updates and submitted form
 * fields).
 */
public final class EngineHistoryRows {

    private EngineHistoryRows() {
    }

    /** The names of the instance's historic variables. */
    public static Set<String> variableNames(HistoryService history, String processInstanceId) {
        Set<String> names = new TreeSet<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).disableBinaryFetching()
                .list().forEach(variable -> names.add(variable.getName()));
        return names;
    }

    /** The names in the instance's historic details: variable updates and form fields. */
    public static Set<String> detailNames(HistoryService history, String processInstanceId) {
        Set<String> names = new TreeSet<>();
        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(processInstanceId)
                .disableBinaryFetching().list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                names.add(update.getVariableName());
            } else if (detail instanceof HistoricFormField field) {
                names.add(field.getFieldId());
            }
        }
        return names;
    }

    /**
     * Every historic variable or detail of the instance named as a personal task value or whose value contains one of
     * the texts, described as {@code table: name = value}; empty when the history kept none.
     */
    public static List<String> personalRows(HistoryService history, String processInstanceId, String... texts) {
        List<String> rows = new ArrayList<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).list()) {
            add(rows, "ACT_HI_VARINST", variable.getName(), variable.getValue(), texts);
        }
        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(processInstanceId).list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                add(rows, "ACT_HI_DETAIL (variable update)", update.getVariableName(), update.getValue(), texts);
            } else if (detail instanceof HistoricFormField field) {
                add(rows, "ACT_HI_DETAIL (form field)", field.getFieldId(), field.getFieldValue(), texts);
            }
        }
        return rows;
    }

    private static void add(List<String> rows, String table, String name, Object value, String... texts) {
        String text = String.valueOf(value);
        boolean containsText = false;
        for (String wanted : texts) {
            containsText |= text.contains(wanted);
        }
        if (PersonalTaskValues.isPersonal(name) || containsText) {
            rows.add(table + ": " + name + " = " + text);
        }
    }
}
