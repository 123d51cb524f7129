package nl.werving.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.werving.application.Application;
import nl.werving.application.ApplicationSubmission;
import nl.werving.candidate.CandidateLinks;
import nl.werving.candidate.LinkPurpose;
import nl.werving.cv.CvFixtures;
import nl.werving.support.HttpTestClient;
import nl.werving.support.HttpTestClient.Part;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hostile input corpus: every public endpoint and upload gets input meant to break it. Each case must get a
 * clear 4xx, no 5xx and no stack trace, must change no data, and the service must keep serving afterwards.
 * The cases are listed in src/test/java/nl/werving/security/README.md.
 */
@PostgresIntegrationTest
class HostileInputIntegrationTests {

    private static final String VACANCY_TITLE = "Hostile input vacancy";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** Signs nothing Werving knows: a token or signature made with it is forged. */
    private static final String ATTACKER_SECRET = "an-attacker-guess-at-the-secret-of-32-chars";

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    CandidateLinks links;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient http;
    private Target target;

    /** What a case may use: the public client, an open vacancy, and a real application with its links. */
    record Target(HttpTestClient http, UUID vacancy, String reference, String statusToken, String usedToken,
            String csrf) {
    }

    /** One hostile request. */
    record Case(String name, Function<Target, HttpResponse<String>> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        http = new HttpTestClient(port);
        UUID vacancy = vacancies.publishIfAbsent(VACANCY_TITLE, "A vacancy hostile input is aimed at").getId();
        Application application = TestApplications.submit(submission, vacancy);
        TestApplications.awaitScreening(runtimeService, managementService, application);
        String reference = application.getReference().value();
        String statusToken = links.create(application.getReference(), LinkPurpose.STATUS, Duration.ofDays(1));
        String usedToken = links.create(application.getReference(), LinkPurpose.WITHDRAW, Duration.ofDays(1));
        String csrf = csrf(http.get("/c/" + usedToken).body());
        HttpResponse<String> withdrawn = http.post("/c/" + usedToken, "application/x-www-form-urlencoded",
                "action=withdraw&_csrf=" + csrf);
        assertThat(withdrawn.statusCode()).as("the single-use link is used once").isLessThan(400);
        target = new Target(http, vacancy, reference, statusToken, usedToken, csrf(http.get("/c/" + statusToken).body()));
    }

