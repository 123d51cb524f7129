package nl.werving.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werving.vacancy.InvalidVacancyException.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VacanciesTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final VacancyRepository repository = mock(VacancyRepository.class);
    private final StoredVersions versions = new StoredVersions();
    private final Vacancies vacancies = new Vacancies(repository, versions, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Vacancy vacancy = Vacancy.draft("Nurse", "Cares for patients", NOW);

    @BeforeEach
    void setUp() {
        when(repository.findById(vacancy.getId())).thenReturn(Optional.of(vacancy));
        when(repository.findLockedById(vacancy.getId())).thenReturn(Optional.of(vacancy));
    }

    @Test
    void aVacancyWithoutRequirementsHasVersionZero() {
        assertThat(vacancies.requirements(vacancy.getId())).isEqualTo(VacancyRequirements.none());
        assertThat(vacancies.requirements(vacancy.getId(), 0)).contains(VacancyRequirements.none());
    }

    @Test
    void everyChangeMakesTheNextVersionAndKeepsTheOldOne() {
        VacancyRequirements first = vacancies.changeRequirements(vacancy.getId(),
                draft(null, skill(null, "Java", 5)), "hr1");
        VacancyRequirements second = vacancies.changeRequirements(vacancy.getId(),
                draft(null, skill(first.requirements().get(0).id(), "Java", 8)), "hr2");

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(vacancy.getRequirementsVersion()).isEqualTo(2);
        assertThat(vacancies.requirements(vacancy.getId())).isEqualTo(second);
        assertThat(vacancies.requirements(vacancy.getId(), 1)).contains(first);
        assertThat(first.requirements().get(0).weight()).isEqualTo(5);
        assertThat(second.requirements().get(0).id()).isEqualTo(first.requirements().get(0).id());
        assertThat(versions.changedBy).containsExactly("hr1", "hr2");
    }

    @Test
    void sendingTheCurrentSetAgainMakesNoNewVersion() {
        VacancyRequirements first = vacancies.changeRequirements(vacancy.getId(),
                draft(null, skill(null, "Java", 5)), "hr1");

        VacancyRequirements again = vacancies.changeRequirements(vacancy.getId(),
                draft(1, skill(first.requirements().get(0).id(), "Java", 5)), "hr1");

        assertThat(again).isEqualTo(first);
        assertThat(vacancy.getRequirementsVersion()).isEqualTo(1);
        assertThat(versions.changedBy).hasSize(1);
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefused() {
        vacancies.changeRequirements(vacancy.getId(), draft(0, skill(null, "Java", 5)), "hr1");

        assertThatThrownBy(() -> vacancies.changeRequirements(vacancy.getId(), draft(0, skill(null, "Kafka", 5)), "hr2"))
                .isInstanceOf(RequirementsVersionConflictException.class);
        assertThat(vacancy.getRequirementsVersion()).isEqualTo(1);
    }

    @Test
    void anInvalidDraftChangesNothing() {
        assertThatThrownBy(() -> vacancies.changeRequirements(vacancy.getId(), draft(null, skill(null, "Java", 0)),
                "hr1"))
                .isInstanceOfSatisfying(InvalidVacancyException.class, exception -> assertThat(exception.problems())
                        .extracting(Problem::field).containsExactly("requirements[0].weight"));
        assertThat(vacancy.getRequirementsVersion()).isZero();
        assertThat(versions.changedBy).isEmpty();
    }

    @Test
    void anUnknownVersionIsEmpty() {
        vacancies.changeRequirements(vacancy.getId(), draft(null, skill(null, "Java", 5)), "hr1");

        assertThat(vacancies.requirements(vacancy.getId(), 2)).isEmpty();
        assertThat(vacancies.requirements(UUID.randomUUID(), 0)).isEmpty();
    }

    @Test
    void requirementsOfAnUnknownVacancyAreRefused() {
        assertThatThrownBy(() -> vacancies.requirements(UUID.randomUUID()))
                .isInstanceOf(UnknownVacancyException.class);
    }

    @Test
    void aVacancyWithoutQuestionsAcceptsNoAnswers() {
        vacancies.checkKnockoutAnswers(vacancy.getId(), Map.of());

        UUID stranger = UUID.randomUUID();
        assertThatThrownBy(() -> vacancies.checkKnockoutAnswers(vacancy.getId(), Map.of(stranger, true)))
                .isInstanceOfSatisfying(InvalidKnockoutAnswersException.class, exception ->
                        assertThat(exception.problems()).containsExactly(new InvalidKnockoutAnswersException.Problem(
                                "knockoutAnswers." + stranger, "is not a question of this vacancy")));
    }

    @Test
    void everyQuestionMustBeAnsweredAndOnlyThose() {
        VacancyRequirements requirements = vacancies.changeRequirements(vacancy.getId(), new RequirementsDraft(null,
                List.of(), List.of(new KnockoutQuestionDraft(null, "Permit?", "Vergunning?", true),
                        new KnockoutQuestionDraft(null, "Licence?", "Rijbewijs?", true))), "hr1");
        UUID permit = requirements.knockoutQuestions().get(0).id();
        UUID licence = requirements.knockoutQuestions().get(1).id();
        UUID stranger = UUID.randomUUID();

        vacancies.checkKnockoutAnswers(vacancy.getId(), Map.of(permit, true, licence, false));
        assertThatThrownBy(() -> vacancies.checkKnockoutAnswers(vacancy.getId(), Map.of(permit, false, stranger, true)))
                .isInstanceOfSatisfying(InvalidKnockoutAnswersException.class, exception ->
                        assertThat(exception.problems()).containsExactly(
                                new InvalidKnockoutAnswersException.Problem("knockoutAnswers." + licence,
                                        "must be answered"),
                                new InvalidKnockoutAnswersException.Problem("knockoutAnswers." + stranger,
                                        "is not a question of this vacancy")));
    }

    @Test
    void aVacancyNeedsATitleAndADescription() {
        assertThat(Vacancies.detailProblems(" ", null, null, null)).extracting(Problem::field)
                .containsExactly("title", "description");
        assertThat(Vacancies.detailProblems("x".repeat(201), "Fine\nwith lines", null, null))
                .extracting(Problem::field).containsExactly("title");
        assertThat(Vacancies.detailProblems("Nurse", "Fine\nwith lines", null, null)).isEmpty();
    }

    @Test
    void theSalaryBandIsCheckedPerEnd() {
        assertThat(Vacancies.detailProblems("Nurse", "Care", new BigDecimal("-1"), new BigDecimal("1.001")))
                .extracting(Problem::field).containsExactly("salaryMin", "salaryMax");
        assertThat(Vacancies.detailProblems("Nurse", "Care", new BigDecimal("5000"), new BigDecimal("4000")))
                .containsExactly(new Problem("salaryMin", "must not exceed salaryMax"));
        assertThat(Vacancies.detailProblems("Nurse", "Care", new BigDecimal("4000"), null)).isEmpty();
    }

    private static RequirementsDraft draft(Integer basedOn, RequirementDraft requirement) {
        return new RequirementsDraft(basedOn, List.of(requirement), List.of());
    }

    private static RequirementDraft skill(UUID id, String label, int weight) {
        return new RequirementDraft(id, RequirementKind.SKILL, label, List.of(), null, null, true, weight);
    }

    /** Stored versions in memory. */
    private static final class StoredVersions extends RequirementsVersions {

        private final Map<String, VacancyRequirements> stored = new HashMap<>();
        private final List<String> changedBy = new java.util.ArrayList<>();

        StoredVersions() {
            super(null);
        }

        @Override
        void add(UUID vacancyId, VacancyRequirements requirements, Instant changedAt, String by) {
            if (stored.putIfAbsent(vacancyId + "/" + requirements.version(), requirements) != null) {
                throw new IllegalStateException("versions are never replaced");
            }
            changedBy.add(by);
        }

        @Override
        Optional<VacancyRequirements> find(UUID vacancyId, int version) {
            return Optional.ofNullable(stored.get(vacancyId + "/" + version));
        }
    }
}
