package nl.werving.interview;

import java.util.Objects;

/**
 * Who one calendar message is for: the candidate or one interviewer, with the address to send it to and the
 * name to greet them by.
 */
public record Recipient(String email, String displayName, boolean candidate) {

    public Recipient {
        Objects.requireNonNull(email, "email");
    }

    @Override
    public String toString() {
        return candidate ? "Recipient[candidate]" : "Recipient[interviewer]";
    }
}
