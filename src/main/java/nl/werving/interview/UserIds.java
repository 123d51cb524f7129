package nl.werving.interview;

import java.util.regex.Pattern;

/** The format of Camunda user ids as Werving uses them: letters and digits only. */
final class UserIds {

    static final int MAX_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]{1," + MAX_LENGTH + "}");

    private UserIds() {
    }

    static boolean isWellFormed(String userId) {
        return userId != null && FORMAT.matcher(userId).matches();
    }
}
