package nl.werving.portal.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import nl.werving.vacancy.Requirement;
import nl.werving.vacancy.SalaryBand;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyRequirements;
import nl.werving.web.PageTexts;

/**
 * A vacancy as a candidate reads it: title, description in paragraphs, the salary band, and the requirements in
 * plain words, must-haves apart from nice-to-haves (without the weights, which are for the screening only).
 */
record VacancyDescription(String id, String title, List<String> paragraphs, String salaryBand,
        List<String> mustHaves, List<String> niceToHaves, int knockoutQuestions) {

    static VacancyDescription of(Vacancy vacancy, VacancyRequirements requirements, PageTexts t) {
        List<String> mustHaves = new ArrayList<>();
        List<String> niceToHaves = new ArrayList<>();
        for (Requirement requirement : requirements.requirements()) {
            (requirement.mustHave() ? mustHaves : niceToHaves).add(inPlainWords(requirement, t));
        }
        return new VacancyDescription(vacancy.getId().toString(), vacancy.getTitle(),
                PublicVacancies.paragraphs(vacancy.getDescription()), vacancy.salaryBand().map(band -> salary(band, t)).orElse(null),
                mustHaves, niceToHaves, requirements.knockoutQuestions().size());
    }

    /** Only what the list of vacancies shows. */
    static VacancyDescription summary(Vacancy vacancy) {
        return new VacancyDescription(vacancy.getId().toString(), vacancy.getTitle(),
                PublicVacancies.paragraphs(vacancy.getDescription()), null, List.of(), List.of(), 0);
    }

    /** The first paragraph, for the list. */
    public String teaser() {
        return paragraphs.isEmpty() ? "" : paragraphs.get(0);
    }

    static String inPlainWords(Requirement requirement, PageTexts t) {
        String label = requirement.label();
        return switch (requirement.kind()) {
            case SKILL, EXPERIENCE -> requirement.minimumYears() == null || requirement.minimumYears() == 0
                    ? label : t.get("requirement.years", label, requirement.minimumYears());
            case LANGUAGE -> requirement.level() == null ? label
                    : t.get("requirement.language", label, t.getOr("requirement.level." + requirement.level(),
                            requirement.level()));
            case EDUCATION -> requirement.level() == null ? label
                    : t.get("requirement.education", label, requirement.level());
            case CERTIFICATE -> t.get("requirement.certificate", label);
        };
    }

    private static String salary(SalaryBand band, PageTexts t) {
        NumberFormat format = NumberFormat.getCurrencyInstance(
                Locale.forLanguageTag(t.locale().getLanguage().equals("nl") ? "nl-NL" : "en-IE"));
        format.setCurrency(Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(wholeEuros(band) ? 0 : 2);
        return t.get("vacancy.salary.range", format.format(band.min()), format.format(band.max()));
    }

    private static boolean wholeEuros(SalaryBand band) {
        return isWhole(band.min()) && isWhole(band.max());
    }

    private static boolean isWhole(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0;
    }
}
