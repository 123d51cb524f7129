package nl.werving.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werving.screening.redaction.PersonalDetails;
import nl.werving.vacancy.KnockoutQuestion;
import nl.werving.vacancy.Requirement;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.VacancyRequirements;

/**
 * Realistic CVs in Dutch and English, with the protected attributes as parameters, and a vacancy to match them
 * against. Shared by the matching, fairness and explanation tests and the benchmark.
 */
public final class CvFixtures {

    /** The reference date that "heden"/"present" stands for in these tests. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 6, 1);

    public static final UUID WORK_PERMIT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    public static final UUID AVAILABLE = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

    private CvFixtures() {
    }

    /** The protected attributes of one CV variant. */
    public record Person(String fullName, String email, String phone, String heNl, String hisNl, String heEn,
            String hisEn, int age, String birthDate, String nationalityNl, String nationalityAdjectiveNl,
            String nationalityEn, String maritalNl, String maritalEn, String street, String postcode, String city) {

        public PersonalDetails details() {
            return new PersonalDetails(fullName, email, phone);
        }

        public String firstName() {
            return fullName.split(" ")[0];
        }

        public Person with(Map<String, Object> changes) {
            return new Person(
                    (String) changes.getOrDefault("fullName", fullName), (String) changes.getOrDefault("email", email),
                    (String) changes.getOrDefault("phone", phone), (String) changes.getOrDefault("heNl", heNl),
                    (String) changes.getOrDefault("hisNl", hisNl), (String) changes.getOrDefault("heEn", heEn),
                    (String) changes.getOrDefault("hisEn", hisEn), (Integer) changes.getOrDefault("age", age),
                    (String) changes.getOrDefault("birthDate", birthDate),
                    (String) changes.getOrDefault("nationalityNl", nationalityNl),
                    (String) changes.getOrDefault("nationalityAdjectiveNl", nationalityAdjectiveNl),
                    (String) changes.getOrDefault("nationalityEn", nationalityEn),
                    (String) changes.getOrDefault("maritalNl", maritalNl),
                    (String) changes.getOrDefault("maritalEn", maritalEn),
                    (String) changes.getOrDefault("street", street), (String) changes.getOrDefault("postcode", postcode),
                    (String) changes.getOrDefault("city", city));
        }
    }

    public static final Person JAN = new Person("Jan de Vries", "jan.devries@example.org", "06-12345678", "Hij",
            "zijn", "He", "his", 45, "12-03-1980", "Nederlandse", "Nederlandse", "Dutch", "gehuwd", "married",
            "Kerkstraat 12", "3511 AB", "Utrecht");

    /** A Dutch CV of a backend developer. */
    public static String dutchCv(Person p) {
        return """
                %1$s
                %2$s | %3$s %4$s
                Telefoon: %5$s
                E-mail: %6$s

                Personalia
                Geboortedatum: %7$s
                Nationaliteit: %8$s
                Burgerlijke staat: %9$s

                Profiel
                Ervaren backend-ontwikkelaar van %10$d jaar, %11$s achtergrond. %12$s werkt graag in kleine teams \
                en deelt %13$s kennis met collega's. Geboren %7$s. %12$s is %9$s en woont in %4$s.

                Werkervaring

                Senior Java-ontwikkelaar, Bol.com, Utrecht
                jan 2019 – heden
                - Ontwikkeling van microservices in Java 17 en Spring Boot
                - Begeleiding van twee junior ontwikkelaars; code reviews en pair programming

                Java-ontwikkelaar, ING, Amsterdam
                2015 - 2019
                - Backend-ontwikkeling in Java en PostgreSQL voor betaalverkeer
                - Scrum-team, CI/CD met Jenkins en Git

                Stagiair softwareontwikkeling, Centric, Gouda
                02/2014 - 08/2014
                - Testautomatisering in Python

                Opleiding
                2010 - 2014  HBO Informatica, Hogeschool Rotterdam (bachelor)

                Certificaten
                Professional Scrum Master I (PSM I), 2018
                Oracle Certified Professional: Java SE 11 Developer, 2020

                Talen
                Nederlands (moedertaal), Engels (C1), Duits (B1)

                Vaardigheden
                Java, Spring Boot, Hibernate, SQL, PostgreSQL, REST, Docker, Git, Maven, Jenkins, Scrum

                Hobby's
                Hardlopen, koken
                """.formatted(p.fullName(), p.street(), p.postcode(), p.city(), p.phone(), p.email(), p.birthDate(),
                p.nationalityNl(), p.maritalNl(), p.age(), p.nationalityAdjectiveNl(), p.heNl(), p.hisNl());
    }

