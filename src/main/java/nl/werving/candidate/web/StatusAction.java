package nl.werving.candidate.web;

/** An action the status page offers: where it leads (a fresh link of its purpose), its name and a sentence about it. */
public record StatusAction(String href, String label, String hint) {
}
