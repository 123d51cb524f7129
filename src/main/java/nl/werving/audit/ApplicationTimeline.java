package nl.werving.audit;

import java.util.List;

/**
 * An application's timeline, oldest first.
 *
 * @param erased whether the application's personal data has been erased: what remains is pseudonymous
 */
public record ApplicationTimeline(String reference, boolean erased, List<TimelineEntry> entries) {
}
