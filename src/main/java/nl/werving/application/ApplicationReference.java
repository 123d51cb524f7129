package nl.werving.application;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The random, non-guessable reference of an application: 120 random bits in 24 characters of Crockford's
 * base-32 alphabet. It is the hiring process's business key and carries nothing about the person.
 */
public record ApplicationReference(String value) {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 24;
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApplicationReference {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an application reference");
        }
    }

    public static ApplicationReference random() {
        return random(RANDOM);
    }

    static ApplicationReference random(SecureRandom random) {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new ApplicationReference(new String(chars));
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /**
     * The reference a request names, e.g. in its path.
     *
     * @throws MalformedApplicationReferenceException when the value cannot be a reference
     */
    public static ApplicationReference parse(String value) {
        if (!isWellFormed(value)) {
            throw new MalformedApplicationReferenceException();
        }
        return new ApplicationReference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
