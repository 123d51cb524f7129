package nl.werving.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions that carry a client's idempotency key: the first request with a key submits the application, and
 * the key is recorded in the same transaction; a retry with the same key and the same request (its fingerprint)
 * gets that application back, however often it is sent and whether or not the first answer reached the client.
 * Two requests with one key at the same moment are serialised by the key's primary key: the second waits for the
 * first's transaction and then sees its outcome. A key is remembered for {@link #KEY_LIFETIME}.
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
    private final Clock clock;

    IdempotentSubmissions(ApplicationSubmission submission, ApplicationRepository applications, JdbcTemplate jdbc,
            Clock clock) {
        this.submission = submission;
        this.applications = applications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The outcome: the application, and whether it was created by an earlier request with the same key. */
    public record Submitted(Application application, boolean replayed) {
    }

    /**
     * Submits the application once per key.
     *
     * @param key the client's key, matching {@link #KEY_FORMAT}
     * @param fingerprint a SHA-256 (hex) of everything the request asked for
     * @throws IdempotencyKeyReusedException when the key was used for a different request
     */
    @Transactional
    public Submitted submit(String key, String fingerprint, NewApplication request) {
        Objects.requireNonNull(request, "request");
        if (key == null || !KEY_FORMAT.matcher(key).matches()) {
            throw new IllegalArgumentException("An idempotency key is 8 to 255 visible ASCII characters");
        }
        int claimed = jdbc.update("insert into application_idempotency_key (idempotency_key, fingerprint, created_at)"
                + " values (?, ?, ?) on conflict (idempotency_key) do nothing", key, fingerprint,
                java.sql.Timestamp.from(clock.instant()));
        if (claimed == 1) {
            Application application = submission.submit(request);
            // The application is written through JPA; it must be in the database before the key can point at it.
            applications.flush();
            jdbc.update("update application_idempotency_key set application_id = ? where idempotency_key = ?",
                    application.getId(), key);
            return new Submitted(application, false);
        }
        var earlier = jdbc.queryForMap("select fingerprint, application_id from application_idempotency_key "
                + "where idempotency_key = ?", key);
        if (!fingerprint.equals(earlier.get("fingerprint")) || earlier.get("application_id") == null) {
            throw new IdempotencyKeyReusedException();
        }
        Application application = applications.findById((UUID) earlier.get("application_id"))
                .orElseThrow(IdempotencyKeyReusedException::new);
        return new Submitted(application, true);
    }

    /** Forgets keys older than {@link #KEY_LIFETIME}; returns how many. */
    @Transactional
    public int forgetExpired() {
        return jdbc.update("delete from application_idempotency_key where created_at < ?",
                java.sql.Timestamp.from(clock.instant().minus(KEY_LIFETIME)));
    }
}