    static Stream<Case> corpus() {
        String validJson = "{\"privacyNoticeVersion\":\"2026-11\",\"vacancyId\":\"%s\","
                + "\"fullName\":\"Sam de Vries\",\"email\":\"sam@example.org\"}";
        return Stream.of(
                // Bodies and content types of the application API
                json("oversized JSON body (12 MB)", t -> opening(t)
                        + "\",\"fullName\":\"" + "x".repeat(12 * 1024 * 1024) + "\",\"email\":\"sam@example.org\"}"),
                json("huge name (1 MB)", t -> opening(t) + "\",\"fullName\":\""
                        + "Sam ".repeat(256 * 1024) + "\",\"email\":\"sam@example.org\"}"),
                json("malformed JSON", t -> "{\"vacancyId\": \"" + t.vacancy() + "\", \"fullName\": "),
                json("JSON array instead of object", t -> "[" + validJson.formatted(t.vacancy()) + "]"),
                json("JSON nested 5,000 deep", t -> opening(t) + "\",\"fullName\":"
                        + "[".repeat(5000) + "]".repeat(5000) + ",\"email\":\"sam@example.org\"}"),
                json("duplicate keys smuggling a second name", t -> opening(t)
                        + "\",\"fullName\":\"Sam\",\"fullName\":\"Someone Else\",\"email\":\"sam@example.org\"}"),
                json("NUL byte in the name", t -> named(t, "Sam\\u0000de Vries")),
                json("CR LF header injection in the name", t -> named(t, "Sam\\r\\nBcc: victim@example.org")),
                json("right-to-left override in the name", t -> named(t, "Sam \\u202Efdp.exe")),
                json("lone surrogate in the name", t -> named(t, "Sam \\uD800 de Vries")),
                json("script tag in the name", t -> named(t, "<script>alert(1)</script>")),
                json("HTML event handler in the name", t -> named(t, "Sam <img src=x onerror=alert(1)>")),
                json("SQL injection in the vacancy id", t -> "{\"privacyNoticeVersion\":\"2026-11\","
                        + "\"vacancyId\":\"' OR '1'='1\",\"fullName\":\"Sam\",\"email\":\"sam@example.org\"}"),
                json("SQL injection in the e-mail address", t -> opening(t)
                        + "\",\"fullName\":\"Sam\",\"email\":\"x'); DROP TABLE application;--\"}"),
                json("e-mail address with a CR LF", t -> opening(t)
                        + "\",\"fullName\":\"Sam\",\"email\":\"sam@example.org\\r\\nBcc: victim@example.org\"}"),
                json("path traversal as privacy notice version", t -> "{\"vacancyId\":\"" + t.vacancy()
                        + "\",\"fullName\":\"Sam\",\"email\":\"sam@example.org\","
                        + "\"privacyNoticeVersion\":\"../../etc/passwd\"}"),
                json("a thousand knock-out answers", t -> opening(t)
                        + "\",\"fullName\":\"Sam\",\"email\":\"sam@example.org\",\"knockoutAnswers\":{"
                        + String.join(",", Stream.generate(() -> "\"" + UUID.randomUUID() + "\":true").limit(1000)
                                .toList()) + "}}"),
                json("number where the name goes", t -> opening(t)
                        + "\",\"fullName\":1e999999,\"email\":\"sam@example.org\"}"),
                json("field setting the status", t -> opening(t)
                        + "\",\"fullName\":\"Sam\",\"email\":\"sam@example.org\",\"status\":\"HIRED\"}"),
                new Case("XML with an external entity (XXE)", t -> t.http().post("/api/applications",
                        "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM "
                                + "\"file:///etc/passwd\">]><application><fullName>&x;</fullName></application>")),
                new Case("form-encoded body", t -> t.http().post("/api/applications",
                        "application/x-www-form-urlencoded", "fullName=Sam&email=sam%40example.org")),
                new Case("JSON in an unknown charset", t -> t.http().post("/api/applications",
                        "application/json;charset=x-no-such-charset", validJson.formatted(t.vacancy()))),
                new Case("asks for XML back", t -> t.http().post("/api/applications", "application/json",
                        validJson.formatted(t.vacancy()), "Accept", "application/xml")),
                new Case("DELETE on the applications", t -> t.http().delete("/api/applications")),
                // Uploads
                upload("CV too large (12 MB)", "cv.pdf", CvFixtures.ofSize(12 * 1024 * 1024)),
                upload("empty CV", "cv.pdf", new byte[0]),
                upload("Windows executable named cv.pdf", "cv.pdf", CvFixtures.windowsExecutable()),
                upload("image instead of a document", "cv.png", CvFixtures.png()),
                upload("plain ZIP archive", "cv.zip", CvFixtures.zip()),
                upload("zip bomb in a Word document", "cv.docx", CvFixtures.zipBombDocx()),
                upload("zip bomb in an OpenDocument", "cv.odt", CvFixtures.zipBombOdt()),
                upload("encrypted PDF", "cv.pdf", CvFixtures.encryptedPdf()),
                upload("PDF header over an HTML script (polyglot)", "cv.pdf",
                        "%PDF-1.4\n<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII)),
                upload("GIF header over a script (polyglot)", "cv.pdf",
                        "GIF89a/*<script>alert(1)</script>*/".getBytes(StandardCharsets.US_ASCII)),
                upload("path traversal in the file name", "../../../../etc/cron.d/werving", CvFixtures.pdf()),
                upload("Windows path traversal in the file name", "..\\..\\windows\\win.ini", CvFixtures.pdf()),
                upload("NUL byte in the file name", "cv.pdf\u0000.exe", CvFixtures.pdf()),
                new Case("upload without its application part", t -> t.http().postMultipart("/api/applications",
                        Part.file("cv", "cv.pdf", CvFixtures.pdf()))),
                new Case("application part that is not JSON", t -> t.http().postMultipart("/api/applications",
                        new Part("application", null, "text/plain", "Sam, sam@example.org".getBytes()),
                        Part.file("cv", "cv.pdf", CvFixtures.pdf()))),
                // Candidate links
                new Case("forged link token", t -> t.http().get("/c/" + forgedToken(t.reference(), 3600))),
                new Case("expired link signed right but for the past", t -> t.http().get("/c/"
                        + signedToken(PostgresIntegrationTest.CANDIDATE_LINK_SECRET, t.reference(), -60))),
                new Case("replayed single-use link", t -> t.http().get("/c/" + t.usedToken())),
                new Case("a bare application reference as token (enumeration)", t -> t.http().get("/c/"
                        + t.reference())),
                new Case("token of 10,000 characters", t -> t.http().get("/c/" + "A".repeat(10_000))),
                new Case("path traversal as token", t -> t.http().get("/c/..%2F..%2Fetc%2Fpasswd")),
                new Case("unknown action on the status link", t -> t.http().post("/c/" + t.statusToken(),
                        "application/x-www-form-urlencoded", "action=hire&_csrf=" + t.csrf())),
                new Case("script injection as data-request type", t -> t.http().post("/c/" + t.statusToken(),
                        "application/x-www-form-urlencoded", "action=data-request&type=%3Cscript%3E&_csrf=" + t.csrf())),
                // Assessment webhook
                new Case("assessment result without signature", t -> t.http().post("/api/assessments/"
                        + t.reference() + "/result", "application/json", "{\"score\":100}")),
                new Case("assessment result with a forged signature", t -> t.http().post("/api/assessments/"
                        + t.reference() + "/result", "application/json", "{\"score\":100}",
                        "Werving-Signature", webhookSignature(ATTACKER_SECRET, t.reference(), "{\"score\":100}",
                                Instant.now().getEpochSecond()))),
                new Case("assessment result signed an hour ago (replay)", t -> t.http().post("/api/assessments/"
                        + t.reference() + "/result", "application/json", "{\"score\":100}",
                        "Werving-Signature", webhookSignature(PostgresIntegrationTest.ASSESSMENT_WEBHOOK_SECRET,
                                t.reference(), "{\"score\":100}", Instant.now().minusSeconds(3600).getEpochSecond()))),
                new Case("assessment result for a malformed reference", t -> t.http().post(
                        "/api/assessments/..%2F..%2Fadmin/result", "application/json", "{\"score\":100}")),
                // Reading endpoints
                new Case("SQL injection in a vacancy path", t -> t.http().get(
                        "/api/vacancies/1'%20OR%20'1'='1/knockout-questions")),
                new Case("unknown vacancy", t -> t.http().get("/api/vacancies/" + UUID.randomUUID()
                        + "/knockout-questions")),
                new Case("script injection as privacy notice version", t -> t.http().get(
                        "/api/privacy-notice?version=%3Cscript%3Ealert(1)%3C/script%3E")),
                new Case("an application's screening without login (enumeration)", t -> t.http().get(
                        "/api/applications/" + t.reference() + "/screening")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileInputGetsAClear4xxChangesNothingAndTheServiceKeepsServing(Case hostile) {
        State before = state();

        HttpResponse<String> response = hostile.request().apply(target);

        assertThat(response.statusCode()).as("%s: %s", hostile.name(), abbreviated(response.body()))
                .isBetween(400, 499);
        assertThat(response.body()).as(hostile.name())
                .doesNotContain("Exception")
                .doesNotContain("at nl.werving")
                .doesNotContain("at org.")
                .doesNotContain("at java.")
                .doesNotContain("root:x:0:0");
        assertThat(state()).as("no data changed by " + hostile.name()).isEqualTo(before);
        assertThat(http.get("/actuator/health").statusCode()).as("still serving after " + hostile.name())
                .isEqualTo(200);
    }

    @Test
    void aRealReferenceAndAMadeUpOneLookTheSameThroughTheLinkPages() {
        String madeUpReference = target.reference().replaceAll("[0-9]", "7");
        HttpResponse<String> real = http.get("/c/" + target.reference());
        HttpResponse<String> madeUp = http.get("/c/" + madeUpReference);

        assertThat(real.statusCode()).isEqualTo(madeUp.statusCode()).isBetween(400, 499);
        // The page links to itself in another language, so each names what was asked for; nothing else differs.
        assertThat(real.body().replace(target.reference(), "REF").replaceAll("value=\"[^\"]+\"", ""))
                .isEqualTo(madeUp.body().replace(madeUpReference, "REF").replaceAll("value=\"[^\"]+\"", ""));
    }

    @Test
    void theCorpusCoversAtLeastFortyCases() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(40);
        assertThat(corpus().map(Case::name).distinct().count()).isEqualTo(corpus().count());
    }

    @Test
    void theReadmeListsEveryCase() throws Exception {
        String readme = Files.readString(Path.of("src/test/java/nl/werving/security/README.md"));

        assertThat(corpus().map(Case::name)).allSatisfy(name -> assertThat(readme).contains("- " + name + "\n"));
    }

    private State state() {
        return new State(count("application"), count("applicant"), count("cv_document"), count("consent_record"),
                count("assessment"), count("candidate_link_use"),
                runtimeService.createProcessInstanceQuery().count());
    }

    private long count(String table) {
        Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return rows == null ? 0 : rows;
    }

    record State(long applications, long applicants, long cvs, long consents, long assessmentResults, long usedLinks,
            long processInstances) {
    }

    private static Case json(String name, Function<Target, String> body) {
        return new Case(name, t -> t.http().post("/api/applications", "application/json", body.apply(t)));
    }

    private static Case upload(String name, String fileName, byte[] content) {
        return new Case(name, t -> t.http().postMultipart("/api/applications",
                Part.json("application", opening(t)
                        + "\",\"fullName\":\"Sam de Vries\",\"email\":\"sam@example.org\"}"),
                Part.file("cv", fileName, content)));
    }

    /** The start of an application's JSON for the target's vacancy, naming the published privacy notice. */
    private static String opening(Target t) {
        return "{\"privacyNoticeVersion\":\"2026-11\",\"vacancyId\":\"" + t.vacancy();
    }

    private static String named(Target t, String escapedName) {
        return opening(t) + "\",\"fullName\":\"" + escapedName
                + "\",\"email\":\"sam@example.org\"}";
    }

    private static String forgedToken(String reference, long validForSeconds) {
        return signedToken(ATTACKER_SECRET, reference, validForSeconds);
    }

    /** A link token in Werving's format, signed with the given secret, expiring the given seconds from now. */
    private static String signedToken(String secret, String reference, long validForSeconds) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String payload = String.join(":", "1", reference, LinkPurpose.STATUS.name(),
                encoder.encodeToString(UUID.randomUUID().toString().substring(0, 16).getBytes()),
                Long.toString(Instant.now().getEpochSecond() + validForSeconds));
        String encodedPayload = encoder.encodeToString(payload.getBytes(StandardCharsets.US_ASCII));
        return encodedPayload + "." + encoder.encodeToString(hmac(secret, encodedPayload));
    }

    private static String webhookSignature(String secret, String reference, String body, long timestamp) {
        return "t=" + timestamp + ",v2="
                + HexFormat.of().formatHex(hmac(secret, timestamp + "." + reference + "." + body));
    }

    private static byte[] hmac(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private static String abbreviated(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

}
