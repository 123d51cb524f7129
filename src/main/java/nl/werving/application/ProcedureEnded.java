package nl.werving.application;

import java.util.UUID;

/** The procedure of an application ended; retention of the applicant's data is counted from here. */
public record ProcedureEnded(UUID applicationId, ApplicationReference reference, ProcedureOutcome outcome) {
}
