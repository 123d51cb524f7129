package nl.werving.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import nl.werving.applicant.ApplicantDetails;
import nl.werving.applicant.Language;
import nl.werving.application.Application;
import nl.werving.application.ApplicationIntakePausedException;
import nl.werving.application.IdempotencyKeyReusedException;
import nl.werving.application.IdempotentSubmissions;
import nl.werving.application.NewApplication;
import nl.werving.application.TooManyApplicationsException;
import nl.werving.application.VacancyNotAcceptingApplicationsException;
import nl.werving.candidate.DiversitySurveyLinks;
import nl.werving.consent.UnknownPrivacyNoticeVersionException;
import nl.werving.vacancy.InvalidKnockoutAnswersException;
import nl.werving.vacancy.Vacancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The apply form ({@code GET}/{@code POST /vacancies/{id}/apply}) and the confirmation after it
 * ({@code GET /vacancies/{id}/applied}). A valid form goes through {@link ApplicationSubmission}, the same service
 * as the API; invalid input shows the form again with every problem next to its field (422; the CV has to be
 * chosen again). The confirmation is reached by a redirect and learns what to show from a one-time flash
 * attribute: the application's reference is never shown, and the survey link only to the browser that applied.
 */
@Controller
class ApplyController {

    private static final Logger log = LoggerFactory.getLogger(ApplyController.class);

    private final PublicVacancies vacancies;
    private final ApplyPage applyPage;
    private final ApplyFormCheck formCheck;
    private final IdempotentSubmissions submissions;
    private final DiversitySurveyLinks surveyLinks;
    private final PortalPages pages;

    ApplyController(PublicVacancies vacancies, ApplyPage applyPage, ApplyFormCheck formCheck,
            IdempotentSubmissions submissions, DiversitySurveyLinks surveyLinks, PortalPages pages) {
        this.vacancies = vacancies;
        this.applyPage = applyPage;
        this.formCheck = formCheck;
        this.submissions = submissions;
        this.surveyLinks = surveyLinks;
        this.pages = pages;
    }

    /** What the confirmation page shows, handed over once through the session. */
    record Applied(String vacancyTitle, String surveyToken) {

        @Override
        public String toString() {
            return "Applied[redacted]";
        }
    }

    @GetMapping("/vacancies/{id}/apply")
    String form(@PathVariable String id, @RequestParam(name = "lang", required = false) String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Language language = PortalPages.language(lang, request);
        Optional<Vacancy> vacancy = vacancies.find(id);
        if (vacancy.isEmpty() || !vacancy.get().isOpen()) {
            return notAccepting(vacancy, id, language, response, model);
        }
        return applyPage.show(vacancy.get(), ApplyForm.empty(language.code()), Map.of(), language, model);
    }

    @PostMapping("/vacancies/{id}/apply")
    String apply(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "cv", required = false) MultipartFile cv, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Language language = PortalPages.language(fields.getFirst("lang"), request);
        Optional<Vacancy> vacancy = vacancies.find(id);
        if (vacancy.isEmpty() || !vacancy.get().isOpen()) {
            return notAccepting(vacancy, id, language, response, model);
        }
        ApplyForm form = ApplyForm.from(fields);
        ApplyFormCheck.Result checked = formCheck.check(vacancy.get().getId(), applyPage.questions(vacancy.get()),
                form, cv);
        if (!checked.valid()) {
            return invalid(vacancy.get(), form, checked.errors(), language, response, model);
        }
        Application application;
        try {
            application = submissions.submit("portal-" + form.submissionKey(), new NewApplication(
                    vacancy.get().getId(), new ApplicantDetails(form.fullName(), form.email(), form.phone(),
                            Language.fromCode(form.language())),
                    checked.answers(), checked.cv(), form.privacyNoticeVersion())).application();
        } catch (TooManyApplicationsException tooMany) {
            return invalid(vacancy.get(), form, Map.of("email", "error.email.too-many"), language, response, model);
        } catch (IdempotencyKeyReusedException sentBefore) {
            return invalid(vacancy.get(), form, Map.of("form", "error.already-sent"), language, response, model);
        } catch (VacancyNotAcceptingApplicationsException closedMeanwhile) {
            return notAccepting(vacancies.find(id), id, language, response, model);
        } catch (InvalidKnockoutAnswersException questionsChangedMeanwhile) {
            return invalid(vacancy.get(), form, Map.of("knockout", "error.knockout.changed"), language, response,
                    model);
        } catch (UnknownPrivacyNoticeVersionException unknownNotice) {
            return invalid(vacancy.get(), form, Map.of("form", "error.notice.unknown"), language, response, model);
        } catch (ApplicationIntakePausedException paused) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            applyPage.show(vacancy.get(), form, Map.of("form", "error.intake-paused"), language, model);
            return ApplyPage.VIEW;
        }
        redirect.addFlashAttribute("applied", new Applied(vacancy.get().getTitle(),
                surveyLinks.create(application.getReference()).orElse(null)));
        redirect.addAttribute("lang", language.code());
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
        return "redirect:/vacancies/" + vacancy.get().getId() + "/applied";
    }

    @GetMapping("/vacancies/{id}/applied")
    String applied(@PathVariable String id, @RequestParam(name = "lang", required = false) String lang,
            HttpServletRequest request, Model model) {
        pages.prepare(model, PortalPages.language(lang, request), "/vacancies/" + id + "/applied", "applied.title");
        return "portal/applied";
    }

    /** Anything unexpected: a page that says nothing was lost on our side, never a stack trace or JSON. */
    @ExceptionHandler
    String failed(Exception exception, HttpServletRequest request, HttpServletResponse response, Model model) {
        // Class names only: an exception's message may hold what the candidate entered.
        log.error("Applying through the portal failed ({}, caused by {})", exception.getClass().getName(),
                rootCause(exception).getClass().getName());
        return PortalProblem.show(PortalProblem.FAILED, pages,
                PortalPages.language(request.getParameter("lang"), request), "/vacancies", response, model);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private String invalid(Vacancy vacancy, ApplyForm form, Map<String, String> errors, Language language,
            HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return applyPage.show(vacancy, form, errors, language, model);
    }

    private String notAccepting(Optional<Vacancy> vacancy, String id, Language language,
            HttpServletResponse response, Model model) {
        PortalProblem problem = vacancy.isPresent() ? PortalProblem.CLOSED_VACANCY : PortalProblem.UNKNOWN_VACANCY;
        return PortalProblem.show(problem, pages, language, "/vacancies/" + id, response, model);
    }
}
