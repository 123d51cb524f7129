package nl.werving.interview;

import java.util.Objects;

/**
 * An interviewer's contact details as the identity service knows them, passed in by the caller: the interview
 * module stores user ids only.
 */
public record Interviewer(String userId, String email, String displayName) {

    public Interviewer {
        Objects.requireNonNull(userId, "userId");
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("Interviewer " + userId + " has no e-mail address");
        }
    }
}
