package nl.werving.portal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyStatus;
import org.springframework.stereotype.Component;

/** The vacancies the public may see: open and closed ones; drafts and unknown or malformed ids are not found. */
@Component
class PublicVacancies {

    private final Vacancies vacancies;

    PublicVacancies(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    Optional<Vacancy> find(String id) {
        return PortalIds.uuid(id).flatMap(vacancies::findById)
                .filter(vacancy -> vacancy.getStatus() != VacancyStatus.DRAFT);
    }

    List<VacancyDescription> open() {
        return vacancies.findOpen().stream().map(VacancyDescription::summary).toList();
    }

    /** A text split into its paragraphs (at blank lines). */
    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n")).map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty()).toList();
    }
}
