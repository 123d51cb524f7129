package nl.werving.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.werving.application.ApplicationSubmission;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.vacancy.Vacancies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class ConsentsIntegrationTests {

    @Autowired
    Consents consents;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Vacancies vacancies;

    private UUID applicationId;

    @BeforeEach
    void setUp() {
        applicationId = TestApplications.submit(submission, vacancies).getId();
    }

    @Test
    void aConsentInForceIsRecordedOnceWithItsNoticeAndChannel() {
        consents.give(applicationId, ConsentPurpose.TALENT_POOL, "notice-1", ConsentChannel.CANDIDATE_LINK);
        consents.give(applicationId, ConsentPurpose.TALENT_POOL, "notice-2", ConsentChannel.RECRUITER);

        assertThat(talentPoolHistory()).hasSize(1);
        Consent consent = consents.inForce(applicationId, ConsentPurpose.TALENT_POOL).orElseThrow();
        assertThat(consent.noticeVersion()).isEqualTo("notice-1");
        assertThat(consent.givenVia()).isEqualTo(ConsentChannel.CANDIDATE_LINK);
        assertThat(consent.inForce()).isTrue();
    }

    @Test
    void aWithdrawnConsentStaysInTheHistoryAndCanBeGivenAgain() {
        assertThat(consents.withdraw(applicationId, ConsentPurpose.TALENT_POOL, ConsentChannel.RECRUITER)).isFalse();
        consents.give(applicationId, ConsentPurpose.TALENT_POOL, "notice-1", ConsentChannel.CANDIDATE_LINK);

        assertThat(consents.withdraw(applicationId, ConsentPurpose.TALENT_POOL, ConsentChannel.RECRUITER)).isTrue();
        assertThat(consents.inForce(applicationId, ConsentPurpose.TALENT_POOL)).isEmpty();

        consents.give(applicationId, ConsentPurpose.TALENT_POOL, "notice-2", ConsentChannel.CANDIDATE_LINK);
        assertThat(talentPoolHistory()).extracting(Consent::noticeVersion, Consent::inForce)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("notice-1", false),
                        org.assertj.core.groups.Tuple.tuple("notice-2", true));
        assertThat(talentPoolHistory().get(0).withdrawnVia()).isEqualTo(ConsentChannel.RECRUITER);
    }

    @Test
    void everyApplicationHasTheCandidatesAcknowledgementOfThePrivacyNotice() {
        Consent acknowledgement = consents.inForce(applicationId, ConsentPurpose.APPLICATION_PROCESSING)
                .orElseThrow();

        assertThat(acknowledgement.noticeVersion()).isEqualTo(TestApplications.PRIVACY_NOTICE_VERSION);
        assertThat(acknowledgement.givenVia()).isEqualTo(ConsentChannel.APPLICATION_FORM);
        assertThat(consents.history(applicationId)).singleElement()
                .extracting(Consent::purpose).isEqualTo(ConsentPurpose.APPLICATION_PROCESSING);
    }

    private List<Consent> talentPoolHistory() {
        return consents.history(applicationId).stream()
                .filter(consent -> consent.purpose() == ConsentPurpose.TALENT_POOL).toList();
    }
}
