package nl.werving.candidate;

import java.time.Instant;
import java.util.Objects;
import nl.werving.application.ApplicationReference;

/**
 * What a verified link says: the application it is for, its purpose, its random id and when it expires.
 * {@code toString} leaves out the token id, which identifies the link.
 */
public record CandidateLink(ApplicationReference reference, LinkPurpose purpose, String tokenId, Instant expiresAt) {

    public CandidateLink {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "CandidateLink[" + purpose + "]";
    }
}
