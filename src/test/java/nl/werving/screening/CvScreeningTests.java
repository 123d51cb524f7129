package nl.werving.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werving.applicant.Applicant;
import nl.werving.applicant.Applicants;
import nl.werving.application.Application;
import nl.werving.application.Applications;
import nl.werving.cv.CvDocuments;
import nl.werving.cv.CvRejectedException;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.VacancyRequirements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CvScreeningTests {

    private final Applications applications = mock(Applications.class);
    private final Applicants applicants = mock(Applicants.class);
    private final Vacancies vacancies = mock(Vacancies.class);
    private final CvDocuments cvDocuments = mock(CvDocuments.class);
    private final ScreeningResults results = mock(ScreeningResults.class);
    private final CvScreening screening = new CvScreening(applications, applicants, vacancies, cvDocuments, results);

    private final UUID applicationId = UUID.randomUUID();
    private final UUID vacancyId = UUID.randomUUID();
    private final UUID applicantId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        Application application = mock(Application.class);
        when(application.getId()).thenReturn(applicationId);
        when(application.getVacancyId()).thenReturn(vacancyId);
        when(application.getApplicantId()).thenReturn(applicantId);
        when(application.getSubmittedAt()).thenReturn(Instant.parse("2025-06-01T10:00:00Z"));
        when(applications.findById(applicationId)).thenReturn(Optional.of(application));
        when(applications.knockoutAnswers(applicationId)).thenReturn(CvFixtures.allYes());
        when(vacancies.requirements(vacancyId)).thenReturn(CvFixtures.developerVacancy());
        Applicant applicant = mock(Applicant.class);
        when(applicant.getFullName()).thenReturn("Jan de Vries");
        when(applicant.getEmail()).thenReturn("jan.devries@example.org");
        when(applicant.getPhone()).thenReturn("06-12345678");
        when(applicants.findById(applicantId)).thenReturn(Optional.of(applicant));
    }

    @Test
    void aCvIsRedactedMatchedAndStoredAndOnlyTheFeaturesAreReturned() {
        when(cvDocuments.textOrExtract(applicationId)).thenReturn(Optional.of(CvFixtures.dutchCv(CvFixtures.JAN)));

        ScreeningOutcome outcome = screening.screen(applicationId);

        assertThat(outcome).isEqualTo(new ScreeningOutcome(false, false, 85));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<RequirementResult>> stored = ArgumentCaptor.forClass(List.class);
        verify(results).record(eq(applicationId), eq(vacancyId), eq(3), eq(true), eq(85), eq(false), eq(false),
                stored.capture(), anyList());
        assertThat(stored.getValue()).hasSize(15);
        assertThat(stored.getValue().get(0).label()).isEqualTo("Java");
        assertThat(stored.getValue()).flatExtracting(RequirementResult::evidence).extracting(Evidence::passage)
                .noneMatch(passage -> passage.contains("Vries") || passage.contains("Kerkstraat")
                        || passage.contains("Nederlandse"));
    }

    @Test
    void anApplicationIsScreenedAgainstTheRequirementsVersionItWasMadeAgainstAndItsAnswersReadOnlyIfItAsksAny() {
        Application application = applications.findById(applicationId).orElseThrow();
        when(application.getRequirementsVersion()).thenReturn(Optional.of(2));
        when(vacancies.requirements(vacancyId, 2)).thenReturn(Optional.of(VacancyRequirements.none()));
        when(cvDocuments.textOrExtract(applicationId)).thenReturn(Optional.of(CvFixtures.dutchCv(CvFixtures.JAN)));

        ScreeningOutcome outcome = screening.screen(applicationId);

        assertThat(outcome.score()).as("version 2 had no requirements to score against").isNull();
        verify(results).record(eq(applicationId), eq(vacancyId), eq(0), eq(true), isNull(), eq(false), eq(false),
                anyList(), anyList());
        verify(vacancies, never()).requirements(vacancyId);
        verify(applications, never()).knockoutAnswers(applicationId);
    }

    @Test
    void withoutACvNothingIsScoredButTheKnockoutAnswersCountAndANoCvResultIsStored() {
        when(cvDocuments.textOrExtract(applicationId)).thenReturn(Optional.empty());
        when(applications.knockoutAnswers(applicationId)).thenReturn(Map.of(CvFixtures.WORK_PERMIT, false));

        ScreeningOutcome outcome = screening.screen(applicationId);

        assertThat(outcome).isEqualTo(new ScreeningOutcome(true, false, null));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<KnockoutCheck>> checks = ArgumentCaptor.forClass(List.class);
        verify(results).record(eq(applicationId), eq(vacancyId), eq(3), eq(false), isNull(), eq(false), eq(true),
                eq(List.of()), checks.capture());
        assertThat(checks.getValue()).extracting(KnockoutCheck::answer).containsExactly(false, null);
    }

    @Test
    void aVacancyWithoutRequirementsIsNotScored() {
        when(vacancies.requirements(vacancyId)).thenReturn(VacancyRequirements.none());
        when(cvDocuments.textOrExtract(applicationId)).thenReturn(Optional.of("Java"));

        assertThat(screening.screen(applicationId)).isEqualTo(new ScreeningOutcome(false, false, null));
    }

    @Test
    void aFailureWhileScreeningSurfacesAsAnException() {
        when(cvDocuments.textOrExtract(applicationId)).thenReturn(Optional.of("Java"));
        when(results.record(any(), any(), anyInt(), anyBoolean(), any(), anyBoolean(), anyBoolean(), anyList(),
                anyList())).thenThrow(new IllegalStateException("database down"));

        assertThatThrownBy(() -> screening.screen(applicationId)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCvThatCannotBeExtractedFailsScreeningButKeepsTheKnockoutOutcome() {
        when(cvDocuments.textOrExtract(applicationId)).thenThrow(new CvRejectedException(
                CvRejectedException.Reason.UNREADABLE, "Reading the CV took too long."));
        when(applications.knockoutAnswers(applicationId)).thenReturn(Map.of(CvFixtures.WORK_PERMIT, false));

        ScreeningFailedException failed = catchThrowableOfType(ScreeningFailedException.class,
                () -> screening.screen(applicationId));

        assertThat(failed).isNotNull();
        assertThat(failed.outcome()).isEqualTo(new ScreeningOutcome(true, false, null));
        verify(results, never()).record(any(), any(), anyInt(), anyBoolean(), any(), anyBoolean(), anyBoolean(),
                anyList(), anyList());
    }

    @Test
    void aCrashWhileExtractingThePendingCvSurfacesAsItIsToBeRetried() {
        when(cvDocuments.textOrExtract(applicationId)).thenThrow(new IllegalStateException("slots busy"));

        assertThatThrownBy(() -> screening.screen(applicationId)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedScreeningLeavesTheCallersTransactionFreeToCommit() throws Exception {
        org.springframework.transaction.annotation.Transactional transactional = CvScreening.class
                .getMethod("screen", UUID.class)
                .getAnnotation(org.springframework.transaction.annotation.Transactional.class);

        assertThat(transactional.noRollbackFor()).contains(ScreeningFailedException.class);
    }

    @Test
    void anUnknownApplicationIsAnError() {
        assertThatThrownBy(() -> screening.screen(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }
}
