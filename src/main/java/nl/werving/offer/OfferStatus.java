package nl.werving.offer;

/**
 * Where an offer is: drafted (and possibly redrafted), sent, answered; or superseded by a new draft after it
 * had been sent.
 */
enum OfferStatus {
    DRAFT,
    SENT,
    ACCEPTED,
    DECLINED,
    SUPERSEDED
}
