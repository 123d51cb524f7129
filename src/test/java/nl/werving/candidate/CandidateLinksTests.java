package nl.werving.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import nl.werving.application.ApplicationReference;
import nl.werving.candidate.InvalidLinkException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateLinksTests {

    private static final String SECRET = "a-test-secret-of-at-least-thirty-two-characters";
    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private static final ApplicationReference A = new ApplicationReference("AAAAAAAAAAAAAAAAAAAAAAAA");
    private static final ApplicationReference B = new ApplicationReference("BBBBBBBBBBBBBBBBBBBBBBBB");

    private final UsedLinkRepository usedLinks = mock(UsedLinkRepository.class);
    private final CandidateLinks links = links(SECRET, false, NOW);

    private CandidateLinks links(String secret, boolean demoMode, Instant now) {
        return new CandidateLinks(secret, demoMode, Clock.fixed(now, ZoneOffset.UTC), usedLinks);
    }

    @ParameterizedTest
    @EnumSource(LinkPurpose.class)
    void aLinkVerifiesForItsApplicationAndPurpose(LinkPurpose purpose) {
        String token = links.create(A, purpose, Duration.ofDays(7));

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(links.verify(token, purpose)).isEqualTo(A);
        CandidateLink link = links.open(token);
        assertThat(link.reference()).isEqualTo(A);
        assertThat(link.purpose()).isEqualTo(purpose);
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void everyLinkHasItsOwnTokenId() {
        assertThat(links.open(links.create(A, LinkPurpose.STATUS, Duration.ofDays(1))).tokenId())
                .isNotEqualTo(links.open(links.create(A, LinkPurpose.STATUS, Duration.ofDays(1))).tokenId());
    }

    @Test
    void aLinkForOnePurposeNeverWorksForAnother() {
        String token = links.create(A, LinkPurpose.STATUS, Duration.ofDays(7));

        for (LinkPurpose other : LinkPurpose.values()) {
            if (other != LinkPurpose.STATUS) {
                assertReason(() -> links.verify(token, other), Reason.WRONG_PURPOSE);
            }
        }
    }

    @Test
    void changingAnyCharacterOfThePayloadOrSignatureIsTampering() {
        String token = links.create(A, LinkPurpose.WITHDRAW, Duration.ofDays(7));
        int dot = token.indexOf('.');
        // The last character of each part may carry unused bits; changing it is refused as malformed instead.
        for (int i = 0; i < token.length(); i++) {
            if (i == dot) {
                continue;
            }
            char original = token.charAt(i);
            String changed = token.substring(0, i) + (original == 'A' ? 'B' : 'A') + token.substring(i + 1);
            Reason expected = i == dot - 1 || i == token.length() - 1 ? null : Reason.TAMPERED;
            InvalidLinkException refused = catchInvalid(() -> links.verify(changed, LinkPurpose.WITHDRAW));
            if (expected != null) {
                assertThat(refused.reason()).as("character %d changed", i).isEqualTo(expected);
            } else {
                assertThat(refused.reason()).as("character %d changed", i).isIn(Reason.TAMPERED, Reason.MALFORMED);
            }
        }
    }

    @Test
    void aLinkForApplicationANeverVerifiesAsB() {
        String forA = links.create(A, LinkPurpose.CHOOSE_SLOT, Duration.ofDays(7));
        String forB = links.create(B, LinkPurpose.CHOOSE_SLOT, Duration.ofDays(7));
        String payloadOfA = forA.substring(0, forA.indexOf('.'));
        String payloadOfB = forB.substring(0, forB.indexOf('.'));

        // B's payload with A's signature, and A's payload rewritten to name B, keeping A's signature.
        assertReason(() -> links.verify(payloadOfB + forA.substring(forA.indexOf('.')), LinkPurpose.CHOOSE_SLOT),
                Reason.TAMPERED);
        String rewritten = encode(decode(payloadOfA).replace(A.value(), B.value()));
        assertReason(() -> links.verify(rewritten + forA.substring(forA.indexOf('.')), LinkPurpose.CHOOSE_SLOT),
                Reason.TAMPERED);
        assertThat(links.verify(forA, LinkPurpose.CHOOSE_SLOT)).isEqualTo(A).isNotEqualTo(B);
    }

    @Test
    void aLinkSignedWithAnotherSecretIsTampered() {
        String foreign = links("another-secret-of-at-least-thirty-two-characters", false, NOW)
                .create(A, LinkPurpose.STATUS, Duration.ofDays(1));

        assertReason(() -> links.verify(foreign, LinkPurpose.STATUS), Reason.TAMPERED);
    }

    @Test
    void aLinkWorksUntilTheSecondBeforeItExpires() {
        String token = links.create(A, LinkPurpose.STATUS, Duration.ofHours(48));
        Instant expiry = NOW.plus(Duration.ofHours(48));

        assertThat(links(SECRET, false, expiry.minusSeconds(1)).verify(token, LinkPurpose.STATUS)).isEqualTo(A);
        assertReason(() -> links(SECRET, false, expiry).verify(token, LinkPurpose.STATUS), Reason.EXPIRED);
        assertReason(() -> links(SECRET, false, expiry.plusSeconds(1)).open(token), Reason.EXPIRED);
    }

    @Test
    void aUsedSingleUseLinkIsRefusedButAStatusLinkIsReusable() {
        when(usedLinks.existsById(anyString())).thenReturn(true);
        String withdraw = links.create(A, LinkPurpose.WITHDRAW, Duration.ofDays(1));
        String status = links.create(A, LinkPurpose.STATUS, Duration.ofDays(1));

        assertReason(() -> links.verify(withdraw, LinkPurpose.WITHDRAW), Reason.USED);
        assertReason(() -> links.open(withdraw), Reason.USED);
        assertThat(links.verify(status, LinkPurpose.STATUS)).isEqualTo(A);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", "abc.", ".abc", "a.b.c", "ab+c.def", "abc.de=f", "abc def.ghi",
            "QUJD.QUJD"})
    void malformedTokensAreRefused(String token) {
        assertReason(() -> links.verify(token, LinkPurpose.STATUS), Reason.MALFORMED);
    }

    @Test
    void tooLongOrMissingTokensAreMalformed() {
        assertReason(() -> links.verify(null, LinkPurpose.STATUS), Reason.MALFORMED);
        assertReason(() -> links.verify("A".repeat(400) + ".B", LinkPurpose.STATUS), Reason.MALFORMED);
    }

    @Test
    void aCorrectlySignedPayloadOfTheWrongShapeIsMalformed() throws Exception {
        String payload = encode("1:" + A.value() + ":NOT_A_PURPOSE:AAAAAAAAAAAAAAAAAAAAAA:9999999999");
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));

        assertReason(() -> links.verify(payload + "." + signature, LinkPurpose.STATUS), Reason.MALFORMED);
    }

    @Test
    void validityMustBePositiveAndAtMostAYear() {
        assertThatThrownBy(() -> links.create(A, LinkPurpose.STATUS, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.create(A, LinkPurpose.STATUS, Duration.ofDays(367)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void demoModeUsesThePublishedDemoSecretWhenNoneIsSet() {
        CandidateLinks demo = links("", true, NOW);

        assertThat(demo.available()).isTrue();
        assertThat(demo.verify(demo.create(A, LinkPurpose.STATUS, Duration.ofDays(1)), LinkPurpose.STATUS)).isEqualTo(A);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", CandidateLinks.DEMO_SECRET, "too-short"})
    void outsideDemoModeAMissingShortOrDemoSecretSwitchesLinksOff(String secret) {
        CandidateLinks off = links(secret, false, NOW);
        String token = links.create(A, LinkPurpose.STATUS, Duration.ofDays(1));

        assertThat(off.available()).isFalse();
        assertThatThrownBy(() -> off.create(A, LinkPurpose.STATUS, Duration.ofDays(1)))
                .isInstanceOf(CandidateLinksUnavailableException.class)
                .hasMessageContaining("WERVING_CANDIDATE_LINK_SECRET");
        assertThatThrownBy(() -> off.verify(token, LinkPurpose.STATUS))
                .isInstanceOf(CandidateLinksUnavailableException.class);
    }

    @Test
    void theExceptionNeverCarriesTheToken() {
        String token = links.create(A, LinkPurpose.STATUS, Duration.ofDays(1));

        assertThat(catchInvalid(() -> links.verify(token, LinkPurpose.WITHDRAW)).getMessage())
                .doesNotContain(token).doesNotContain(A.value());
    }

    private static String encode(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.US_ASCII));
    }

    private static String decode(String encoded) {
        return new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII);
    }

    private static void assertReason(Runnable call, Reason reason) {
        assertThat(catchInvalid(call).reason()).isEqualTo(reason);
    }

    private static InvalidLinkException catchInvalid(Runnable call) {
        try {
            call.run();
        } catch (InvalidLinkException refused) {
            return refused;
        }
        throw new AssertionError("the link was accepted");
    }
}
