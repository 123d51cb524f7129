package nl.werving.screening;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werving.applicant.Applicants;
import nl.werving.application.Application;
import nl.werving.application.Applications;
import nl.werving.cv.CvDocuments;
import nl.werving.cv.CvRejectedException;
import nl.werving.screening.matching.CvMatcher;
import nl.werving.screening.matching.MatchResult;
import nl.werving.screening.matching.RequirementMatch;
import nl.werving.screening.redaction.PersonalDetails;
import nl.werving.screening.redaction.ProtectedAttributeRedactor;
import nl.werving.vacancy.KnockoutQuestion;
import nl.werving.vacancy.Requirement;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.VacancyRequirements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Automated CV screening: removes protected attributes from the CV text, matches it against the vacancy's current
 * requirements, stores the result with its evidence and returns only the non-personal features. An application
 * without a CV text is not scored (a recruiter looks), but its knock-out answers still count and a result saying
 * so is stored. "Present" in the work history means the day the application was submitted, so screening the same
 * CV against the same requirements again gives the same result. A CV accepted with its text pending is extracted
 * here first (this runs in the process's asynchronous job); when it cannot be read, or not within the background time
 * limit, screening fails with {@link ScreeningFailedException} and the application goes to a recruiter unscored,
 * keeping the knock-out outcome. Anything else that goes wrong surfaces as an exception, which the process retries
 * and then turns into an incident.
 */
@Service
@Primary
class CvScreening implements ApplicationScreening {

    /** The time zone whose calendar date "present" in a CV refers to. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Logger log = LoggerFactory.getLogger(CvScreening.class);

    private final Applications applications;
    private final Applicants applicants;
    private final Vacancies vacancies;
    private final CvDocuments cvDocuments;
    private final ScreeningResults results;
    private final ProtectedAttributeRedactor redactor = new ProtectedAttributeRedactor();
    private final CvMatcher matcher = new CvMatcher();

    CvScreening(Applications applications, Applicants applicants, Vacancies vacancies, CvDocuments cvDocuments,
            ScreeningResults results) {
        this.applications = applications;
        this.applicants = applicants;
        this.vacancies = vacancies;
        this.cvDocuments = cvDocuments;
        this.results = results;
    }

    /** A {@link ScreeningFailedException} leaves the caller's transaction (the process job's) free to commit. */
    @Override
    @Transactional(noRollbackFor = ScreeningFailedException.class)
    public ScreeningOutcome screen(UUID applicationId) {
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("No application " + applicationId + " to screen"));
        VacancyRequirements requirements = application.getRequirementsVersion()
                .flatMap(version -> vacancies.requirements(application.getVacancyId(), version))
                .orElseGet(() -> vacancies.requirements(application.getVacancyId()));
        // A version without knock-out questions has no answers to read.
        Map<UUID, Boolean> answers = requirements.knockoutQuestions().isEmpty() ? Map.of()
                : applications.knockoutAnswers(applicationId);
        List<KnockoutCheck> checks = checks(requirements.knockoutQuestions(), answers);
        boolean knockoutFailed = CvMatcher.knockoutFailed(requirements.knockoutQuestions(), answers);

        Optional<String> text;
        try {
            text = cvDocuments.textOrExtract(applicationId);
        } catch (CvRejectedException unreadable) {
            log.info("The CV of application {} could not be extracted ({}): not scored, knock-out failed {}",
                    applicationId, unreadable.reason(), knockoutFailed);
            throw new ScreeningFailedException("The CV text could not be extracted",
                    new ScreeningOutcome(knockoutFailed, false, null), unreadable);
        }
        if (text.isEmpty()) {
            results.record(applicationId, application.getVacancyId(), requirements.version(), false, null, false,
                    knockoutFailed, List.of(), checks);
            log.info("Application {} has no CV text: not scored, knock-out failed {}", applicationId, knockoutFailed);
            return new ScreeningOutcome(knockoutFailed, false, null);
        }

        PersonalDetails person = BlindCv.personalDetails(applicants, application);
        String redacted = redactor.redact(text.get(), person);
        LocalDate referenceDate = LocalDate.ofInstant(application.getSubmittedAt(), ZONE);
        MatchResult match = matcher.match(redacted, requirements, answers, referenceDate);

        results.record(applicationId, application.getVacancyId(), requirements.version(), true, match.score(),
                match.mustHaveMissing(), match.knockoutFailed(), requirementResults(requirements, match), checks);
        log.info("Screened application {} against requirements version {}: score {}, must-have missing {}, "
                + "knock-out failed {}", applicationId, requirements.version(), match.score(), match.mustHaveMissing(),
                match.knockoutFailed());
        return new ScreeningOutcome(match.knockoutFailed(), match.mustHaveMissing(), match.score());
    }

    static List<KnockoutCheck> checks(List<KnockoutQuestion> questions, Map<UUID, Boolean> answers) {
        return questions.stream().map(question -> new KnockoutCheck(question.id(), question.questionEn(),
                question.questionNl(), question.requiredAnswer(), answers.get(question.id()))).toList();
    }

    static List<RequirementResult> requirementResults(VacancyRequirements requirements, MatchResult match) {
        List<RequirementResult> results = new ArrayList<>();
        for (int i = 0; i < requirements.requirements().size(); i++) {
            Requirement requirement = requirements.requirements().get(i);
            RequirementMatch found = match.matches().get(i);
            results.add(new RequirementResult(requirement.id(), requirement.label(), requirement.kind(),
                    requirement.mustHave(), requirement.weight(), requirement.minimumYears(), requirement.level(),
                    found.status(), found.yearsFound(), found.contribution(), found.evidence()));
        }
        return results;
    }
}
