package nl.werving.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a refused start in plain words instead of a stack trace. */
class InsecureAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<InsecureAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InsecureAdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Export WERVING_ADMIN_PASSWORD with a strong secret before starting with the 'postgres' profile.",
                cause);
    }
}
