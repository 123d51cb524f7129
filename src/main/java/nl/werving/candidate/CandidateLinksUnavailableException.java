package nl.werving.candidate;

/** Candidate links cannot be made or checked because no usable secret is configured. */
public class CandidateLinksUnavailableException extends IllegalStateException {

    CandidateLinksUnavailableException(String message) {
        super(message);
    }
}
