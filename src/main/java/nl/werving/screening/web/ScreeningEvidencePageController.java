package nl.werving.screening.web;

import java.util.Locale;
import java.util.UUID;
import nl.werving.applicant.Language;
import nl.werving.screening.ScreeningExplanations;
import nl.werving.screening.ScreeningResults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The screening evidence of an application for the reviewer who has its task, linked from the screening review
 * form: the recommendation with its rule, the score and flags, the knock-out answers, and per requirement what was
 * found with the (redacted) CV passages that show it, and the explanation a candidate gets on request. The passages
 * are shown here, behind the login, because they may never become process variables. In the staff language.
 */
@Controller
class ScreeningEvidencePageController {

    private final ReviewerAccess access;
    private final ScreeningResults results;
    private final ScreeningExplanations explanations;
    private final Language staffLanguage;
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    ScreeningEvidencePageController(ReviewerAccess access, ScreeningResults results,
            ScreeningExplanations explanations, @Value("${werving.staff-language:en}") String staffLanguage) {
        this.access = access;
        this.results = results;
        this.explanations = explanations;
        this.staffLanguage = Language.fromCode(staffLanguage);
        messages.setBasename("review/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(true);
    }

    @GetMapping("/review/applications/{reference}/screening")
    String evidence(@PathVariable String reference, Authentication reviewer, Model model) {
        UUID applicationId = access.applicationFor(reference, reviewer);
        ReviewTexts texts = new ReviewTexts(messages, Locale.forLanguageTag(staffLanguage.code()));
        model.addAttribute("t", texts);
        model.addAttribute("reference", reference);
        model.addAttribute("dutch", staffLanguage == Language.NL);
        model.addAttribute("threshold", ScreeningExplanations.THRESHOLD);
        results.latest(applicationId).ifPresent(result -> {
            model.addAttribute("result", result);
            model.addAttribute("explanation", explanations.explain(result, staffLanguage));
        });
        return "review/screening";
    }
}
