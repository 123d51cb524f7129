package nl.werving.candidate;

import nl.werving.application.ApplicationReference;

/**
 * What a link's action did: for which application, the purpose, the choice made ({@code "1"} to {@code "3"} for
 * a slot, {@code "accept"} or {@code "decline"} for an offer, empty otherwise), and whether this submission only
 * repeated the one before it (a double click) and so changed nothing.
 */
public record ActionOutcome(ApplicationReference reference, LinkPurpose purpose, String choice, boolean repeated) {
}
