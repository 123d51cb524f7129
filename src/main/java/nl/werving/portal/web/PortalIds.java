package nl.werving.portal.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads ids from paths and form fields without letting a malformed one become an exception. */
final class PortalIds {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PortalIds() {
    }

    static Optional<UUID> uuid(String text) {
        if (text == null || !UUID_TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }
}
