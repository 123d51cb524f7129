package nl.werving.application.web;

/** An Idempotency-Key header that is not 8 to 255 visible ASCII characters. */
class MalformedIdempotencyKeyException extends RuntimeException {

    MalformedIdempotencyKeyException() {
        super("The Idempotency-Key header must be 8 to 255 visible ASCII characters, such as a UUID.");
    }
}
