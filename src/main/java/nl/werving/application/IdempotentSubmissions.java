package nl.werving.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submissions that carry a client's idempotency key: the first request with a key submits the application, and
 * the key is recorded in the same transaction; a retry with the same key and the same request (its fingerprint)
 * gets that application back, however often it is sent and whether or not the first answer reached the client.
 * Two requests with one key at the same moment are serialised by the key's primary key: the second waits for the
 * first's transaction, fails on the key, and then, in a new transaction, sees the first one's outcome. A key is remembered for {@link #KEY_LIFETIME}.
 */
@Service
public class IdempotentSubmissions {

    /** How long a key is remembered; a retry after that is a new submission. */
    public static final Duration KEY_LIFETIME = Duration.ofHours(24);
    /** What a key may look like: 8 to 255 visible ASCII characters, e.g. a UUID. */
    public static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{8,255}");

    private final ApplicationSubmission submission;
    private final ApplicationRepository applications;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    IdempotentSubmissions(ApplicationSubmission submission, ApplicationRepository applications, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.submission = submission;
        this.applications = applications;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The outcome: the application, and whether it was created by an earlier request with the same key. */
    public record Submitted(Application application, boolean replayed) {
    }

    /**
     * Submits the application once per key.
     *
     * @param key the client's key, matching {@link #KEY_FORMAT}
     * @throws IdempotencyKeyReusedException when the key was used for a different request (another
     *         {@link NewApplication#fingerprint()})
     */
    public Submitted submit(String key, NewApplication request) {
        Objects.requireNonNull(request, "request");
        String fingerprint = request.fingerprint();
        if (key == null || !KEY_FORMAT.matcher(key).matches()) {
            throw new IllegalArgumentException("An idempotency key is 8 to 255 visible ASCII characters");
        }
        try {
            return transactions.execute(status -> attempt(key, fingerprint, request));
        } catch (DuplicateKeyException raced) {
            // Another request with this key claimed it first; its transaction has ended now, so this one sees it.
            return transactions.execute(status -> attempt(key, fingerprint, request));
        }
    }

    private Submitted attempt(String key, String fingerprint, NewApplication request) {
        List<Map<String, Object>> earlier = jdbc.queryForList("select fingerprint, application_id "
                + "from application_idempotency_key where idempotency_key = ?", key);
        if (!earlier.isEmpty()) {
            Map<String, Object> first = earlier.get(0);
            if (!fingerprint.equals(first.get("fingerprint")) || first.get("application_id") == null) {
                throw new IdempotencyKeyReusedException();
            }
            Application application = applications.findById((UUID) first.get("application_id"))
                    .orElseThrow(IdempotencyKeyReusedException::new);
            return new Submitted(application, true);
        }
        // The key's primary key makes a concurrent request with the same key wait here for this transaction.
        jdbc.update("insert into application_idempotency_key (idempotency_key, fingerprint, created_at) "
                + "values (?, ?, ?)", key, fingerprint, Timestamp.from(clock.instant()));
        Application application = submission.submit(request);
        // The application is written through JPA; it must be in the database before the key can point at it.
        applications.flush();
        jdbc.update("update application_idempotency_key set application_id = ? where idempotency_key = ?",
                application.getId(), key);
        return new Submitted(application, false);
    }

    /** Forgets keys older than {@link #KEY_LIFETIME}; returns how many. */
    @Transactional
    public int forgetExpired() {
        return jdbc.update("delete from application_idempotency_key where created_at < ?",
                Timestamp.from(clock.instant().minus(KEY_LIFETIME)));
    }
}
