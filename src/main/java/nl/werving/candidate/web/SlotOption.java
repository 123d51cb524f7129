package nl.werving.candidate.web;

/** An interview slot as the choice page lists it: its number and its time in words. */
public record SlotOption(int number, String label) {
}
