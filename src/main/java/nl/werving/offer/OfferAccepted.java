package nl.werving.offer;

import nl.werving.application.ApplicationReference;

/** The candidate accepted the offer sent to them. Published once per offer. */
public record OfferAccepted(ApplicationReference reference) {
}
