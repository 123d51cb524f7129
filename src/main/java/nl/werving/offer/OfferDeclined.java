package nl.werving.offer;

import nl.werving.application.ApplicationReference;

/** The candidate declined the offer sent to them. Published once per offer. */
public record OfferDeclined(ApplicationReference reference) {
}
