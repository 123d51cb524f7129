package nl.werving.support;

import java.security.SecureRandom;

/**
 * Unique strings for one test that follows personal data, compared lower-case: a surname (for the name, the e-mail
 * address and a CV's header), a word for every free text, and a phone number's digits. A test puts them where a
 * person's data goes and then proves they are nowhere they must not be.
 */
public record Markers(String name, String text, String digits) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghjkmnpqrstvwxyz";

    public static Markers random() {
        return new Markers("mrk" + letters(10), "mrk" + letters(10), "6" + digits(8));
    }

    public String fullName() {
        return "Mara " + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public String email() {
        return name + "@example.org";
    }

    public String phone() {
        return "+31" + digits;
    }

    public String[] all() {
        return new String[] {name, text, digits};
    }

    private static String letters(int count) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < count; i++) {
            word.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }
}
