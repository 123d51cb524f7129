package nl.werving.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werving.applicant.Language;
import nl.werving.application.UnknownApplicationException;
import nl.werving.candidate.CandidateLinksUnavailableException;
import nl.werving.candidate.DiversitySurveyLinks;
import nl.werving.candidate.InvalidLinkException;
import nl.werving.fairness.Dimension;
import nl.werving.fairness.DiversitySurvey;
import nl.werving.fairness.InvalidSurveyAnswerException;
import nl.werving.web.PageTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The optional diversity survey, {@code GET}/{@code POST /survey/{token}}, reached only through the single-use
 * survey link the confirmation page shows right after applying. Answers are stored only with the survey's own
 * consent, ticked on the same page; every question offers "prefer not to say". Answers and tokens never reach the
 * log.
 */
@Controller
class SurveyController {

    static final String QUESTION_PREFIX = "q-";
    private static final Logger log = LoggerFactory.getLogger(SurveyController.class);

    private final DiversitySurveyLinks surveyLinks;
    private final DiversitySurvey survey;
    private final PortalPages pages;

    SurveyController(DiversitySurveyLinks surveyLinks, DiversitySurvey survey, PortalPages pages) {
        this.surveyLinks = surveyLinks;
        this.survey = survey;
        this.pages = pages;
    }

    /** A question as the page shows it: its name, label and choices (value, label), "prefer not to say" last. */
    record Question(String name, String label, List<Choice> choices) {
    }

    /** One choice of a question. */
    record Choice(String value, String label) {
    }

    @GetMapping("/survey/{token}")
    String show(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Language language = PortalPages.language(lang, request);
        try {
            surveyLinks.open(token);
        } catch (RuntimeException refused) {
            return refused(refused, language, token, response, model);
        }
        return page(token, language, Map.of(), false, Map.of(), model);
    }

    @PostMapping("/survey/{token}")
    String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> fields,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Language language = PortalPages.language(fields.getFirst("lang"), request);
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith(QUESTION_PREFIX) && !values.isEmpty() && !values.get(0).isBlank()) {
                answers.put(name.substring(QUESTION_PREFIX.length()), values.get(0));
            }
        });
        boolean consent = "yes".equals(fields.getFirst("consent"));
        if (!consent) {
            try {
                surveyLinks.open(token);
            } catch (RuntimeException refused) {
                return refused(refused, language, token, response, model);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(token, language, answers, false, Map.of("consent", "error.survey.consent"), model);
        }
        try {
            surveyLinks.answer(token, answers);
        } catch (InvalidSurveyAnswerException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(token, language, answers, true, Map.of("form", "error.survey.invalid"), model);
        } catch (RuntimeException refused) {
            return refused(refused, language, token, response, model);
        }
        pages.prepare(model, language, "/survey/" + token, "survey.done.title");
        return "portal/survey-done";
    }

    private String page(String token, Language language, Map<String, String> answers, boolean consent,
            Map<String, String> errors, Model model) {
        PageTexts t = pages.prepare(model, language, "/survey/" + token,
                errors.isEmpty() ? "survey.title" : "survey.title.errors");
        model.addAttribute("token", token);
        model.addAttribute("questions", survey.questions().stream().map(dimension -> question(dimension, t)).toList());
        model.addAttribute("answers", answers);
        model.addAttribute("consent", consent);
        model.addAttribute("errors", errors);
        return "portal/survey";
    }

    private static Question question(Dimension dimension, PageTexts t) {
        String name = dimension.name();
        List<Choice> choices = new java.util.ArrayList<>(dimension.values().stream()
                .map(value -> new Choice(value, t.getOr("survey." + name + "." + value, value))).toList());
        choices.add(new Choice(Dimension.PREFER_NOT_TO_SAY, t.get("survey.prefer-not-to-say")));
        return new Question(name, t.getOr("survey." + name, name), choices);
    }

    private String refused(RuntimeException refused, Language language, String token, HttpServletResponse response,
            Model model) {
        PortalProblem problem;
        if (refused instanceof InvalidLinkException invalid) {
            problem = switch (invalid.reason()) {
                case USED -> PortalProblem.SURVEY_LINK_USED;
                case EXPIRED -> PortalProblem.SURVEY_LINK_EXPIRED;
                default -> PortalProblem.SURVEY_LINK_INVALID;
            };
        } else if (refused instanceof UnknownApplicationException) {
            // The application was erased meanwhile: the link leads nowhere any more.
            problem = PortalProblem.SURVEY_LINK_INVALID;
        } else if (refused instanceof CandidateLinksUnavailableException) {
            problem = PortalProblem.SURVEY_UNAVAILABLE;
        } else {
            log.error("The diversity survey failed ({})", refused.getClass().getName());
            problem = PortalProblem.FAILED;
        }
        return PortalProblem.show(problem, pages, language, "/survey/" + token, response, model);
    }
}
