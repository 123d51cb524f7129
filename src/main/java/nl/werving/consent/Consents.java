package nl.werving.consent;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records consents and their withdrawal. Giving a consent that is in force already changes nothing (a double
 * click); giving it again after a withdrawal records a new consent, so the history stays complete.
 */
@Service
@Transactional
public class Consents {

    /** The version of the talent-pool text candidates agree to (shown on the consent page and in the mail). */
    public static final String TALENT_POOL_NOTICE_VERSION = "talent-pool-2026-11";

    private final ConsentRecordRepository records;
    private final Clock clock;

    Consents(ConsentRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Records the consent unless one for the purpose is in force for the application. */
    public void give(UUID applicationId, ConsentPurpose purpose, String noticeVersion, ConsentChannel via) {
        Objects.requireNonNull(applicationId, "applicationId");
        if (records.findByApplicationIdAndPurposeAndWithdrawnAtIsNull(applicationId, purpose).isEmpty()) {
            records.saveAndFlush(new ConsentRecord(applicationId, purpose, noticeVersion, clock.instant(), via));
        }
    }

    /** Withdraws the consent in force for the purpose, if there is one; returns whether there was. */
    public boolean withdraw(UUID applicationId, ConsentPurpose purpose, ConsentChannel via) {
        Optional<ConsentRecord> inForce = records.findByApplicationIdAndPurposeAndWithdrawnAtIsNull(applicationId,
                purpose);
        inForce.ifPresent(record -> record.withdraw(clock.instant(), via));
        return inForce.isPresent();
    }

    /** The consent in force for the purpose, if any. */
    @Transactional(readOnly = true)
    public Optional<Consent> inForce(UUID applicationId, ConsentPurpose purpose) {
        return records.findByApplicationIdAndPurposeAndWithdrawnAtIsNull(applicationId, purpose)
                .map(ConsentRecord::view);
    }

    /** Every consent recorded for the application, oldest first, withdrawn ones included. */
    @Transactional(readOnly = true)
    public List<Consent> history(UUID applicationId) {
        return records.findByApplicationIdOrderByGivenAt(applicationId).stream().map(ConsentRecord::view).toList();
    }
}
