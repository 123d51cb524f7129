package nl.werving.security;

/** Werving was started outside demo mode without a usable administrator password. */
public class InsecureAdminPasswordException extends IllegalStateException {

    InsecureAdminPasswordException(String reason) {
        super("Werving refuses to start: " + reason
                + ". Set WERVING_ADMIN_PASSWORD to a secret of at least " + AdminPasswordGuard.MINIMUM_LENGTH
                + " characters (demo mode, the default profile, needs none).");
    }
}
