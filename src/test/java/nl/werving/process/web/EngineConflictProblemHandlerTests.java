package nl.werving.process.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;

class EngineConflictProblemHandlerTests {

    private final EngineConflictProblemHandler handler = new EngineConflictProblemHandler();

    @Test
    void aDeadlockBetweenTwoChangesIsAConflictToRetry() {
        var exception = new ProcessEnginePersistenceException("flush failed",
                new RuntimeException(new SQLException("deadlock detected", "40P01")));

        var response = handler.engineFailure(exception);

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(response.getBody().getDetail()).contains("try again");
    }

    @Test
    void anOptimisticLockingFailureIsAConflictToRetry() {
        assertThat(handler.engineFailure(new OptimisticLockingException("changed")).getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void anyOtherEngineFailureIsAnInternalErrorWithoutDetails() {
        var response = handler.engineFailure(new ProcessEngineException("secret internals"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getDetail()).doesNotContain("secret internals");
    }
}
