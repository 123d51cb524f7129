package nl.werving.candidate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.werving.application.ApplicationReference;
import nl.werving.candidate.InvalidLinkException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and checks signed candidate links. A token is {@code base64url(payload) "." base64url(HMAC-SHA256)}; the
 * payload holds the application reference, the purpose, a random token id and the expiry in epoch seconds, and
 * the HMAC is taken over the encoded payload with the secret {@code werving.candidate-links.secret}. Nothing is
 * stored when a link is made; a single-use link is recorded when its action is performed. Outside demo mode a
 * missing, short or published demo secret makes every call fail with {@link CandidateLinksUnavailableException}.
 */
@Service
@Transactional(readOnly = true)
public class CandidateLinks {

    /** Published in the README; accepted in demo mode only. */
    static final String DEMO_SECRET = "werving-demo-candidate-link-secret-not-for-real-use";
    static final int MIN_SECRET_LENGTH = 32;
    static final Duration MAX_VALIDITY = Duration.ofDays(366);

    private static final Logger log = LoggerFactory.getLogger(CandidateLinks.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "1";
    private static final int MAX_TOKEN_LENGTH = 300;
    private static final int SIGNATURE_BYTES = 32;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern TOKEN_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Pattern EPOCH_SECONDS = Pattern.compile("[0-9]{1,12}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret;
    private final String unavailable;
    private final Clock clock;
    private final UsedLinkRepository usedLinks;

    CandidateLinks(@Value("${werving.candidate-links.secret:}") String secret,
            @Value("${werving.demo.enabled:false}") boolean demoMode, Clock clock, UsedLinkRepository usedLinks) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.usedLinks = Objects.requireNonNull(usedLinks, "usedLinks");
        String configured = secret == null ? "" : secret.strip();
        if (configured.isEmpty() && demoMode) {
            configured = DEMO_SECRET;
        }
        if (configured.isEmpty()) {
            unavailable = "Candidate links are off: no secret is set. Set WERVING_CANDIDATE_LINK_SECRET "
                    + "(werving.candidate-links.secret) to a random value of at least " + MIN_SECRET_LENGTH
                    + " characters.";
        } else if (!demoMode && configured.equals(DEMO_SECRET)) {
            unavailable = "Candidate links are off: WERVING_CANDIDATE_LINK_SECRET is the published demo secret, "
                    + "which counts only in demo mode. Set a random value of at least " + MIN_SECRET_LENGTH
                    + " characters.";
        } else if (configured.length() < MIN_SECRET_LENGTH) {
            unavailable = "Candidate links are off: WERVING_CANDIDATE_LINK_SECRET is shorter than "
                    + MIN_SECRET_LENGTH + " characters.";
        } else {
            unavailable = null;
        }
        this.secret = unavailable == null ? configured.getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (unavailable != null) {
            log.warn(unavailable);
        }
    }

    /** Whether links can be made and checked; when not, every call throws {@link CandidateLinksUnavailableException}. */
    public boolean available() {
        return unavailable == null;
    }

    /**
     * A new link token for the application and purpose, valid for the given time (at most a year). URL-safe: it
     * can stand in a path segment as it is.
     *
     * @throws CandidateLinksUnavailableException when no usable secret is configured
     */
    public String create(ApplicationReference reference, LinkPurpose purpose, Duration validity) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(purpose, "purpose");
        if (validity == null || validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("A link is valid for more than no time and at most " + MAX_VALIDITY.toDays()
                    + " days");
        }
        byte[] key = key();
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        long expiresAt = clock.instant().plus(validity).getEpochSecond();
        String payload = String.join(":", VERSION, reference.value(), purpose.name(), ENCODER.encodeToString(id),
                Long.toString(expiresAt));
        String encodedPayload = ENCODER.encodeToString(payload.getBytes(StandardCharsets.US_ASCII));
        return encodedPayload + "." + ENCODER.encodeToString(hmac(key, encodedPayload));
    }

