package nl.werving.candidate.web;

/** A step of the status page's indicator: its name, {@code done}, {@code current} or {@code todo}, and that in words. */
public record StatusStep(String label, String state, String stateText) {
}
