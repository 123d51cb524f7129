package nl.werving.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.consent.ConsentChannel;
import nl.werving.consent.ConsentPurpose;
import nl.werving.consent.Consents;
import nl.werving.cv.CvDocuments;
import nl.werving.cv.CvFixtures;
import nl.werving.support.HttpTestClient;
import nl.werving.support.HttpTestClient.Part;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.vacancy.KnockoutQuestionDraft;
import nl.werving.vacancy.RequirementDraft;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The candidate portal on PostgreSQL, through HTTP as a browser sends it: the vacancy pages, applying through the
 * same service as the API (the notice version and the acknowledgement recorded), every kind of bad input shown next
 * to its field with what was entered, closed and unknown vacancies, and the optional diversity survey, whose answers
 * are stored only with its own consent and only through the link handed out right after applying.
 */
@PostgresIntegrationTest
class PortalIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SUBMISSION_KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");
    private static final Pattern APPLY_ACTION = Pattern.compile("action=\"(/vacancies/[^\"]+/apply\\?[^\"]+)\"");
    private static final Pattern SURVEY_LINK = Pattern.compile("href=\"(/survey/[A-Za-z0-9_.-]+)\\?lang=(nl|en)\"");

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Applications applications;
    @Autowired
    Consents consents;
    @Autowired
    CvDocuments cvDocuments;
    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient http;
    private UUID vacancyId;
    private UUID questionId;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        vacancyId = vacancies.createDraft("Portal test vacancy " + UUID.randomUUID(),
                "You build the portal.\n\nIn a small team.", new BigDecimal("3200"), new BigDecimal("4500")).getId();
        var requirements = vacancies.changeRequirements(vacancyId, new RequirementsDraft(null, List.of(
                new RequirementDraft(null, RequirementKind.SKILL, "Java", List.of("Java SE"), 3, null, true, 5),
                new RequirementDraft(null, RequirementKind.LANGUAGE, "Dutch", List.of("Nederlands"), null, "B2", false,
                        2)),
                List.of(new KnockoutQuestionDraft(null, "Do you have a work permit for the Netherlands?",
                        "Heb je een werkvergunning voor Nederland?", true))), "hr");
        questionId = requirements.knockoutQuestions().get(0).id();
        vacancies.open(vacancyId);
    }

    @Test
    void theListAndTheVacancyPageTellWhatIsAskedHowItGoesAndThatAPersonDecides() {
        HttpResponse<String> list = http.get("/vacancies?lang=en");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<html lang=\"en\"", "Open vacancies", "/vacancies/" + vacancyId + "?lang=en");

        HttpResponse<String> page = http.get("/vacancies/" + vacancyId + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("You build the portal.", "€3,200 to €4,500 gross per month",
                "Java: at least 3 years", "Dutch at level B2", "Must have", "Nice to have",
                "How the procedure goes", "a person decides", "It never rejects anyone",
                "/vacancies/" + vacancyId + "/apply?lang=en");

        HttpResponse<String> dutch = http.get("/vacancies/" + vacancyId, "Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5");
        assertThat(dutch.body()).contains("<html lang=\"nl\"", "Hoe de procedure gaat", "een mens beslist",
                "€\u00a03.200 tot €\u00a04.500 bruto per maand");
        assertThat(http.get("/vacancies/" + vacancyId, "Accept-Language", "en-GB,en;q=0.8").body())
                .contains("<html lang=\"en\"");
        assertThat(http.get("/vacancies/" + vacancyId + "?lang=en", "Accept-Language", "nl").body())
                .as("the language link wins over the browser").contains("<html lang=\"en\"");
    }

    @Test
    void aCandidateAppliesThroughTheApplicationServiceAndTheConfirmationShowsOnceWithoutTheReference()
            throws Exception {
        String email = "portal.happy." + UUID.randomUUID() + "@example.org";
        HttpResponse<String> form = http.get("/vacancies/" + vacancyId + "/apply?lang=en");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Privacy notice (version 2026-11)", "name=\"privacyNoticeVersion\" value=\"2026-11\"",
                "Automated screening", "Do you have a work permit for the Netherlands?", "href=\"/privacy?lang=en\"");
        assertThat(form.body()).as("processing does not rest on consent: no consent box on the form")
                .doesNotContain("type=\"checkbox\"");

        HttpResponse<String> sent = apply(form, fields("Sam de Vries", email, "+31 6 12345678", "en", "yes"),
                Part.file("cv", "cv.pdf", CvFixtures.pdf()));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/vacancies/" + vacancyId + "/applied?lang=en"));

        Application application = applicationOf(email);
        assertThat(application.getVacancyId()).isEqualTo(vacancyId);
        assertThat(applications.knockoutAnswers(application.getId())).isEqualTo(Map.of(questionId, true));
        assertThat(cvDocuments.text(application.getId())).hasValueSatisfying(text ->
                assertThat(text).contains(CvFixtures.FIRST_PAGE));
        assertThat(consents.inForce(application.getId(), ConsentPurpose.APPLICATION_PROCESSING))
                .as("the version of the notice the candidate was shown, from the form")
                .hasValueSatisfying(consent -> {
                    assertThat(consent.noticeVersion()).isEqualTo("2026-11");
                    assertThat(consent.givenVia()).isEqualTo(ConsentChannel.APPLICATION_FORM);
                });
        assertThat(jdbc.queryForObject("select preferred_language from applicant where email = ?", String.class,
                email)).isEqualTo("en");

        HttpResponse<String> confirmation = http.get("/vacancies/" + vacancyId + "/applied?lang=en");
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("we received your application", "What happens next",
                "confirmation mail", "diversity survey").doesNotContain(application.getReference().value());
        assertThat(SURVEY_LINK.matcher(confirmation.body()).find()).isTrue();

        HttpResponse<String> again = http.get("/vacancies/" + vacancyId + "/applied?lang=en");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).as("the survey link is shown once, to the browser that applied")
                .doesNotContain("/survey/").doesNotContain("Thank you, we received");
        assertThat(new HttpTestClient(port).get("/vacancies/" + vacancyId + "/applied?lang=en").body())
                .doesNotContain("/survey/");
    }

    @Test
    void theSameFormSentTwiceIsOneApplicationAndChangedDetailsUnderItAreRefused() {
        String email = "portal.twice." + UUID.randomUUID() + "@example.org";
        HttpResponse<String> form = http.get("/vacancies/" + vacancyId + "/apply?lang=en");
        byte[] cv = CvFixtures.pdf();

        HttpResponse<String> first = apply(form, fields("Sam de Vries", email, null, "en", "yes"),
                Part.file("cv", "cv.pdf", cv));
        HttpResponse<String> again = apply(form, fields("Sam de Vries", email, null, "en", "yes"),
                Part.file("cv", "cv.pdf", cv));
        HttpResponse<String> changed = apply(form, fields("Sam de Vries", "other." + email, null, "en", "yes"),
                Part.file("cv", "cv.pdf", cv));

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(again.statusCode()).as("a double click or the back button").isEqualTo(303);
        assertThat(jdbc.queryForObject("select count(*) from applicant where email = ?", Integer.class, email))
                .isOne();
        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(changed.body()).contains("You sent this form before");
        assertThat(jdbc.queryForObject("select count(*) from applicant where email = ?", Integer.class,
                "other." + email)).isZero();
    }

    @Test
    void everyInvalidDetailIsShownNextToItsFieldWithWhatWasEnteredAndNothingIsStored() {
        String email = "not-an-address-" + UUID.randomUUID();
        HttpResponse<String> form = http.get("/vacancies/" + vacancyId + "/apply?lang=en");

        HttpResponse<String> refused = apply(form, fields("  ", email, "call me maybe", "en", null));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("<title>Error (5): Apply: ", "There is a problem",
                "Enter your name", "Enter an e-mail address like name@example.org",
                "Enter a phone number of digits", "Answer the question: Do you have a work permit for the Netherlands?",
                "Choose your CV file", "href=\"#fullName\"", "href=\"#knockout-" + questionId + "-yes\"",
                "value=\"" + email + "\"", "value=\"call me maybe\"", "aria-describedby=\"email-hint email-error\"",
                "id=\"email-error\"");
        assertThat(refused.body().split("aria-invalid=\"true\"", -1)).as("four inputs and the question's two radios")
                .hasSize(7);
        assertThat(jdbc.queryForObject("select count(*) from applicant where email = ?", Integer.class, email))
                .isZero();

        HttpResponse<String> tooLong = apply(form, fields("x".repeat(201), "a@b.nl", null, "de", "maybe"),
                Part.file("cv", "cv.pdf", CvFixtures.pdf()));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Your name can be at most 200 characters", "Choose Nederlands or English",
                "Answer the question:", "choose your CV again");
    }

    static Stream<Arguments> refusedCvs() {
        return Stream.of(
                Arguments.of("an image", "photo.png", CvFixtures.png(), "This file type is not accepted"),
                Arguments.of("an empty file", "cv.pdf", new byte[0], "The file is empty"),
                Arguments.of("a password-protected PDF", "cv.pdf", CvFixtures.encryptedPdf(),
                        "protected with a password"),
                Arguments.of("a scan without text", "cv.pdf", CvFixtures.scannedPdf(), "We found no text in the file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCvs")
    void aCvTheCvModuleRefusesIsAFieldErrorAndTheOtherFieldsStay(String what, String fileName, byte[] content,
            String message) {
        String email = "portal.cv." + UUID.randomUUID() + "@example.org";
        HttpResponse<String> form = http.get("/vacancies/" + vacancyId + "/apply?lang=en");

        HttpResponse<String> refused = apply(form, fields("Cas Cv", email, null, "nl", "no"),
                Part.file("cv", fileName, content));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains(message, "id=\"cv-error\"", "aria-describedby=\"cv-hint cv-error\"",
                "value=\"Cas Cv\"", "value=\"" + email + "\"");
        assertThat(refused.body()).containsPattern("id=\"knockout-" + questionId + "-no\"[^>]*checked");
        assertThat(jdbc.queryForObject("select count(*) from applicant where email = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void aCvAboveTheUploadLimitShowsTheFormAgainWithTheCvError() {
        HttpResponse<String> form = http.get("/vacancies/" + vacancyId + "/apply?lang=en");

        HttpResponse<String> refused = apply(form, fields("Lars Large", "lars.large@example.org", null, "en", "yes"),
                Part.file("cv", "cv.pdf", CvFixtures.ofSize(12 * 1024 * 1024)));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("<form", "<html lang=\"en\"", "The file is too large", "id=\"cv-error\"",
                "aria-invalid=\"true\"");
    }

    @Test
    void aFormThatNamesNoPrivacyNoticeIsShownAgainWithTheCurrentNoticeAndNothingIsStored() {
        HttpResponse<String> form = http.get("/vacancies/" + vacancyId + "/apply?lang=en");
        String email = "portal.nonotice." + UUID.randomUUID() + "@example.org";

        HttpResponse<String> refused = apply(form, null, fields("Nina Notice", email, null, "en", "yes"),
                Part.file("cv", "cv.pdf", CvFixtures.pdf()));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("The privacy notice changed while you were filling in the form",
                "name=\"privacyNoticeVersion\" value=\"2026-11\"").doesNotContain("Exception");
        assertThat(jdbc.queryForObject("select count(*) from applicant where email = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void aClosedOrUnknownVacancyIsAClearPageAndNothingIsStored() {
        HttpResponse<String> form = http.get("/vacancies/" + vacancyId + "/apply?lang=en");
        vacancies.close(vacancyId);
        String email = "portal.closed." + UUID.randomUUID() + "@example.org";

        HttpResponse<String> closed = apply(form, fields("Cleo Closed", email, null, "en", "yes"),
                Part.file("cv", "cv.pdf", CvFixtures.pdf()));

        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("This vacancy is closed", "Nothing was stored").doesNotContain("Exception");
        assertThat(jdbc.queryForObject("select count(*) from applicant where email = ?", Integer.class, email))
                .isZero();
        assertThat(http.get("/vacancies/" + vacancyId + "/apply?lang=en").statusCode()).isEqualTo(409);
        assertThat(http.get("/vacancies/" + vacancyId + "?lang=en").body()).contains("no longer takes applications")
                .doesNotContain("/apply");

        HttpResponse<String> unknown = http.get("/vacancies/" + UUID.randomUUID() + "/apply?lang=en");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Vacancy not found");
        assertThat(http.get("/vacancies/not-an-id?lang=en").statusCode()).isEqualTo(404);
        UUID draft = vacancies.createDraft("Portal draft " + UUID.randomUUID(), "Not yet", null, null).getId();
        assertThat(http.get("/vacancies/" + draft).statusCode()).as("drafts are not public").isEqualTo(404);
    }

    @Test
    void theFullPrivacyNoticeHasItsOwnPage() {
        HttpResponse<String> page = http.get("/privacy?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Privacy notice for applicants", "Version 2026-11", "Automated screening");
        assertThat(http.get("/privacy?version=1999-01").statusCode()).isEqualTo(404);
    }

    @Test
    void diversityAnswersAreStoredOnlyWithTheSurveysOwnConsentThroughTheLinkFromTheConfirmation() {
        String email = "portal.survey." + UUID.randomUUID() + "@example.org";
        HttpResponse<String> sent = apply(http.get("/vacancies/" + vacancyId + "/apply?lang=en"),
                fields("Dina Diverse", email, null, "en", "yes"), Part.file("cv", "cv.pdf", CvFixtures.pdf()));
        assertThat(sent.statusCode()).isEqualTo(303);
        Application application = applicationOf(email);
        Matcher link = SURVEY_LINK.matcher(http.get("/vacancies/" + vacancyId + "/applied?lang=en").body());
        assertThat(link.find()).isTrue();
        String survey = link.group(1) + "?lang=en";

        HttpResponse<String> viaCandidateLinks = http.get("/c/" + link.group(1).substring("/survey/".length()));
        assertThat(viaCandidateLinks.statusCode()).as("the candidate link pages hand the survey link on").isEqualTo(302);
        assertThat(viaCandidateLinks.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains(link.group(1)));

        HttpResponse<String> page = http.get(survey);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Diversity survey (optional)", "Prefer not to say", "value=\"prefer-not-to-say\"",
                "name=\"q-sex\"", "name=\"q-age-band\"", "name=\"q-migration-background\"", "type=\"checkbox\"");
        assertThat(page.body().split("value=\"prefer-not-to-say\"", -1)).as("on every question").hasSize(4);

        HttpResponse<String> withoutConsent = post(survey, page, "lang=en&q-sex=female&q-age-band=25-34");
        assertThat(withoutConsent.statusCode()).isEqualTo(422);
        assertThat(withoutConsent.body()).contains("Tick the consent box", "aria-invalid=\"true\"");
        assertThat(diversityAnswers(application)).as("nothing without consent").isZero();
        assertThat(consents.inForce(application.getId(), ConsentPurpose.DIVERSITY_SURVEY)).isEmpty();

        HttpResponse<String> invalid = post(survey, page, "lang=en&consent=yes&q-sex=unicorn");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(diversityAnswers(application)).isZero();
        assertThat(consents.inForce(application.getId(), ConsentPurpose.DIVERSITY_SURVEY))
                .as("a refused submission records no consent either").isEmpty();

        HttpResponse<String> answered = post(survey, page,
                "lang=en&consent=yes&q-sex=female&q-age-band=prefer-not-to-say&q-migration-background=none");
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Thank you for taking part");
        assertThat(diversityAnswers(application)).isEqualTo(3);
        assertThat(consents.inForce(application.getId(), ConsentPurpose.DIVERSITY_SURVEY)).hasValueSatisfying(
                consent -> assertThat(consent.givenVia()).isEqualTo(ConsentChannel.CANDIDATE_LINK));

        assertThat(http.get(survey).statusCode()).as("the link works once").isEqualTo(410);
        assertThat(http.get("/survey/" + application.getReference().value()).statusCode())
                .as("a bare reference opens nothing").isEqualTo(404);
    }

    @Test
    void onlyThePortalsOwnPathsArePublic() {
        assertThat(http.get("/vacancies/" + vacancyId + "/something-else").statusCode()).isIn(302, 401);
        assertThat(http.get("/survey").statusCode()).isIn(302, 401);
        assertThat(http.post("/privacy", "application/x-www-form-urlencoded", "a=b").statusCode())
                .isIn(302, 401, 403);
    }

    private List<Part> fields(String name, String email, String phone, String language, String answer) {
        List<Part> parts = new ArrayList<>();
        parts.add(text("fullName", name));
        parts.add(text("email", email));
        if (phone != null) {
            parts.add(text("phone", phone));
        }
        parts.add(text("language", language));
        if (answer != null) {
            parts.add(text("knockout-" + questionId, answer));
        }
        return parts;
    }

    private HttpResponse<String> apply(HttpResponse<String> form, List<Part> fields, Part... files) {
        return apply(form, "2026-11", fields, files);
    }

    /** Sends the form as the browser would, naming the given privacy notice version (none when null). */
    private HttpResponse<String> apply(HttpResponse<String> form, String noticeVersion, List<Part> fields,
            Part... files) {
        List<Part> parts = new ArrayList<>();
        parts.add(text("_csrf", csrf(form)));
        parts.add(text("lang", "en"));
        if (noticeVersion != null) {
            parts.add(text("privacyNoticeVersion", noticeVersion));
        }
        Matcher key = SUBMISSION_KEY.matcher(form.body());
        assertThat(key.find()).as("the form carries its submission key").isTrue();
        parts.add(text("submissionKey", key.group(1)));
        parts.addAll(fields);
        parts.addAll(List.of(files));
        Matcher action = APPLY_ACTION.matcher(form.body());
        assertThat(action.find()).as("the form posts to its vacancy, with the CSRF token in the address as well").isTrue();
        return http.postMultipart(action.group(1).replace("&amp;", "&"), parts.toArray(Part[]::new));
    }

    private HttpResponse<String> post(String path, HttpResponse<String> page, String fields) {
        return http.post(path, "application/x-www-form-urlencoded",
                "_csrf=" + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8) + "&" + fields);
    }

    private static Part text(String name, String value) {
        return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the page has a form").isTrue();
        return csrf.group(1);
    }

    private Application applicationOf(String email) {
        String reference = jdbc.queryForObject("select a.reference from application a join applicant p "
                + "on p.id = a.applicant_id where p.email = ?", String.class, email);
        return applications.findByReference(new ApplicationReference(reference)).orElseThrow();
    }

    private int diversityAnswers(Application application) {
        return jdbc.queryForObject("select count(*) from diversity_response where application_id = ?", Integer.class,
                application.getId());
    }
}
