package nl.werving.portal.hr;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werving.vacancy.UnknownVacancyException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** The HR pages' failures as pages in the user's language: an unknown vacancy 404, a tampered request 400. */
@ControllerAdvice(assignableTypes = {HrVacancyPages.class, HrRequirementsPage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class HrPageProblems {

    private final HrLanguage language;

    HrPageProblems(HrLanguage language) {
        this.language = language;
    }

    @ExceptionHandler(UnknownVacancyException.class)
    ModelAndView unknownVacancy(HttpServletRequest request, HttpServletResponse response) {
        return problem(HttpStatus.NOT_FOUND, "problem.unknown-vacancy", request, response);
    }

    @ExceptionHandler({BadFormException.class, InvalidPropertyException.class, BindException.class,
            MethodArgumentTypeMismatchException.class})
    ModelAndView badRequest(HttpServletRequest request, HttpServletResponse response) {
        return problem(HttpStatus.BAD_REQUEST, "problem.bad-request", request, response);
    }

    private ModelAndView problem(HttpStatus status, String key, HttpServletRequest request, HttpServletResponse response) {
        Model model = new ExtendedModelMap();
        HrTexts t = language.texts(null, request, model);
        model.addAttribute("message", t.get(key));
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("hr/problem", model.asMap());
        page.setStatus(status);
        return page;
    }
}
