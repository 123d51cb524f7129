package nl.werving.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a vacancy's running applications stand in the hiring process; the process module implements it from the
 * engine. Stages and times only: nothing about a person.
 */
public interface HiringStages {

    /** One running application's stage and since when it is in it. */
    record StageSince(HiringStage stage, Instant since) {
    }

    /** One entry per running hiring process of the vacancy. */
    List<StageSince> running(UUID vacancyId);
}
