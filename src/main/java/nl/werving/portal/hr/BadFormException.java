package nl.werving.portal.hr;

/** A form came back with a value no page of ours offers (a tampered or outdated request): answered with 400. */
class BadFormException extends RuntimeException {

    BadFormException() {
        super("The form holds a value the page does not offer");
    }
}
