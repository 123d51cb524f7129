package nl.werving.screening;

import java.util.UUID;

/** Screens one application against its vacancy. */
public interface ApplicationScreening {

    ScreeningOutcome screen(UUID applicationId);
}
