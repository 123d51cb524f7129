package nl.werving.candidate;

import java.util.Objects;

/** A candidate link that cannot be used; the {@link Reason reason} says why. The message never holds the token. */
public class InvalidLinkException extends RuntimeException {

    /** Why a link is refused. */
    public enum Reason {
        /** Not a link Werving could have made: wrong shape or encoding. */
        MALFORMED,
        /** Well-formed, but its signature does not match: changed, or signed with another secret. */
        TAMPERED,
        /** Its validity has ended. */
        EXPIRED,
        /** A single-use link whose action was already performed. */
        USED,
        /** A genuine link, but for another purpose than the one asked for. */
        WRONG_PURPOSE
    }

    private final Reason reason;

    public InvalidLinkException(Reason reason) {
        super("The candidate link is not valid: " + Objects.requireNonNull(reason, "reason"));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
