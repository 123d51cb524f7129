package nl.werving.process.engine;

import nl.werving.web.FailureDescription;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A failure as the engine stores and logs it (job exception message and stack trace, job log, incident message): the
 * original's class names, codes, ids and stack frames, none of its messages (see {@link FailureRedaction}).
 */
final class RedactedFailure extends ProcessEngineException implements FailureDescription.Redacted {

    private static final long serialVersionUID = 1L;

    RedactedFailure(String summary, StackTraceElement[] frames, Cause cause) {
        super(summary, cause);
        setStackTrace(frames);
    }

    /** One exception of the original cause chain, printed as its class name and safe details. */
    static final class Cause extends RuntimeException implements FailureDescription.Redacted {

        private static final long serialVersionUID = 1L;

        Cause(String description, StackTraceElement[] frames, Cause cause) {
            super(description, cause);
            setStackTrace(frames);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
