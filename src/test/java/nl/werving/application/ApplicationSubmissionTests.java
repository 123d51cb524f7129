package nl.werving.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werving.applicant.ApplicantDetails;
import nl.werving.applicant.Applicants;
import nl.werving.applicant.Language;
import nl.werving.consent.Consents;
import nl.werving.consent.PrivacyNotices;
import nl.werving.consent.UnknownPrivacyNoticeVersionException;
import nl.werving.cv.CvDocuments;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

class ApplicationSubmissionTests {

    private static final UUID VACANCY = UUID.randomUUID();
    private static final List<UUID> SAME_ADDRESS = List.of(UUID.randomUUID(), UUID.randomUUID());

    private final Vacancies vacancies = mock(Vacancies.class);
    private final Applicants applicants = mock(Applicants.class);
    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final PrivacyNotices privacyNotices = mock(PrivacyNotices.class);
    private final Consents consents = mock(Consents.class);
    private final ApplicationSubmission submission = new ApplicationSubmission(vacancies, applicants, applications,
            mock(KnockoutAnswerRepository.class), mock(CvDocuments.class), privacyNotices, consents,
            mock(ApplicationEventPublisher.class), Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC),
            3);
    private final ApplicantDetails sam = new ApplicantDetails("Sam de Vries", "Sam@Example.org", null, Language.NL);
    private final NewApplication request = new NewApplication(VACANCY, sam, "2026-11");

    @BeforeEach
    void anOpenVacancy() {
        Vacancy vacancy = mock(Vacancy.class);
        when(vacancy.getId()).thenReturn(VACANCY);
        when(vacancy.isOpen()).thenReturn(true);
        when(vacancies.findById(VACANCY)).thenReturn(Optional.of(vacancy));
        when(vacancies.checkKnockoutAnswers(eq(VACANCY), anyMap())).thenReturn(1);
        when(applicants.idsByEmail("Sam@Example.org")).thenReturn(SAME_ADDRESS);
        when(applicants.register(any())).thenReturn(UUID.randomUUID());
        when(applications.save(any())).thenAnswer(invocation -> invocation.getArgument(0));
        when(privacyNotices.isPublished("2026-11")).thenReturn(true);
    }

    @Test
    void theCandidatesAcknowledgementOfTheNoticeIsRecordedWithItsVersion() {
        Application application = submission.submit(request);

        verify(consents).acknowledgeNotice(application.getId(), "2026-11");
    }

    @Test
    void anApplicationThatNamesNoPrivacyNoticeIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> submission.submit(new NewApplication(VACANCY, sam, null)))
                .isInstanceOf(UnknownPrivacyNoticeVersionException.class)
                .hasMessage("The application names no privacy notice version");
        verify(applicants, never()).register(any());
        verify(applications, never()).save(any());
        verify(consents, never()).acknowledgeNotice(any(), any());
    }

    @Test
    void anApplicationThatNamesAnUnpublishedNoticeIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> submission.submit(new NewApplication(VACANCY, sam, "2031-01")))
                .isInstanceOf(UnknownPrivacyNoticeVersionException.class)
                .hasMessage("No privacy notice has version 2031-01");
        verify(applicants, never()).register(any());
        verify(applications, never()).save(any());
    }

    @Test
    void anAddressMayApplyForAVacancyUpToTheCap() {
        when(applications.countByVacancyIdAndApplicantIdIn(VACANCY, SAME_ADDRESS)).thenReturn(2L);

        submission.submit(request);

        verify(applicants).register(request.applicant());
    }

    @Test
    void anAddressAtTheCapIsRefusedAndNothingIsStored() {
        when(applications.countByVacancyIdAndApplicantIdIn(VACANCY, SAME_ADDRESS)).thenReturn(3L);

        assertThatThrownBy(() -> submission.submit(request))
                .isInstanceOf(TooManyApplicationsException.class)
                .hasMessageContaining("3 times");
        verify(applicants, never()).register(any());
        verify(applications, never()).save(any());
    }
}
