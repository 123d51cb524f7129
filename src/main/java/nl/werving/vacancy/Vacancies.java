package nl.werving.vacancy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.werving.vacancy.InvalidVacancyException.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vacancy module's public service: creating, describing, opening and closing vacancies, and keeping their
 * versioned requirements and knock-out questions.
 */
@Service
@Transactional(readOnly = true)
public class Vacancies {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
    private static final Pattern CONTROL_CHARACTERS_BUT_LINE_BREAKS = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private final VacancyRepository repository;
    private final RequirementsVersions versions;
    private final Clock clock;

    Vacancies(VacancyRepository repository, RequirementsVersions versions, Clock clock) {
        this.repository = repository;
        this.versions = versions;
        this.clock = clock;
    }

    public List<Vacancy> findOpen() {
        return repository.findByStatusOrderByCreatedAtAscTitleAsc(VacancyStatus.OPEN);
    }

    /** Every vacancy, whatever its status, newest first. */
    public List<Vacancy> findAll() {
        return repository.findAllByOrderByCreatedAtDescTitleAsc();
    }

    public Optional<Vacancy> findById(UUID id) {
        return repository.findById(id);
    }

    /** Creates and opens a vacancy unless one with the same title exists; returns the vacancy either way. */
    @Transactional
    public Vacancy publishIfAbsent(String title, String description) {
        return repository.findFirstByTitle(title).orElseGet(() -> {
                    Vacancy vacancy = Vacancy.draft(title, description, clock.instant());
                    vacancy.open();
                    return repository.save(vacancy);
                });
    }

    /**
     * Creates a vacancy that is not yet open. Title and description are required; either end of the salary band
     * may be {@code null} (unknown).
     *
     * @throws InvalidVacancyException naming each invalid field (title, description, salaryMin, salaryMax)
     */
    @Transactional
    public Vacancy createDraft(String title, String description, BigDecimal salaryMin, BigDecimal salaryMax) {
        checkDetails(title, description, salaryMin, salaryMax);
        Vacancy vacancy = Vacancy.draft(title.strip(), description.strip(), clock.instant());
        vacancy.changeSalaryBand(salaryMin, salaryMax);
        return repository.save(vacancy);
    }

    /**
     * Changes a vacancy's title, description and salary band, whatever its status.
     *
     * @throws UnknownVacancyException when no vacancy has the id
     * @throws InvalidVacancyException naming each invalid field (title, description, salaryMin, salaryMax)
     */
    @Transactional
    public Vacancy describe(UUID id, String title, String description, BigDecimal salaryMin, BigDecimal salaryMax) {
        Vacancy vacancy = repository.findById(id).orElseThrow(() -> new UnknownVacancyException(id));
        checkDetails(title, description, salaryMin, salaryMax);
        vacancy.describe(title.strip(), description.strip());
        vacancy.changeSalaryBand(salaryMin, salaryMax);
        return vacancy;
    }

    /**
     * Sets the salary band of a vacancy; either end may be {@code null} (unknown).
     *
     * @throws UnknownVacancyException when no vacancy has the id
     * @throws IllegalArgumentException when an end is negative, not an amount, or min exceeds max
     */
    @Transactional
    public void setSalaryBand(UUID id, BigDecimal min, BigDecimal max) {
        repository.findById(id).orElseThrow(() -> new UnknownVacancyException(id)).changeSalaryBand(min, max);
    }

    /**
     * Lets the vacancy take applications, also again after it was closed.
     *
     * @throws UnknownVacancyException when no vacancy has the id
     */
    @Transactional
    public Vacancy open(UUID id) {
        Vacancy vacancy = repository.findById(id).orElseThrow(() -> new UnknownVacancyException(id));
        vacancy.open();
        return vacancy;
    }

    /**
     * Stops a vacancy from taking further applications; applications already received go on.
     *
     * @throws UnknownVacancyException when no vacancy has the id
     */
    @Transactional
    public Vacancy close(UUID id) {
        Vacancy vacancy = repository.findById(id).orElseThrow(() -> new UnknownVacancyException(id));
        vacancy.close();
        return vacancy;
    }

    /**
     * The vacancy's current requirements and knock-out questions; {@link VacancyRequirements#none() none}
     * (version 0) for a vacancy HR has not specified.
     *
     * @throws UnknownVacancyException when no vacancy has the id
     */
    public VacancyRequirements requirements(UUID vacancyId) {
        Vacancy vacancy = repository.findById(vacancyId).orElseThrow(() -> new UnknownVacancyException(vacancyId));
        return current(vacancy);
    }

    /**
     * The vacancy's requirements and knock-out questions as they were at the given version, also after later
     * changes; version 0 is {@link VacancyRequirements#none() none}. Empty when the vacancy or the version does
     * not exist.
     */
    public Optional<VacancyRequirements> requirements(UUID vacancyId, int version) {
        if (version == 0) {
            return repository.findById(vacancyId).map(vacancy -> VacancyRequirements.none());
        }
        return versions.find(vacancyId, version);
    }

