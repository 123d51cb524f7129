package nl.werving.portal.hr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werving.application.ApplicationSubmission;
import nl.werving.automation.AutomationSwitches;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Requirement;
import nl.werving.vacancy.RequirementDraft;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyRequirements;
import nl.werving.vacancy.VacancyStatus;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PostgresIntegrationTest
class HrPagesIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CREATED = Pattern.compile("/hr/vacancies/([0-9a-f-]{36})\\?done=created");

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    Vacancies vacancies;
    @Autowired
    AutomationSwitches automation;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private HttpTestClient anonymous;
    private HttpTestClient hr;

    @BeforeEach
    void setUp() {
        anonymous = new HttpTestClient(port);
        hr = new HttpTestClient(port).as(TestUsers.member(identityService, "hrpageshr", WervingGroups.HR),
                TestUsers.PASSWORD);
    }

    @Test
    void recruitersAuditorsAndTheDpoAreRefused() {
        for (String[] user : List.of(new String[] {"hrpagesrecruiter", WervingGroups.RECRUITERS},
                new String[] {"hrpagesauditor", WervingGroups.AUDITORS}, new String[] {"hrpagesdpo", WervingGroups.DPO})) {
            HttpTestClient staff = new HttpTestClient(port).as(TestUsers.member(identityService, user[0], user[1]),
                    TestUsers.PASSWORD);

            assertThat(staff.get("/hr/vacancies").statusCode()).as(user[1]).isEqualTo(403);
            assertThat(staff.get("/hr/vacancies/new").statusCode()).as(user[1]).isEqualTo(403);
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        HttpResponse<String> response = anonymous.get("/hr/vacancies", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        HttpResponse<String> login = anonymous.get("/login?lang=nl");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html lang=\"nl\"").contains("<label for=\"username\">Gebruikersnaam</label>")
                .contains("autocomplete=\"current-password\"");
    }

    @Test
    void hrLogsInOnWervingsLoginPageAndReachesTheVacancies() {
        HttpTestClient browser = new HttpTestClient(port);
        assertThat(browser.get("/hr/vacancies", "Accept", "text/html").statusCode()).isEqualTo(302);
        String csrf = csrf(browser.get("/login").body());

        HttpResponse<String> loggedIn = browser.post("/login", "application/x-www-form-urlencoded",
                form("_csrf", csrf, "username", TestUsers.member(identityService, "hrpageshr", WervingGroups.HR),
                        "password", TestUsers.PASSWORD));

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/hr/vacancies"));
        HttpResponse<String> list = browser.get("/hr/vacancies");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<h1>Vacancies</h1>");
    }

    @Test
    void hrCreatesEditsOpensAndClosesAVacancy() {
        String title = "HR pages vacancy " + UUID.randomUUID();
        HttpResponse<String> created = post("/hr/vacancies/new", "/hr/vacancies", "title", title, "description",
                "Builds the pages", "salaryMin", "4200", "salaryMax", "5800,50");

        assertThat(created.statusCode()).isEqualTo(302);
        Matcher id = CREATED.matcher(created.headers().firstValue("Location").orElseThrow());
        assertThat(id.find()).isTrue();
        UUID vacancyId = UUID.fromString(id.group(1));
        Vacancy draft = vacancies.findById(vacancyId).orElseThrow();
        assertThat(draft.getStatus()).isEqualTo(VacancyStatus.DRAFT);
        assertThat(draft.getSalaryMax()).isEqualByComparingTo(new BigDecimal("5800.50"));
        assertThat(hr.get("/hr/vacancies").body()).contains(title);
        String page = hr.get("/hr/vacancies/" + vacancyId + "?done=created").body();
        assertThat(page).contains("The vacancy was created as a draft.").contains("€ 4,200.00 – 5,800.50");

        HttpResponse<String> edited = post("/hr/vacancies/" + vacancyId + "/edit", "/hr/vacancies/" + vacancyId
                + "/edit", "title", title + " (edited)", "description", "Builds the pages\nand more", "salaryMin", "",
                "salaryMax", "");
        assertThat(edited.statusCode()).isEqualTo(302);
        Vacancy changed = vacancies.findById(vacancyId).orElseThrow();
        assertThat(changed.getTitle()).isEqualTo(title + " (edited)");
        assertThat(changed.getDescription()).isEqualTo("Builds the pages\nand more");
        assertThat(changed.getSalaryMin()).isNull();

        assertThat(post("/hr/vacancies/" + vacancyId, "/hr/vacancies/" + vacancyId + "/open").statusCode())
                .isEqualTo(302);
        assertThat(vacancies.findById(vacancyId).orElseThrow().getStatus()).isEqualTo(VacancyStatus.OPEN);
        assertThat(hr.get("/hr/vacancies/" + vacancyId + "?done=opened").body())
                .contains("The vacancy is open and takes applications.").contains("Close the vacancy");

        assertThat(post("/hr/vacancies/" + vacancyId, "/hr/vacancies/" + vacancyId + "/close").statusCode())
                .isEqualTo(302);
        assertThat(vacancies.findById(vacancyId).orElseThrow().getStatus()).isEqualTo(VacancyStatus.CLOSED);
    }

    @Test
    void anInvalidVacancyComesBackWithAnErrorAtEachFieldAndTheEntriesKept() {
        int before = vacancies.findAll().size();

        HttpResponse<String> refused = post("/hr/vacancies/new", "/hr/vacancies", "title", " ", "description",
                "Kept <as typed>", "salaryMin", "lots", "salaryMax", "4000");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"title-error\"")
                .containsPattern("id=\"title\"[^>]*aria-invalid=\"true\" aria-describedby=\"title-hint title-error\"")
                .containsPattern("id=\"salaryMin\"[^>]*value=\"lots\"[^>]*aria-invalid=\"true\"")
                .contains("Kept &lt;as typed&gt;</textarea>")
                .containsPattern("id=\"salaryMax\"[^>]*value=\"4000\"")
                .doesNotContain("id=\"salaryMax-error\"")
                .contains("<a href=\"#title\">");
        assertThat(vacancies.findAll()).hasSize(before);
    }

    @Test
    void theFormsAreInDutchWhenAskedFor() {
        HttpResponse<String> page = hr.get("/hr/vacancies/new?lang=nl");

        assertThat(page.body()).contains("<html lang=\"nl\"").contains("<h1>Nieuwe vacature</h1>");
        HttpResponse<String> refused = hr.post("/hr/vacancies", "application/x-www-form-urlencoded",
                form("_csrf", csrf(page.body()), "title", "", "description", "x"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Vul een titel in");
        hr.get("/hr/vacancies?lang=en");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        Vacancy vacancy = vacancies.createDraft("HR pages CSRF " + UUID.randomUUID(), "Text", null, null);

        HttpResponse<String> response = hr.post("/hr/vacancies/" + vacancy.getId() + "/open",
                "application/x-www-form-urlencoded", "");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(vacancies.findById(vacancy.getId()).orElseThrow().getStatus()).isEqualTo(VacancyStatus.DRAFT);
    }

    @Test
    void hrDefinesEveryKindOfRequirementAndAKnockoutQuestionAsANewVersion() {
        Vacancy vacancy = vacancies.createDraft("HR pages requirements " + UUID.randomUUID(), "Text", null, null);
        String path = "/hr/vacancies/" + vacancy.getId() + "/requirements";
        assertThat(hr.get(path).body()).contains("name=\"version\" value=\"0\"")
                .contains("id=\"requirements-2-label\"").doesNotContain("id=\"requirements-3-label\"");

        HttpResponse<String> saved = post(path, path, "version", "0",
                "requirements[0].kind", "SKILL", "requirements[0].label", "Spring Boot",
                "requirements[0].synonyms", "Spring, Spring Framework", "requirements[0].minimumYears", "2",
                "requirements[0].mustHave", "true", "requirements[0].weight", "8",
                "requirements[1].kind", "EXPERIENCE", "requirements[1].label", "Software development",
                "requirements[1].minimumYears", "5", "requirements[1].weight", "4",
                "requirements[2].kind", "LANGUAGE", "requirements[2].label", "Nederlands",
                "requirements[2].synonyms", "Dutch", "requirements[2].level", "C1", "requirements[2].weight", "3",
                "requirements[3].kind", "EDUCATION", "requirements[3].label", "Informatica",
                "requirements[3].level", "hbo", "requirements[3].weight", "2",
                "requirements[4].kind", "CERTIFICATE", "requirements[4].label", "OCP Java",
                "requirements[4].weight", "1",
                "requirements[5].kind", "", "requirements[5].label", "", "requirements[5].weight", "",
                "questions[0].questionEn", "Do you have a work permit for the Netherlands?",
                "questions[0].questionNl", "Heb je een werkvergunning voor Nederland?",
                "questions[0].requiredAnswer", "true",
                "questions[1].questionEn", "", "questions[1].questionNl", "", "questions[1].requiredAnswer", "");

        assertThat(saved.statusCode()).isEqualTo(302);
        VacancyRequirements first = vacancies.requirements(vacancy.getId());
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.requirements()).extracting(Requirement::kind).containsExactly(RequirementKind.SKILL,
                RequirementKind.EXPERIENCE, RequirementKind.LANGUAGE, RequirementKind.EDUCATION,
                RequirementKind.CERTIFICATE);
        Requirement skill = first.requirements().get(0);
        assertThat(skill.synonyms()).containsExactly("Spring", "Spring Framework");
        assertThat(skill.minimumYears()).isEqualTo(2);
        assertThat(skill.mustHave()).isTrue();
        assertThat(skill.weight()).isEqualTo(8);
        assertThat(first.requirements().get(1).minimumYears()).isEqualTo(5);
        assertThat(first.requirements().get(2).level()).isEqualTo("C1");
        assertThat(first.requirements().get(2).mustHave()).isFalse();
        assertThat(first.requirements().get(3).level()).isEqualTo("hbo");
        assertThat(first.knockoutQuestions()).singleElement().satisfies(question -> {
            assertThat(question.questionNl()).isEqualTo("Heb je een werkvergunning voor Nederland?");
            assertThat(question.requiredAnswer()).isTrue();
        });

        String editor = hr.get(path + "?done=saved").body();
        assertThat(editor).contains("Saved as version 1.").contains("name=\"version\" value=\"1\"")
                .contains("value=\"Spring, Spring Framework\"");

        // Remove the certificate, lower the skill's weight, keep the rest as the editor shows it.
        HttpResponse<String> changed = post(path, path, editorFields(first, 4, 0, "3"));

        assertThat(changed.statusCode()).isEqualTo(302);
        VacancyRequirements second = vacancies.requirements(vacancy.getId());
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.requirements()).hasSize(4);
        assertThat(second.requirements().get(0).id()).isEqualTo(skill.id());
        assertThat(second.requirements().get(0).weight()).isEqualTo(3);
        assertThat(second.knockoutQuestions()).isEqualTo(first.knockoutQuestions());
        assertThat(vacancies.requirements(vacancy.getId(), 1)).hasValue(first);
    }

    @Test
    void anEditBasedOnAnOlderVersionIsAConflictThatKeepsTheEntries() {
        Vacancy vacancy = vacancies.createDraft("HR pages conflict " + UUID.randomUUID(), "Text", null, null);
        String path = "/hr/vacancies/" + vacancy.getId() + "/requirements";
        String editor = hr.get(path).body();
        vacancies.changeRequirements(vacancy.getId(), new RequirementsDraft(0, List.of(new RequirementDraft(null,
                RequirementKind.SKILL, "Kotlin", List.of(), null, null, true, 5)), List.of()), "someone-else");

        HttpResponse<String> conflict = hr.post(path, "application/x-www-form-urlencoded", form("_csrf",
                csrf(editor), "version", "0", "requirements[0].kind", "SKILL", "requirements[0].label", "Scala",
                "requirements[0].weight", "6"));

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Someone else changed the requirements meanwhile")
                .contains("they were based on version 0, but version 1 was saved")
                .contains("value=\"Scala\"").contains("name=\"version\" value=\"1\"");
        assertThat(vacancies.requirements(vacancy.getId()).requirements()).extracting(Requirement::label)
                .containsExactly("Kotlin");
    }

    @Test
    void aRequirementRemovedMeanwhileIsNamedAtItsRowWhenTheEditIsSavedAgain() {
        Vacancy vacancy = vacancies.createDraft("HR pages removed meanwhile " + UUID.randomUUID(), "Text", null, null);
        VacancyRequirements first = vacancies.changeRequirements(vacancy.getId(), new RequirementsDraft(0,
                List.of(new RequirementDraft(null, RequirementKind.SKILL, "Kotlin", List.of(), null, null, true, 5)),
                List.of()), "hrpageshr");
        String path = "/hr/vacancies/" + vacancy.getId() + "/requirements";
        String editor = hr.get(path).body();
        vacancies.changeRequirements(vacancy.getId(), new RequirementsDraft(1, List.of(), List.of()), "someone-else");
        String kotlinId = first.requirements().get(0).id().toString();

        HttpResponse<String> conflict = hr.post(path, "application/x-www-form-urlencoded", form("_csrf",
                csrf(editor), "version", "1", "requirements[0].id", kotlinId, "requirements[0].kind", "SKILL",
                "requirements[0].label", "Kotlin", "requirements[0].weight", "7"));
        assertThat(conflict.statusCode()).isEqualTo(409);
        HttpResponse<String> again = hr.post(path, "application/x-www-form-urlencoded", form("_csrf",
                csrf(conflict.body()), "version", "2", "requirements[0].id", kotlinId, "requirements[0].kind", "SKILL",
                "requirements[0].label", "Kotlin", "requirements[0].weight", "7"));

        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("id=\"requirements-0-id-error\"")
                .contains("<a href=\"#requirements-0-id\">Requirement row 1: This requirement is no longer part of "
                        + "the current version")
                .contains("id=\"requirements-0-id\"");
        assertThat(vacancies.requirements(vacancy.getId()).version()).isEqualTo(2);
    }

    @Test
    void invalidRequirementsComeBackWithAnErrorAtTheirRowAndMakeNoVersion() {
        Vacancy vacancy = vacancies.createDraft("HR pages invalid requirements " + UUID.randomUUID(), "Text", null,
                null);
        String path = "/hr/vacancies/" + vacancy.getId() + "/requirements";

        HttpResponse<String> refused = post(path, path, "version", "0",
                "requirements[0].kind", "SKILL", "requirements[0].label", "Java", "requirements[0].weight", "ten",
                "requirements[1].kind", "", "requirements[1].label", "", "requirements[1].weight", "",
                "requirements[2].kind", "LANGUAGE", "requirements[2].label", "Deutsch", "requirements[2].weight", "2",
                "questions[0].questionEn", "Can you start in May?", "questions[0].questionNl", "",
                "questions[0].requiredAnswer", "true");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .containsPattern("id=\"requirements-0-weight\"[^>]*value=\"ten\"[^>]*aria-invalid=\"true\"")
                .contains("id=\"requirements-0-weight-error\"")
                .containsPattern("id=\"requirements-2-level\"[^>]*aria-invalid=\"true\"")
                .doesNotContain("id=\"requirements-1-kind-error\"")
                .contains("id=\"questions-0-questionNl-error\"")
                .contains("value=\"Can you start in May?\"")
                .contains("<a href=\"#requirements-0-weight\">");
        assertThat(vacancies.requirements(vacancy.getId()).version()).isZero();
    }

    @Test
    void aTamperedEditorFormIsABadRequestPage() {
        Vacancy vacancy = vacancies.createDraft("HR pages tampered " + UUID.randomUUID(), "Text", null, null);
        String path = "/hr/vacancies/" + vacancy.getId() + "/requirements";

        HttpResponse<String> unknownKind = post(path, path, "version", "0", "requirements[0].kind", "ROBOT",
                "requirements[0].label", "x", "requirements[0].weight", "1");
        HttpResponse<String> tooManyRows = post(path, path, "version", "0", "requirements[5000].label", "x");
        HttpResponse<String> unknownNotice = hr.get("/hr/vacancies/" + vacancy.getId() + "?done=anything");

        assertThat(unknownKind.statusCode()).isEqualTo(400);
        assertThat(unknownKind.body()).contains("The form held a value this page does not offer.");
        assertThat(tooManyRows.statusCode()).isEqualTo(400);
        assertThat(unknownNotice.statusCode()).isEqualTo(200);
        assertThat(vacancies.requirements(vacancy.getId()).version()).isZero();
    }

    @Test
    void hrSwitchesAutomationOffAndOnForOneVacancy() {
        Vacancy vacancy = vacancies.createDraft("HR pages automation " + UUID.randomUUID(), "Text", null, null);
        String path = "/hr/vacancies/" + vacancy.getId();
        assertThat(hr.get(path).body()).contains("Switch automated screening off for this vacancy");

        assertThat(post(path, path + "/automation", "enabled", "false").statusCode()).isEqualTo(302);
        assertThat(automation.isOnForVacancy(vacancy.getId())).isFalse();
        assertThat(hr.get(path + "?done=automation-off").body())
                .contains("Automated screening is off for this vacancy.")
                .contains("Switch automated screening on for this vacancy");

        assertThat(post(path, path + "/automation", "enabled", "true").statusCode()).isEqualTo(302);
        assertThat(automation.isOnForVacancy(vacancy.getId())).isTrue();
        assertThat(post(path, path + "/automation", "enabled", "maybe").statusCode()).isEqualTo(400);
    }

    @Test
    void thePipelineCountsTheVacancysApplicationsPerStageWithoutPersonalData() {
        Vacancy vacancy = vacancies.createDraft("HR pages pipeline " + UUID.randomUUID(), "Text", null, null);
        vacancies.open(vacancy.getId());
        for (int i = 0; i < 3; i++) {
            // Without a CV screening scores nothing, so each application waits for a person's review.
            TestApplications.awaitScreening(runtimeService, managementService,
                    TestApplications.submit(submission, vacancy.getId()));
        }

        HttpResponse<String> page = hr.get("/hr/vacancies/" + vacancy.getId() + "/pipeline");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Applications to this vacancy in progress: 3.")
                .containsPattern("data-stage=\"SCREENING_REVIEW\">\\s*<th scope=\"row\">Review of the screening</th>"
                        + "\\s*<td class=\"number\">3</td>\\s*<td class=\"number\">0</td>\\s*<td class=\"number\">0</td>")
                .containsPattern("data-stage=\"SCREENING\">\\s*<th scope=\"row\">Screening</th>"
                        + "\\s*<td class=\"number\">0</td>")
                .containsPattern("data-stage=\"HIRED\">\\s*<th scope=\"row\">Hired</th>\\s*<td class=\"number\">0</td>")
                .doesNotContain("Test Applicant").doesNotContain("applicant@example.org");
    }

    @Test
    void anUnknownVacancyIsAPageWith404() {
        HttpResponse<String> response = hr.get("/hr/vacancies/" + UUID.randomUUID() + "/requirements");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("There is no such vacancy.");
        assertThat(hr.get("/hr/vacancies/not-an-id").statusCode()).isEqualTo(400);
    }

    /** The editor's fields for the given set: one row removed, one row's weight changed. */
    private static String[] editorFields(VacancyRequirements set, int removed, int reweighted, String weight) {
        List<String> fields = new java.util.ArrayList<>(List.of("version", String.valueOf(set.version())));
        for (int i = 0; i < set.requirements().size(); i++) {
            Requirement requirement = set.requirements().get(i);
            String row = "requirements[" + i + "].";
            fields.addAll(List.of(row + "id", requirement.id().toString(), row + "kind", requirement.kind().name(),
                    row + "label", requirement.label(), row + "synonyms", String.join(", ", requirement.synonyms()),
                    row + "minimumYears", requirement.minimumYears() == null ? "" : requirement.minimumYears()
                            .toString(), row + "level", requirement.level() == null ? "" : requirement.level(),
                    row + "weight", i == reweighted ? weight : String.valueOf(requirement.weight())));
            if (requirement.mustHave()) {
                fields.addAll(List.of(row + "mustHave", "true"));
            }
            if (i == removed) {
                fields.addAll(List.of(row + "remove", "true"));
            }
        }
        for (int i = 0; i < set.knockoutQuestions().size(); i++) {
            var question = set.knockoutQuestions().get(i);
            String row = "questions[" + i + "].";
            fields.addAll(List.of(row + "id", question.id().toString(), row + "questionEn", question.questionEn(),
                    row + "questionNl", question.questionNl(), row + "requiredAnswer",
                    String.valueOf(question.requiredAnswer())));
        }
        return fields.toArray(String[]::new);
    }

    /** Opens the page with the form (for its CSRF token), then posts the fields to the action. */
    private HttpResponse<String> post(String formPage, String action, String... fields) {
        HttpResponse<String> page = hr.get(formPage);
        assertThat(page.statusCode()).as(formPage).isEqualTo(200);
        String[] withToken = new String[fields.length + 2];
        withToken[0] = "_csrf";
        withToken[1] = csrf(page.body());
        System.arraycopy(fields, 0, withToken, 2, fields.length);
        return hr.post(action, "application/x-www-form-urlencoded", form(withToken));
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static String form(String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
