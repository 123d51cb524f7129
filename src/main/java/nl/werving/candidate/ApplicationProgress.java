package nl.werving.candidate;

import java.util.Optional;
import nl.werving.application.ApplicationReference;

/**
 * Where the running hiring procedure of an application stands. Only the process engine knows; the {@code process}
 * module implements this, so that this module needs no engine code.
 */
public interface ApplicationProgress {

    /** The stage of the application's running hiring process; empty when none runs. */
    Optional<CandidateStage> runningStage(ApplicationReference reference);
}
