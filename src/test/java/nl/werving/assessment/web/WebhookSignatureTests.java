package nl.werving.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.werving.assessment.web.WebhookSignature.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignatureTests {

    // The worked example of docs/assessment-providers.md, computed there with openssl.
    private static final byte[] SECRET = bytes("example-secret-do-not-use");
    private static final long T = 1_767_225_600L;
    private static final String REFERENCE = "V6QHHSN8VXXB3P0KW81VJQP3";
    private static final byte[] BODY = bytes("{\"score\":72,\"completed\":true,\"providerResultId\":\"res_8f2k1\"}");
    private static final String DOCUMENTED_HEADER =
            "t=1767225600,v2=e8cbb12d02704191bdbd2cea743e3d7fe47b71c8b5b97dfb7abc50ef774ec29e";

    private final WebhookSignature signature = signatureAt(T + 10, SECRET);

    @Test
    void theDocumentedExampleIsValid() {
        assertThat(signature.sign(T, REFERENCE, BODY)).isEqualTo(DOCUMENTED_HEADER);
        assertThat(signature.verify(DOCUMENTED_HEADER, REFERENCE, BODY)).isEqualTo(Check.VALID);
    }

    @Test
    void anUppercaseHexSignatureAndSpacesAfterCommasAreAccepted() {
        String header = "t=" + T + ", v2=" + DOCUMENTED_HEADER.substring(DOCUMENTED_HEADER.indexOf("v2=") + 3)
                .toUpperCase();

        assertThat(signature.verify(header, REFERENCE, BODY)).isEqualTo(Check.VALID);
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnoughWhileASecretIsRotated() {
        String other = signatureAt(T, bytes("the-old-secret")).sign(T, REFERENCE, BODY);
        String header = other + "," + DOCUMENTED_HEADER.substring(DOCUMENTED_HEADER.indexOf("v2="));

        assertThat(signature.verify(header, REFERENCE, BODY)).isEqualTo(Check.VALID);
    }

    @Test
    void aResultSignedForAnotherReferenceDoesNotMatch() {
        assertThat(signature.verify(DOCUMENTED_HEADER, "K3QHHSN8VXXB3P0KW81VJQP3", BODY)).isEqualTo(Check.MISMATCH);
    }

    @Test
    void theFirstSchemeWhichDidNotSignTheReferenceIsRefusedWithItsOwnReason() {
        String v1Only = DOCUMENTED_HEADER.replace(",v2=", ",v1=");

        assertThat(signature.verify(v1Only, REFERENCE, BODY)).isEqualTo(Check.OUTDATED_SCHEME);
        assertThat(signature.verify(v1Only + "," + DOCUMENTED_HEADER.substring(DOCUMENTED_HEADER.indexOf("v2=")),
                REFERENCE, BODY)).as("v2 next to v1 counts").isEqualTo(Check.VALID);
    }

    @Test
    void aTamperedBodyDoesNotMatch() {
        byte[] tampered = bytes("{\"score\":92,\"completed\":true,\"providerResultId\":\"res_8f2k1\"}");

        assertThat(signature.verify(DOCUMENTED_HEADER, REFERENCE, tampered)).isEqualTo(Check.MISMATCH);
    }

    @Test
    void aBodyWithExtraWhitespaceDoesNotMatch() {
        byte[] reformatted = bytes("{\"score\": 72,\"completed\":true,\"providerResultId\":\"res_8f2k1\"}");

        assertThat(signature.verify(DOCUMENTED_HEADER, REFERENCE, reformatted)).isEqualTo(Check.MISMATCH);
    }

    @Test
    void aSignatureMadeWithAnotherSecretDoesNotMatch() {
        String forged = signatureAt(T, bytes("guessed-secret")).sign(T, REFERENCE, BODY);

        assertThat(signature.verify(forged, REFERENCE, BODY)).isEqualTo(Check.MISMATCH);
    }

    @Test
    void aChangedTimestampDoesNotMatch() {
        String moved = DOCUMENTED_HEADER.replace("t=" + T, "t=" + (T + 1));

        assertThat(signature.verify(moved, REFERENCE, BODY)).isEqualTo(Check.MISMATCH);
    }

    @Test
    void anExpiredSignatureIsRefusedAsAReplay() {
        WebhookSignature sixMinutesLater = signatureAt(T + 360, SECRET);
        WebhookSignature fiveMinutesLater = signatureAt(T + 300, SECRET);

        assertThat(sixMinutesLater.verify(DOCUMENTED_HEADER, REFERENCE, BODY)).isEqualTo(Check.OUTSIDE_TOLERANCE);
        assertThat(fiveMinutesLater.verify(DOCUMENTED_HEADER, REFERENCE, BODY)).isEqualTo(Check.VALID);
    }

    @Test
    void aSignatureFromTheFutureIsRefused() {
        WebhookSignature sixMinutesEarlier = signatureAt(T - 360, SECRET);
        WebhookSignature fiveMinutesEarlier = signatureAt(T - 300, SECRET);

        assertThat(sixMinutesEarlier.verify(DOCUMENTED_HEADER, REFERENCE, BODY)).isEqualTo(Check.OUTSIDE_TOLERANCE);
        assertThat(fiveMinutesEarlier.verify(DOCUMENTED_HEADER, REFERENCE, BODY)).isEqualTo(Check.VALID);
    }

    @Test
    void aMissingHeaderIsRefused() {
        assertThat(signature.verify(null, REFERENCE, BODY)).isEqualTo(Check.MISSING);
        assertThat(signature.verify("  ", REFERENCE, BODY)).isEqualTo(Check.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "e8cbb12d02704191bdbd2cea743e3d7fe47b71c8b5b97dfb7abc50ef774ec29e",
            "v2=e8cbb12d02704191bdbd2cea743e3d7fe47b71c8b5b97dfb7abc50ef774ec29e",
            "t=1767225600",
            "t=1767225600,v2=",
            "t=1767225600,v2=e8cbb12d02704191bdbd2cea743e3d7fe47b71c8b5b97dfb7abc50ef774ec29",
            "t=1767225600,v2=e8cbb12d02704191bdbd2cea743e3d7fe47b71c8b5b97dfb7abc50ef774ec29ea",
            "t=1767225600,v2=zzfab314e2826ade559f0c1e6a2de49f375d8490e9c94529e6ff3eaa9b74dd99",
            "t=-1767225600,v2=e8cbb12d02704191bdbd2cea743e3d7fe47b71c8b5b97dfb7abc50ef774ec29e",
            "t=17672256.00,v2=e8cbb12d02704191bdbd2cea743e3d7fe47b71c8b5b97dfb7abc50ef774ec29e",
            "t=99999999999999999999,v2=e8cbb12d02704191bdbd2cea743e3d7fe47b71c8b5b97dfb7abc50ef774ec29e",
            "t=1767225600,t=1767225600,v2=e8cbb12d02704191bdbd2cea743e3d7fe47b71c8b5b97dfb7abc50ef774ec29e",
            "t=1767225600;v2=e8cbb12d02704191bdbd2cea743e3d7fe47b71c8b5b97dfb7abc50ef774ec29e",
            "sha256=e8cbb12d02704191bdbd2cea743e3d7fe47b71c8b5b97dfb7abc50ef774ec29e"})
    void aMalformedHeaderIsRefused(String header) {
        assertThat(signature.verify(header, REFERENCE, BODY)).isEqualTo(Check.MALFORMED);
    }

    @Test
    void anOversizedHeaderIsRefusedWithoutParsing() {
        String header = DOCUMENTED_HEADER + ",x=" + "a".repeat(2000);

        assertThat(signature.verify(header, REFERENCE, BODY)).isEqualTo(Check.MALFORMED);
    }

    private static WebhookSignature signatureAt(long unixSeconds, byte[] secret) {
        return new WebhookSignature(secret, Duration.ofMinutes(5),
                Clock.fixed(Instant.ofEpochSecond(unixSeconds), ZoneOffset.UTC));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
