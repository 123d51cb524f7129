package nl.werving.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.werving.applicant.Language;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** What can keep a portal page from being shown, each a page with its own status and plain words. */
enum PortalProblem {
    UNKNOWN_VACANCY(HttpStatus.NOT_FOUND),
    CLOSED_VACANCY(HttpStatus.CONFLICT),
    UNKNOWN_NOTICE(HttpStatus.NOT_FOUND),
    INTAKE_PAUSED(HttpStatus.SERVICE_UNAVAILABLE),
    SURVEY_LINK_INVALID(HttpStatus.NOT_FOUND),
    SURVEY_LINK_USED(HttpStatus.GONE),
    SURVEY_LINK_EXPIRED(HttpStatus.GONE),
    SURVEY_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    FAILED(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    PortalProblem(HttpStatus status) {
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Shows the problem page with the problem's status. */
    static String show(PortalProblem problem, PortalPages pages, Language language, String path,
            HttpServletResponse response, Model model) {
        response.setStatus(problem.status.value());
        pages.prepare(model, language, path, "problem." + problem.key() + ".title");
        model.addAttribute("problem", problem.key());
        return "portal/problem";
    }
}
