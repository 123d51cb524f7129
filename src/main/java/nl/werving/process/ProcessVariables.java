package nl.werving.process;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the hiring process's variables, for delegates and listeners. */
public final class ProcessVariables {

    private ProcessVariables() {
    }

    public static UUID applicationId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(HiringProcess.VAR_APPLICATION_ID));
    }

    public static UUID vacancyId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(HiringProcess.VAR_VACANCY_ID));
    }

    public static int interviewRound(VariableScope scope) {
        Object round = scope.getVariable(HiringProcess.VAR_INTERVIEW_ROUND);
        return round == null ? 1 : ((Number) round).intValue();
    }

    public static boolean isTrue(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    /** Counts a numbered step (e.g. the n-th slot proposal) and returns its number, starting at 1. */
    public static int next(VariableScope scope, String counter) {
        Object current = scope.getVariable(counter);
        int next = current == null ? 1 : ((Number) current).intValue() + 1;
        scope.setVariable(counter, next);
        return next;
    }
}
