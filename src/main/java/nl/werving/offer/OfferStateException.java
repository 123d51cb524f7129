package nl.werving.offer;

/** The offer is not in a state that allows the step, e.g. accepting an offer that was declined or never sent. */
public class OfferStateException extends IllegalStateException {

    OfferStateException(String message) {
        super(message);
    }
}
