package nl.werving.consent;

import java.time.Instant;
import java.util.UUID;

/** A consent as recorded; {@code withdrawnAt} and {@code withdrawnVia} are null while it is in force. */
public record Consent(UUID applicationId, ConsentPurpose purpose, String noticeVersion, Instant givenAt,
        ConsentChannel givenVia, Instant withdrawnAt, ConsentChannel withdrawnVia) {

    public boolean inForce() {
        return withdrawnAt == null;
    }
}
