package nl.werving.screening;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werving.persistence.TransactionMemory;
import nl.werving.screening.store.StoredScreeningResult;
import nl.werving.screening.store.StoredScreeningResultRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored screening results: every screening of an application adds one, and the latest counts. The process
 * attaches the screening decision's recommendation to it after evaluating the decision table, and shows it on the
 * review task, both in the transaction that screened: a result recorded in the current transaction is the one it
 * reads, without querying for it again.
 */
@Service
@Transactional(readOnly = true)
public class ScreeningResults {

    private final StoredScreeningResultRepository repository;
    private final Clock clock;
    private final TransactionMemory<UUID, StoredScreeningResult> recordedInThisTransaction = new TransactionMemory<>();

    ScreeningResults(StoredScreeningResultRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The application's most recent screening result, if it was screened. */
    public Optional<ScreeningResult> latest(UUID applicationId) {
        return stored(applicationId).map(StoredScreeningResult::toResult);
    }

    /**
     * Records which decision definition (key and version) turned the latest screening result into which
     * recommendation and reason. Calling it again replaces the earlier decision, so a retried step is harmless.
     *
     * @return whether it was recorded: false when the application has no screening result (it was not screened)
     */
    @Transactional
    public boolean attachDecision(UUID applicationId, String decisionKey, int decisionVersion, String recommendation,
            String reason) {
        Optional<StoredScreeningResult> latest = stored(applicationId);
        latest.ifPresent(result -> result.attachDecision(decisionKey, decisionVersion, recommendation, reason,
                clock.instant()));
        return latest.isPresent();
    }

    /** Stores a new screening of the application, after any earlier ones. */
    @Transactional
    ScreeningResult record(UUID applicationId, UUID vacancyId, int requirementsVersion, boolean cvScreened,
            Integer score, boolean mustHaveMissing, boolean knockoutFailed, List<RequirementResult> requirements,
            List<KnockoutCheck> knockoutChecks) {
        int sequenceNumber = repository.lastSequenceNumber(applicationId) + 1;
        StoredScreeningResult stored = new StoredScreeningResult(applicationId, vacancyId, sequenceNumber,
                requirementsVersion, cvScreened, score, mustHaveMissing, knockoutFailed, requirements, knockoutChecks,
                clock.instant());
        // Written now, not at commit: a row the database refuses fails the screening step itself, inside the
        // process's redaction of failures, rather than the commit after it.
        StoredScreeningResult saved = repository.saveAndFlush(stored);
        recordedInThisTransaction.put(applicationId, saved);
        return saved.toResult();
    }

    private Optional<StoredScreeningResult> stored(UUID applicationId) {
        return recordedInThisTransaction.get(applicationId)
                .or(() -> repository.findFirstByApplicationIdOrderBySequenceNumberDesc(applicationId));
    }
}
