package nl.werving.candidate;

import java.time.Clock;
import java.time.Duration;
import nl.werving.application.ApplicationReference;
import org.mockito.Mockito;

/**
 * Status links made with the real {@link CandidateLinks} and a given secret, for programs outside the Spring
 * context (the scale benchmark) that need a candidate's status page without reading mail. Making a link never
 * touches the used-link store.
 */
public final class StatusLinks {

    private final CandidateLinks links;

    public StatusLinks(String secret) {
        this.links = new CandidateLinks(secret, false, Clock.systemUTC(), Mockito.mock(UsedLinkRepository.class));
    }

    /** The token of a status link ({@code /c/<token>}) valid for a week. */
    public String token(String reference) {
        return links.create(new ApplicationReference(reference), LinkPurpose.STATUS, Duration.ofDays(7));
    }
}
