package nl.werving.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records consents and their withdrawal. Giving a consent that is in force already records nothing new (the
 * record keeps when it was first given); giving it again after a withdrawal records a new consent, so the history
 * stays complete. Every consent given, also again while in force (a renewal), is announced as
 * {@link ConsentGiven}; a withdrawal as {@link ConsentWithdrawn}.
 */
@Service
@Transactional
public class Consents {

    /** The version of the talent-pool text candidates agree to (shown on the consent page and in the mail). */
    public static final String TALENT_POOL_NOTICE_VERSION = "talent-pool-2026-11";

    private final ConsentRecordRepository records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consents(ConsentRecordRepository records, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the consent unless one for the purpose is in force for the application, and announces it either way:
     * given again while in force, it renews the consent.
     */
    public void give(UUID applicationId, ConsentPurpose purpose, String noticeVersion, ConsentChannel via) {
        Objects.requireNonNull(applicationId, "applicationId");
        Instant now = clock.instant();
        if (records.findInForce(applicationId, purpose).isEmpty()) {
            records.save(new ConsentRecord(applicationId, purpose, noticeVersion, now, via));
        }
        events.publishEvent(new ConsentGiven(applicationId, purpose, now));
    }

    /**
     * Records the candidate's acknowledgement of the privacy notice they were shown when applying
     * ({@link ConsentPurpose#APPLICATION_PROCESSING}, through the application form) for an application submitted in
     * this transaction. Such an application has no consent yet, so none is looked up first, as intake is the
     * busiest path Werving has.
     */
    public void acknowledgeNotice(UUID newApplicationId, String noticeVersion) {
        Objects.requireNonNull(newApplicationId, "newApplicationId");
        Instant now = clock.instant();
        records.save(new ConsentRecord(newApplicationId, ConsentPurpose.APPLICATION_PROCESSING, noticeVersion, now,
                ConsentChannel.APPLICATION_FORM));
        events.publishEvent(new ConsentGiven(newApplicationId, ConsentPurpose.APPLICATION_PROCESSING, now));
    }

    /** Withdraws the consent in force for the purpose, if there is one; returns whether there was. */
    public boolean withdraw(UUID applicationId, ConsentPurpose purpose, ConsentChannel via) {
        Optional<ConsentRecord> inForce = records.findInForce(applicationId, purpose);
        Instant now = clock.instant();
        inForce.ifPresent(record -> {
            record.withdraw(now, via);
            events.publishEvent(new ConsentWithdrawn(applicationId, purpose, now));
        });
        return inForce.isPresent();
    }

    /** The consent in force for the purpose, if any. */
    @Transactional(readOnly = true)
    public Optional<Consent> inForce(UUID applicationId, ConsentPurpose purpose) {
        return records.findInForce(applicationId, purpose).map(ConsentRecord::view);
    }

    /** Every consent recorded for the application, oldest first, withdrawn ones included. */
    @Transactional(readOnly = true)
    public List<Consent> history(UUID applicationId) {
        return records.findByApplicationIdOrderByGivenAt(applicationId).stream().map(ConsentRecord::view).toList();
    }
}
