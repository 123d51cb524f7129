package nl.werving.vacancy;

import static nl.werving.vacancy.RequirementKind.CERTIFICATE;
import static nl.werving.vacancy.RequirementKind.EDUCATION;
import static nl.werving.vacancy.RequirementKind.EXPERIENCE;
import static nl.werving.vacancy.RequirementKind.LANGUAGE;
import static nl.werving.vacancy.RequirementKind.SKILL;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: two open vacancies with requirements and knock-out questions, so the portal and the API have
 * something to apply for and screening has something to match. Requirements are set only while a demo vacancy has
 * none, so HR's own changes survive a restart.
 */
@Component
@ConditionalOnProperty(name = "werving.demo.enabled", havingValue = "true")
class DemoVacancies implements ApplicationRunner {

    static final String NURSE = "Verpleegkundige Interne Geneeskunde (32-36 uur)";
    static final String JAVA_DEVELOPER = "Backend developer (Java)";
    static final String CHANGED_BY = "demo";

    private final Vacancies vacancies;

    DemoVacancies(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    @Override
    public void run(ApplicationArguments args) {
        Vacancy nurse = vacancies.publishIfAbsent(NURSE, """
                Als verpleegkundige op de afdeling Interne Geneeskunde zorg je voor patiënten met complexe \
                aandoeningen. Je hebt een BIG-registratie als verpleegkundige, minimaal twee jaar ervaring in \
                een ziekenhuis en je spreekt vloeiend Nederlands.""");
        specifyIfUnspecified(nurse, nurseRequirements());
        Vacancy developer = vacancies.publishIfAbsent(JAVA_DEVELOPER, """
                You build and run the services behind our planning platform in Java and Spring Boot, with \
                PostgreSQL and Kafka. Three years of experience with Java; Dutch is a plus, English is a must.""");
        specifyIfUnspecified(developer, developerRequirements());
    }

    private void specifyIfUnspecified(Vacancy vacancy, RequirementsDraft draft) {
        if (vacancies.requirements(vacancy.getId()).version() == 0) {
            vacancies.changeRequirements(vacancy.getId(), draft, CHANGED_BY);
        }
    }

    static RequirementsDraft nurseRequirements() {
        return new RequirementsDraft(0, List.of(
                requirement(CERTIFICATE, "BIG-registratie verpleegkundige", List.of("BIG-registratie",
                        "BIG-geregistreerd", "BIG registration", "BIG-registered nurse", "registered nurse"),
                        null, null, true, 10),
                requirement(EXPERIENCE, "Werkervaring in een ziekenhuis", List.of("ziekenhuis", "hospital",
                        "hospital experience", "UMC", "academisch ziekenhuis"), 2, null, true, 8),
                requirement(LANGUAGE, "Nederlands", List.of("Dutch", "Nederlandse taal"), null, "C1", true, 7),
                requirement(EDUCATION, "hbo-verpleegkunde", List.of("hbo-v", "HBO Verpleegkunde",
                        "bachelor of nursing", "bachelor verpleegkunde"), null, "hbo", false, 6),
                requirement(SKILL, "Intensive care", List.of("IC", "intensive care unit", "ICU", "IC-ervaring"),
                        null, null, false, 3)),
                List.of(new KnockoutQuestionDraft(null, "Do you hold a valid BIG registration?",
                        "Heb je een geldige BIG-registratie?", true)));
    }

    static RequirementsDraft developerRequirements() {
        return new RequirementsDraft(0, List.of(
                requirement(SKILL, "Java", List.of("Java 17", "Java SE", "Java 21"), null, null, true, 10),
                requirement(SKILL, "Spring Boot", List.of("Spring", "Spring Framework"), null, null, true, 8),
                requirement(SKILL, "PostgreSQL", List.of("Postgres", "SQL"), null, null, true, 6),
                requirement(SKILL, "Kafka", List.of("Apache Kafka"), null, null, false, 3),
                requirement(EXPERIENCE, "Software development", List.of("softwareontwikkeling", "software engineer",
                        "backend developer", "ontwikkelaar"), 3, null, true, 8),
                requirement(LANGUAGE, "English", List.of("Engels"), null, "B2", true, 6),
                requirement(LANGUAGE, "Nederlands", List.of("Dutch"), null, "B1", false, 2)),
                List.of(new KnockoutQuestionDraft(null, "Do you have a work permit for the Netherlands?",
                        "Heb je een werkvergunning voor Nederland?", true)));
    }

    private static RequirementDraft requirement(RequirementKind kind, String label, List<String> synonyms,
            Integer minimumYears, String level, boolean mustHave, int weight) {
        return new RequirementDraft(null, kind, label, synonyms, minimumYears, level, mustHave, weight);
    }
}