    /** An English CV of a backend developer. */
    public static String englishCv(Person p) {
        return """
                %1$s
                %2$s, %3$s %4$s, the Netherlands
                Phone: %5$s | Email: %6$s
                Date of birth: %7$s | Nationality: %8$s | Marital status: %9$s

                Profile
                %1$s is a %10$d-year-old %8$s backend developer. %11$s enjoys small teams and shares %12$s \
                knowledge. Born %7$s, %13$s, aged %10$d.

                Work experience

                Senior Java Developer, Bol.com, Utrecht
                Jan 2019 - present
                - Built microservices in Java 17 and Spring Boot
                - Mentored two junior developers; code reviews and pair programming

                Java Developer, ING, Amsterdam
                2015 - 2019
                - Backend development in Java and PostgreSQL for payments
                - Scrum team, CI/CD with Jenkins and Git

                Software development intern, Centric, Gouda
                02/2014 - 08/2014
                - Test automation in Python

                Education
                2010 - 2014  Bachelor of Computer Science, Rotterdam University of Applied Sciences

                Certifications
                Professional Scrum Master I (PSM I), 2018
                Oracle Certified Professional: Java SE 11 Developer, 2020

                Languages
                Dutch (native), English (C1), German (B1)

                Skills
                Java, Spring Boot, Hibernate, SQL, PostgreSQL, REST, Docker, Git, Maven, Jenkins, Scrum

                Interests
                Running, cooking
                """.formatted(p.fullName(), p.street(), p.postcode(), p.city(), p.phone(), p.email(), p.birthDate(),
                p.nationalityEn(), p.maritalEn(), p.age(), p.heEn(), p.hisEn(), p.maritalEn());
    }

    /** A backend developer vacancy with fifteen requirements and two knock-out questions. */
    public static VacancyRequirements developerVacancy() {
        return new VacancyRequirements(3, List.of(
                requirement(1, RequirementKind.SKILL, "Java", List.of(), 5, null, true, 10),
                requirement(2, RequirementKind.SKILL, "Spring Boot", List.of("Spring"), null, null, true, 6),
                requirement(3, RequirementKind.SKILL, "SQL", List.of("PostgreSQL", "MySQL", "Oracle Database"), 5,
                        null, false, 4),
                requirement(4, RequirementKind.SKILL, "Kubernetes", List.of("k8s", "OpenShift"), null, null, false, 3),
                requirement(5, RequirementKind.SKILL, "Docker", List.of("containers"), null, null, false, 2),
                requirement(6, RequirementKind.SKILL, "Scrum", List.of("agile"), null, null, false, 2),
                requirement(7, RequirementKind.SKILL, "Git", List.of(), null, null, false, 2),
                requirement(8, RequirementKind.SKILL, "Go", List.of("Golang"), null, null, false, 2),
                requirement(9, RequirementKind.SKILL, "Softwareontwikkeling", List.of(), null, null, false, 2),
                requirement(10, RequirementKind.EXPERIENCE, "Werkervaring", List.of(), 8, null, true, 6),
                requirement(11, RequirementKind.LANGUAGE, "Nederlands", List.of(), null, "C1", true, 6),
                requirement(12, RequirementKind.LANGUAGE, "English", List.of(), null, "B2", false, 3),
                requirement(13, RequirementKind.LANGUAGE, "Frans", List.of(), null, "B1", false, 1),
                requirement(14, RequirementKind.EDUCATION, "Hbo-opleiding", List.of(), null, "hbo", false, 3),
                requirement(15, RequirementKind.CERTIFICATE, "Professional Scrum Master", List.of("PSM I", "PSM"),
                        null, null, false, 2)),
                List.of(new KnockoutQuestion(WORK_PERMIT, "Are you allowed to work in the Netherlands?",
                        "Mag je in Nederland werken?", true),
                        new KnockoutQuestion(AVAILABLE, "Can you start within three months?",
                                "Kun je binnen drie maanden beginnen?", true)));
    }

    public static Requirement requirement(int n, RequirementKind kind, String label, List<String> synonyms,
            Integer minimumYears, String level, boolean mustHave, int weight) {
        return new Requirement(id(n), kind, label, synonyms, minimumYears, level, mustHave, weight);
    }

    public static UUID id(int n) {
        return UUID.fromString("00000000-0000-0000-0000-%012d".formatted(n));
    }

    public static Map<UUID, Boolean> allYes() {
        return Map.of(WORK_PERMIT, true, AVAILABLE, true);
    }
}
