package nl.werving.notification.mail;

/**
 * A staff member a mail or calendar invitation needs has no e-mail address in the identity service. The attempt
 * fails (and is retried), so that after the last attempt recruiters see it rather than the mail vanishing.
 */
class NoStaffAddressException extends RuntimeException {

    NoStaffAddressException(String userId) {
        super("Staff member " + userId + " has no e-mail address");
    }
}
