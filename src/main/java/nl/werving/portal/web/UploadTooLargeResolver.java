package nl.werving.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werving.vacancy.Vacancy;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An apply form whose upload exceeds the multipart limits is refused before any controller sees it, and with it
 * every field of the form. For the apply path only, this shows the form again with the CV's "too large" error
 * (413) instead of the API's problem document; every other request is left to the usual handling.
 */
@Component
class UploadTooLargeResolver implements HandlerExceptionResolver, Ordered {

    private static final Pattern APPLY_PATH = Pattern.compile("/vacancies/([^/]+)/apply");

    private final PublicVacancies vacancies;
    private final ApplyPage applyPage;

    UploadTooLargeResolver(PublicVacancies vacancies, ApplyPage applyPage) {
        this.vacancies = vacancies;
        this.applyPage = applyPage;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!(exception instanceof MaxUploadSizeExceededException)) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher apply = APPLY_PATH.matcher(path);
        if (!apply.matches()) {
            return null;
        }
        Optional<Vacancy> vacancy = vacancies.find(apply.group(1)).filter(Vacancy::isOpen);
        if (vacancy.isEmpty()) {
            return null;
        }
        var language = PortalPages.language(request.getParameter("lang"), request);
        ExtendedModelMap model = new ExtendedModelMap();
        String view = applyPage.show(vacancy.get(), ApplyForm.empty(language.code()),
                Map.of("cv", "error.cv.upload-too-large"), language, model);
        ModelAndView page = new ModelAndView(view, model);
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return page;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
