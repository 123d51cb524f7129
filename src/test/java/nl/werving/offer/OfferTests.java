package nl.werving.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate START = LocalDate.parse("2026-05-01");

    @Test
    void aDraftIsSentThenAccepted() {
        Offer offer = draft();

        offer.send(NOW);
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.SENT);
        assertThat(offer.accept(NOW.plusSeconds(60))).isTrue();
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.ACCEPTED);
    }

    @Test
    void anAnswerIsRecordedOnce() {
        Offer offer = sent();

        assertThat(offer.decline(NOW)).isTrue();
        assertThat(offer.decline(NOW)).isFalse();
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.DECLINED);
    }

    @Test
    void anUnsentOfferCannotBeAccepted() {
        assertThatThrownBy(() -> draft().accept(NOW))
                .isInstanceOf(OfferStateException.class)
                .hasMessage("An offer that was not sent yet cannot be accepted");
    }

    @Test
    void aDeclinedOfferCannotBeAccepted() {
        Offer offer = sent();
        offer.decline(NOW);

        assertThatThrownBy(() -> offer.accept(NOW))
                .isInstanceOf(OfferStateException.class)
                .hasMessage("An offer that was declined cannot be accepted");
    }

    @Test
    void anAcceptedOfferCannotBeDeclined() {
        Offer offer = sent();
        offer.accept(NOW);

        assertThatThrownBy(() -> offer.decline(NOW)).isInstanceOf(OfferStateException.class);
    }

    @Test
    void sendingTwiceKeepsTheFirstSendingTime() {
        Offer offer = sent();

        offer.send(NOW.plusSeconds(3600));

        assertThat(offer.getStatus()).isEqualTo(OfferStatus.SENT);
        assertThat(offer).extracting("sentAt").isEqualTo(NOW);
    }

    @Test
    void anAnsweredOfferIsNotSentAgain() {
        Offer offer = sent();
        offer.accept(NOW);

        assertThatThrownBy(() -> offer.send(NOW)).isInstanceOf(OfferStateException.class);
    }

    @Test
    void onlyAnUnsentDraftIsRedrafted() {
        Offer offer = draft();
        offer.redraft(new BigDecimal("4200"), START, "Revised terms", NOW);
        assertThat(offer.getSalary()).isEqualByComparingTo("4200");

        offer.send(NOW);
        assertThatThrownBy(() -> offer.redraft(new BigDecimal("4300"), START, null, NOW))
                .isInstanceOf(OfferStateException.class);
    }

    @Test
    void aSupersededOfferCannotBeAnswered() {
        Offer offer = sent();
        offer.supersede();

        assertThatThrownBy(() -> offer.accept(NOW))
                .isInstanceOf(OfferStateException.class)
                .hasMessageContaining("replaced by a newer offer");
    }

    @Test
    void anAnsweredOfferIsNotSuperseded() {
        Offer offer = sent();
        offer.decline(NOW);

        assertThatThrownBy(offer::supersede).isInstanceOf(OfferStateException.class);
    }

    @Test
    void theSalaryIsAPositiveAmountOfAtMostTwoDecimals() {
        UUID applicationId = UUID.randomUUID();
        assertThatThrownBy(() -> Offer.draft(applicationId, BigDecimal.ZERO, START, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Offer.draft(applicationId, new BigDecimal("-4000"), START, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Offer.draft(applicationId, new BigDecimal("4000.001"), START, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Offer.draft(applicationId, new BigDecimal("4000.50"), START, null, NOW).getSalary())
                .isEqualByComparingTo("4000.50");
    }

    @Test
    void theStartDateMustNotLieInThePast() {
        assertThatThrownBy(() -> Offer.draft(UUID.randomUUID(), new BigDecimal("4000"), LocalDate.parse("2026-03-01"),
                null, NOW)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start date");
        assertThat(Offer.draft(UUID.randomUUID(), new BigDecimal("4000"), LocalDate.parse("2026-03-02"), null, NOW))
                .isNotNull();
    }

    @Test
    void termsAreLimitedToFourThousandCharacters() {
        assertThatThrownBy(() -> Offer.draft(UUID.randomUUID(), new BigDecimal("4000"), START, "x".repeat(4001), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Offer draft() {
        return Offer.draft(UUID.randomUUID(), new BigDecimal("4000"), START, "Permanent contract, 36 hours", NOW);
    }

    private static Offer sent() {
        Offer offer = draft();
        offer.send(NOW);
        return offer;
    }
}