    /**
     * The application a link for the expected purpose is for.
     *
     * @throws InvalidLinkException when the token is malformed, tampered with or expired, is for another purpose,
     *         or is a single-use link that was used
     * @throws CandidateLinksUnavailableException when no usable secret is configured
     */
    public ApplicationReference verify(String token, LinkPurpose expected) {
        Objects.requireNonNull(expected, "expected");
        CandidateLink link = check(token, expected);
        requireUnused(link);
        return link.reference();
    }

    /**
     * What a link is for, whatever its purpose: for showing the page behind it.
     *
     * @throws InvalidLinkException when the token is malformed, tampered with or expired, or is a single-use link
     *         that was used
     * @throws CandidateLinksUnavailableException when no usable secret is configured
     */
    public CandidateLink open(String token) {
        CandidateLink link = decode(token);
        requireUnused(link);
        return link;
    }

    /** Signature and expiry, but neither the purpose nor whether the link was used. */
    CandidateLink decodeValid(String token) {
        return decode(token);
    }

    /** Signature, expiry and purpose, but not whether the link was used. */
    CandidateLink check(String token, LinkPurpose expected) {
        CandidateLink link = decode(token);
        if (link.purpose() != expected) {
            throw new InvalidLinkException(Reason.WRONG_PURPOSE);
        }
        return link;
    }

    private void requireUnused(CandidateLink link) {
        if (link.purpose().singleUse() && usedLinks.existsById(link.tokenId())) {
            throw new InvalidLinkException(Reason.USED);
        }
    }

    private CandidateLink decode(String token) {
        byte[] key = key();
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidLinkException(Reason.MALFORMED);
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.') || dot == token.length() - 1) {
            throw new InvalidLinkException(Reason.MALFORMED);
        }
        String encodedPayload = token.substring(0, dot);
        String encodedSignature = token.substring(dot + 1);
        byte[] signature = decodeCanonical(encodedSignature);
        if (!BASE64URL.matcher(encodedPayload).matches() || signature == null || signature.length != SIGNATURE_BYTES) {
            throw new InvalidLinkException(Reason.MALFORMED);
        }
        if (!MessageDigest.isEqual(hmac(key, encodedPayload), signature)) {
            throw new InvalidLinkException(Reason.TAMPERED);
        }
        CandidateLink link = parse(decodeCanonical(encodedPayload));
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new InvalidLinkException(Reason.EXPIRED);
        }
        return link;
    }

    private static CandidateLink parse(byte[] payload) {
        if (payload == null) {
            throw new InvalidLinkException(Reason.MALFORMED);
        }
        String[] fields = new String(payload, StandardCharsets.US_ASCII).split(":", -1);
        if (fields.length != 5 || !VERSION.equals(fields[0]) || !ApplicationReference.isWellFormed(fields[1])
                || !TOKEN_ID.matcher(fields[3]).matches() || !EPOCH_SECONDS.matcher(fields[4]).matches()) {
            throw new InvalidLinkException(Reason.MALFORMED);
        }
        LinkPurpose purpose;
        try {
            purpose = LinkPurpose.valueOf(fields[2]);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidLinkException(Reason.MALFORMED);
        }
        return new CandidateLink(new ApplicationReference(fields[1]), purpose, fields[3],
                Instant.ofEpochSecond(Long.parseLong(fields[4])));
    }

    /** The decoded bytes, or null unless the text is the one canonical unpadded base64url encoding of them. */
    private static byte[] decodeCanonical(String text) {
        if (!BASE64URL.matcher(text).matches()) {
            return null;
        }
        try {
            byte[] bytes = DECODER.decode(text);
            return ENCODER.encodeToString(bytes).equals(text) ? bytes : null;
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    private byte[] key() {
        if (unavailable != null) {
            throw new CandidateLinksUnavailableException(unavailable);
        }
        return secret;
    }

    private static byte[] hmac(byte[] key, String encodedPayload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException exception) {
            throw new IllegalStateException("HMAC-SHA256 is not available", exception);
        }
    }
}
