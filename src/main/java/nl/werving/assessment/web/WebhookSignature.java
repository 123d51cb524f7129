package nl.werving.assessment.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Werving-Signature} header of a webhook call: {@code t=<unix seconds>,v2=<hex HMAC-SHA256>}, the
 * HMAC taken with the shared secret over {@code "<t>.<application reference>.<raw body>"}, so a signed result
 * cannot be replayed to another application. A header may carry several {@code v2} values (while a provider
 * rotates its secret); one match is enough. Comparison takes constant time. The first scheme, {@code v1}, signed
 * only the timestamp and the body and is refused with its own reason.
 */
final class WebhookSignature {

    static final String HEADER = "Werving-Signature";

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int MAX_HEADER_LENGTH = 1024;

    /** The outcome of a check; anything but {@link #VALID} is refused. */
    enum Check {
        VALID("valid"),
        MISSING("the Werving-Signature header is missing"),
        MALFORMED("the Werving-Signature header is not of the form t=<unix seconds>,v2=<hex HMAC-SHA256>"),
        OUTDATED_SCHEME("the signature uses scheme v1, which does not cover the application reference; sign "
                + "\"<t>.<reference>.<body>\" and send it as v2"),
        MISMATCH("the signature does not match the reference and body"),
        OUTSIDE_TOLERANCE("the signature's timestamp is too far from the current time");

        private final String description;

        Check(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;

    WebhookSignature(byte[] secret, Duration tolerance, Clock clock) {
        if (secret.length == 0) {
            throw new IllegalArgumentException("The webhook secret is empty");
        }
        this.secret = secret.clone();
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The header value for a result about the reference, sent at the given time. */
    String sign(long unixSeconds, String reference, byte[] body) {
        return "t=" + unixSeconds + ",v2=" + HexFormat.of().formatHex(hmac(unixSeconds, reference, body));
    }

    /** Checks a header against the reference in the URL and the exact bytes of the body it came with. */
    Check verify(String header, String reference, byte[] body) {
        if (header == null || header.isBlank()) {
            return Check.MISSING;
        }
        if (header.length() > MAX_HEADER_LENGTH) {
            return Check.MALFORMED;
        }
        String timestamp = null;
        boolean outdated = false;
        List<byte[]> signatures = new ArrayList<>();
        for (String element : header.split(",")) {
            int equals = element.indexOf('=');
            if (equals < 0) {
                return Check.MALFORMED;
            }
            String key = element.substring(0, equals).strip();
            String value = element.substring(equals + 1).strip();
            if (key.equals("t")) {
                if (timestamp != null || !TIMESTAMP.matcher(value).matches()) {
                    return Check.MALFORMED;
                }
                timestamp = value;
            } else if (key.equals("v2")) {
                if (!HEX_SHA256.matcher(value).matches()) {
                    return Check.MALFORMED;
                }
                signatures.add(HexFormat.of().parseHex(value));
            } else if (key.equals("v1")) {
                outdated = true;
            }
            // Other keys (later schemes) are ignored.
        }
        if (timestamp != null && signatures.isEmpty() && outdated) {
            return Check.OUTDATED_SCHEME;
        }
        if (timestamp == null || signatures.isEmpty()) {
            return Check.MALFORMED;
        }
        long unixSeconds = Long.parseLong(timestamp);
        byte[] expected = hmac(unixSeconds, reference, body);
        boolean matches = false;
        for (byte[] signature : signatures) {
            matches |= MessageDigest.isEqual(expected, signature);
        }
        if (!matches) {
            return Check.MISMATCH;
        }
        long age = clock.instant().getEpochSecond() - unixSeconds;
        return Math.abs(age) > tolerance.toSeconds() ? Check.OUTSIDE_TOLERANCE : Check.VALID;
    }

    private byte[] hmac(long unixSeconds, String reference, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update((unixSeconds + "." + reference + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException exception) {
            throw new IllegalStateException("HMAC-SHA256 is not available", exception);
        }
    }
}
