package nl.werving.vacancy;

import java.util.List;

/** A vacancy's requirements and knock-out questions at one version; every change by HR makes a new version. */
public record VacancyRequirements(int version, List<Requirement> requirements, List<KnockoutQuestion> knockoutQuestions) {

    public VacancyRequirements {
        requirements = List.copyOf(requirements);
        knockoutQuestions = List.copyOf(knockoutQuestions);
    }

    public static VacancyRequirements none() {
        return new VacancyRequirements(0, List.of(), List.of());
    }
}
