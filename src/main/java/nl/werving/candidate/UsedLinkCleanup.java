package nl.werving.candidate;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets used links once they could no longer work anyway: a link lives at most
 * {@link CandidateLinks#MAX_VALIDITY}, so a record of its use older than that protects nothing. Runs every night.
 */
@Component
class UsedLinkCleanup {

    private static final Logger log = LoggerFactory.getLogger(UsedLinkCleanup.class);

    private final UsedLinkRepository usedLinks;
    private final Clock clock;

    UsedLinkCleanup(UsedLinkRepository usedLinks, Clock clock) {
        this.usedLinks = usedLinks;
        this.clock = clock;
    }

    @Scheduled(cron = "${werving.candidate-links.cleanup-cron:0 30 3 * * *}")
    @Transactional
    public int forgetExpired() {
        int forgotten = usedLinks.deleteUsedBefore(clock.instant().minus(CandidateLinks.MAX_VALIDITY));
        if (forgotten > 0) {
            log.info("Forgot {} used candidate links older than their longest possible validity", forgotten);
        }
        return forgotten;
    }
}
