package nl.werving.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoVacanciesTests {

    private final Vacancies vacancies = mock(Vacancies.class);
    private final Vacancy nurse = Vacancy.draft(DemoVacancies.NURSE, "Care", Instant.EPOCH);
    private final Vacancy developer = Vacancy.draft(DemoVacancies.JAVA_DEVELOPER, "Code", Instant.EPOCH);

    @Test
    void demoVacanciesWithoutRequirementsGetThem() {
        when(vacancies.publishIfAbsent(eq(DemoVacancies.NURSE), anyString())).thenReturn(nurse);
        when(vacancies.publishIfAbsent(eq(DemoVacancies.JAVA_DEVELOPER), anyString())).thenReturn(developer);
        when(vacancies.requirements(any())).thenReturn(VacancyRequirements.none());

        new DemoVacancies(vacancies).run(null);

        verify(vacancies).changeRequirements(nurse.getId(), DemoVacancies.nurseRequirements(), "demo");
        verify(vacancies).changeRequirements(developer.getId(), DemoVacancies.developerRequirements(), "demo");
    }

    @Test
    void requirementsHrHasSetAreLeftAlone() {
        when(vacancies.publishIfAbsent(anyString(), anyString())).thenReturn(nurse);
        when(vacancies.requirements(nurse.getId())).thenReturn(new VacancyRequirements(2, List.of(),
                List.of()));

        new DemoVacancies(vacancies).run(null);

        verify(vacancies, never()).changeRequirements(any(), any(), any());
    }

    @Test
    void theDemoRequirementsAskAKnockOutQuestionInBothLanguages() {
        assertThat(DemoVacancies.nurseRequirements().knockoutQuestions()).singleElement()
                .satisfies(question -> assertThat(question.questionNl()).isEqualTo("Heb je een geldige BIG-registratie?"));
        assertThat(DemoVacancies.developerRequirements().knockoutQuestions()).singleElement()
                .satisfies(question -> assertThat(question.questionEn())
                        .isEqualTo("Do you have a work permit for the Netherlands?"));
        assertThat(DemoVacancies.nurseRequirements().requirements().get(0).mustHave()).isTrue();
    }
}
