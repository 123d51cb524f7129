package nl.werving.application;

/** An idempotency key sent again with a request that differs from the one it was first used for. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request. Use a new key for a new application.");
    }
}