    /**
     * Replaces the vacancy's requirements and knock-out questions with the draft, as a new version. Items with an
     * id keep it, new items get one. A draft equal to the current set changes nothing and returns the current
     * version.
     *
     * @param changedBy the user id of the person making the change, kept with the version
     * @throws UnknownVacancyException when no vacancy has the id
     * @throws InvalidVacancyException naming each invalid field, e.g. {@code requirements[2].weight}
     * @throws RequirementsVersionConflictException when the draft is based on a version that is no longer current
     */
    @Transactional
    public VacancyRequirements changeRequirements(UUID vacancyId, RequirementsDraft draft, String changedBy) {
        Vacancy vacancy = repository.findLockedById(vacancyId)
                .orElseThrow(() -> new UnknownVacancyException(vacancyId));
        VacancyRequirements current = current(vacancy);
        if (draft.basedOnVersion() != null && draft.basedOnVersion() != current.version()) {
            throw new RequirementsVersionConflictException(draft.basedOnVersion(), current.version());
        }
        List<Problem> problems = RequirementsRules.check(draft, current);
        if (!problems.isEmpty()) {
            throw new InvalidVacancyException(problems);
        }
        VacancyRequirements unchanged = RequirementsRules.apply(draft, current.version(), UUID::randomUUID);
        if (unchanged.equals(current)) {
            return current;
        }
        VacancyRequirements next = RequirementsRules.apply(draft, vacancy.nextRequirementsVersion(),
                UUID::randomUUID);
        versions.add(vacancyId, next, clock.instant(), changedBy);
        return next;
    }

    /**
     * Checks the answers to the vacancy's current knock-out questions: every question answered, no unknown
     * question. A vacancy without questions accepts only an empty map.
     *
     * @return the version of the requirements the answers were checked against
     * @throws UnknownVacancyException when no vacancy has the id
     * @throws InvalidKnockoutAnswersException naming each problem as {@code knockoutAnswers.<questionId>}
     */
    public int checkKnockoutAnswers(UUID vacancyId, Map<UUID, Boolean> answers) {
        VacancyRequirements current = requirements(vacancyId);
        List<InvalidKnockoutAnswersException.Problem> problems =
                knockoutAnswerProblems(current.knockoutQuestions(), answers);
        if (!problems.isEmpty()) {
            throw new InvalidKnockoutAnswersException(problems);
        }
        return current.version();
    }

    static List<InvalidKnockoutAnswersException.Problem> knockoutAnswerProblems(List<KnockoutQuestion> questions,
            Map<UUID, Boolean> answers) {
        List<InvalidKnockoutAnswersException.Problem> problems = new ArrayList<>();
        for (KnockoutQuestion question : questions) {
            if (answers.get(question.id()) == null) {
                problems.add(new InvalidKnockoutAnswersException.Problem("knockoutAnswers." + question.id(),
                        "must be answered"));
            }
        }
        Set<UUID> asked = questions.stream().map(KnockoutQuestion::id).collect(Collectors.toSet());
        answers.keySet().stream()
                .filter(questionId -> !asked.contains(questionId))
                .sorted()
                .forEach(questionId -> problems.add(new InvalidKnockoutAnswersException.Problem(
                        "knockoutAnswers." + questionId, "is not a question of this vacancy")));
        return problems;
    }

    private VacancyRequirements current(Vacancy vacancy) {
        if (vacancy.getRequirementsVersion() == 0) {
            return VacancyRequirements.none();
        }
        return versions.find(vacancy.getId(), vacancy.getRequirementsVersion()).orElseThrow(() ->
                new IllegalStateException("The current requirements version of a vacancy is missing"));
    }

    static List<Problem> detailProblems(String title, String description, BigDecimal salaryMin,
            BigDecimal salaryMax) {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "is required"));
        } else if (title.strip().length() > Vacancy.MAX_TITLE_LENGTH) {
            problems.add(new Problem("title", "must be at most " + Vacancy.MAX_TITLE_LENGTH + " characters"));
        } else if (CONTROL_CHARACTERS.matcher(title).find()) {
            problems.add(new Problem("title", "must not contain control characters"));
        }
        if (description == null || description.isBlank()) {
            problems.add(new Problem("description", "is required"));
        } else if (description.strip().length() > Vacancy.MAX_DESCRIPTION_LENGTH) {
            problems.add(new Problem("description", "must be at most " + Vacancy.MAX_DESCRIPTION_LENGTH
                    + " characters"));
        } else if (CONTROL_CHARACTERS_BUT_LINE_BREAKS.matcher(description).find()) {
            problems.add(new Problem("description", "must not contain control characters other than line breaks"));
        }
        checkAmount("salaryMin", salaryMin, problems);
        checkAmount("salaryMax", salaryMax, problems);
        if (problems.stream().noneMatch(problem -> problem.field().startsWith("salary"))
                && salaryMin != null && salaryMax != null && salaryMin.compareTo(salaryMax) > 0) {
            problems.add(new Problem("salaryMin", "must not exceed salaryMax"));
        }
        return problems;
    }

    private static void checkDetails(String title, String description, BigDecimal salaryMin, BigDecimal salaryMax) {
        List<Problem> problems = detailProblems(title, description, salaryMin, salaryMax);
        if (!problems.isEmpty()) {
            throw new InvalidVacancyException(problems);
        }
    }

    private static void checkAmount(String field, BigDecimal amount, List<Problem> problems) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            problems.add(new Problem(field, "must not be negative"));
        } else if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 10) {
            problems.add(new Problem(field, "must be an amount with at most ten digits before and two after the "
                    + "decimal point"));
        }
    }
}
