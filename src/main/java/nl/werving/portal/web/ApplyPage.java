package nl.werving.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werving.applicant.Language;
import nl.werving.consent.PrivacyNotice;
import nl.werving.consent.PrivacyNotices;
import nl.werving.vacancy.KnockoutQuestion;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.PageTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;

/**
 * Fills the apply form's model: the vacancy, its knock-out questions in the page's language, the current privacy
 * notice (whose version the form sends back), what was entered so far and the problems with it.
 */
@Component
class ApplyPage {

    static final String VIEW = "portal/apply";

    private final Vacancies vacancies;
    private final PrivacyNotices notices;
    private final PortalPages pages;
    private final long maxCvMegabytes;

    ApplyPage(Vacancies vacancies, PrivacyNotices notices, PortalPages pages,
            @Value("${werving.cv.max-size:10MB}") DataSize maxCvSize) {
        this.vacancies = vacancies;
        this.notices = notices;
        this.pages = pages;
        this.maxCvMegabytes = Math.max(1, maxCvSize.toMegabytes());
    }

    /** A question as the form shows it. */
    record Question(String id, String text) {
    }

    /** One line of the error summary at the top of the form: where the field is and what is wrong. */
    record ErrorLine(String anchor, String message) {
    }

    List<KnockoutQuestion> questions(Vacancy vacancy) {
        return vacancies.requirements(vacancy.getId()).knockoutQuestions();
    }

    String show(Vacancy vacancy, ApplyForm form, Map<String, String> errors, Language language, Model model) {
        String path = "/vacancies/" + vacancy.getId() + "/apply";
        PageTexts t = pages.prepare(model, language, path, null);
        String title = t.get("apply.title", vacancy.getTitle());
        model.addAttribute("title", errors.isEmpty() ? title : t.get("apply.title.errors", errors.size(), title));
        model.addAttribute("vacancyId", vacancy.getId().toString());
        model.addAttribute("vacancyTitle", vacancy.getTitle());
        List<Question> questions = questions(vacancy).stream()
                .map(question -> new Question(question.id().toString(),
                        language == Language.NL ? question.questionNl() : question.questionEn()))
                .toList();
        model.addAttribute("questions", questions);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<ErrorLine> summary = new ArrayList<>();
        errors.forEach((field, key) -> {
            String message = t.get(key, questions.stream().filter(question -> field.equals(
                    ApplyForm.KNOCKOUT_PREFIX + question.id())).map(Question::text).findFirst().orElse(""));
            fieldErrors.put(field, message);
            summary.add(new ErrorLine(anchor(field), message));
        });
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("errorSummary", summary);
        PrivacyNotice notice = notices.current(language.code());
        model.addAttribute("notice", notice);
        model.addAttribute("noticeParagraphs", PublicVacancies.paragraphs(notice.text()));
        model.addAttribute("form", form);
        model.addAttribute("maxCvMegabytes", maxCvMegabytes);
        return VIEW;
    }

    /** The id of the first input of a field, which the summary links to; none for the form as a whole. */
    private static String anchor(String field) {
        if (field.equals("form")) {
            return null;
        }
        if (field.equals("language")) {
            return "language-nl";
        }
        if (field.startsWith(ApplyForm.KNOCKOUT_PREFIX)) {
            return field + "-yes";
        }
        return field.equals("knockout") ? "knockout-questions" : field;
    }
}
