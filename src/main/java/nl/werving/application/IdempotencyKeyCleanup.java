package nl.werving.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets idempotency keys once their lifetime is over, every hour. */
@Component
class IdempotencyKeyCleanup {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyCleanup.class);

    private final IdempotentSubmissions submissions;

    IdempotencyKeyCleanup(IdempotentSubmissions submissions) {
        this.submissions = submissions;
    }

    @Scheduled(cron = "${werving.idempotency-keys.cleanup-cron:0 15 * * * *}")
    void forgetExpired() {
        int forgotten = submissions.forgetExpired();
        if (forgotten > 0) {
            log.info("Forgot {} idempotency keys older than {}", forgotten, IdempotentSubmissions.KEY_LIFETIME);
        }
    }
}
