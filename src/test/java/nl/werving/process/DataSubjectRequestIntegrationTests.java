package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.candidate.CandidateLinks;
import nl.werving.candidate.LinkPurpose;
import nl.werving.datarequest.DataRequest;
import nl.werving.datarequest.DataRequestChannel;
import nl.werving.datarequest.DataRequestStatus;
import nl.werving.datarequest.DataRequestType;
import nl.werving.datarequest.DataRequests;
import nl.werving.notification.mail.MailComposer;
import nl.werving.notification.mail.MailWorker;
import nl.werving.notification.mail.OutboxStore;
import nl.werving.notification.mail.SmtpMailTransport;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestSmtp;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.RequirementDraft;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Data-subject requests on PostgreSQL with a real SMTP server (GreenMail): the candidate asks on the status page,
 * confirms through the mailed link, and downloads their export once through the next mail; the export holds their
 * data and nothing of another applicant. Also the staff API's access rules and validation.
 */
@PostgresIntegrationTest
class DataSubjectRequestIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CANDIDATE_LINK = Pattern.compile("https?://[^/\\s]+(/c/[A-Za-z0-9_.-]+\\?lang=en)");

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Applications applications;
    @Autowired
    DataRequests dataRequests;
    @Autowired
    nl.werving.applicant.Applicants applicants;
    @Autowired
    CandidateLinks links;
    @Autowired
    MailComposer composer;
    @Autowired
    DataSource dataSource;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private GreenMail smtp;
    private MailWorker worker;
    private HttpTestClient http;
    private final List<MimeMessage> received = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        int smtpPort = TestSmtp.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort);
        worker = new MailWorker(new OutboxStore(dataSource), composer,
                new SmtpMailTransport(sender, "noreply@werving.invalid"), event -> { }, Clock.systemUTC(),
                new MailWorker.Settings(50, 6, Duration.ofSeconds(30)));
        http = new HttpTestClient(port);
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    @Test
    void aCandidateAsksConfirmsByMailAndDownloadsTheirDataOnceWithNothingOfAnotherApplicant() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String emailA = "alma.export." + suffix + "@example.org";
        String emailB = "bert.other." + suffix + "@example.org";
        UUID vacancyId = javaVacancy();
        String referenceA = apply(vacancyId, "Alma Exportmarker", emailA,
                "Alma Exportmarker. Werkervaring: Java SE ontwikkelaar bij Zwaluwstaart Software, CVMARKER-ALMA-" + suffix
                        + ". Ook Spring Boot.");
        String referenceB = apply(vacancyId, "Bert Othermarker", emailB,
                "Bert Othermarker. Java SE bij Kikkerdril BV, CVMARKER-BERT-" + suffix + ".");
        Application alma = application(referenceA);
        TestApplications.awaitScreening(runtimeService, managementService, alma);
        TestApplications.awaitScreening(runtimeService, managementService, application(referenceB));
        TestUsers.member(identityService, "dsrrecruiter", WervingGroups.RECRUITERS);
        HttpTestClient recruiter = http.as("dsrrecruiter", TestUsers.PASSWORD);
        for (String reference : List.of(referenceA, referenceB)) {
            TasklistRest.complete(recruiter, "dsrrecruiter", reference, "Task_ReviewScreening", Map.of(
                    "reviewDecision", "reject", "rejectionReason", "REASONMARKER-" + reference));
        }
        sendEverythingDue();

        // On the status page the candidate asks for a copy: nothing is recorded, a confirmation mail goes out.
        String statusPage = linkOffering(mailTo(emailA, "We received your application"), "data-request");
        HttpResponse<String> asked = submit(statusPage, "action=data-request&type=access");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Please check your e-mail");
        assertThat(dataRequests.forApplication(alma.getId())).isEmpty();
        sendEverythingDue();

        // The fresh link in that mail records the request and starts its process.
        String confirmation = linkOffering(mailTo(emailA, "Please confirm your data request"), "confirm-data-request");
        HttpResponse<String> confirmed = submit(confirmation, "action=confirm-data-request");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Your request has been recorded");
        List<DataRequest> requests = dataRequests.forApplication(alma.getId());
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.type()).isEqualTo(DataRequestType.ACCESS);
            assertThat(request.channel()).isEqualTo(DataRequestChannel.CANDIDATE_LINK);
            assertThat(request.dueAt()).isEqualTo(request.receivedAt().atZone(ZoneId.of("Europe/Amsterdam"))
                    .plusMonths(1).toInstant());
        });
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DataSubjectRequest.PROCESS_KEY)
                .processInstanceBusinessKey(referenceA).count()
                + managementService.createJobQuery().count()).isPositive();
        assertThat(http.get(confirmation).statusCode()).as("the confirmation link is used up").isEqualTo(410);
        assertThat(dataRequests.forApplication(alma.getId())).hasSize(1);

        // The process completes the request and mails the download link.
        awaitCompleted(alma.getId());
        sendEverythingDue();
        String download = linkOffering(mailTo(emailA, "Your data is ready to download"), "download");
        String csrf = csrf(download);
        HttpResponse<String> file = post(download, csrf, "action=download");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment"));
        JsonNode export = JSON.readTree(file.body());
        assertThat(export.at("/applicant/fullName").asText()).isEqualTo("Alma Exportmarker");
        assertThat(export.at("/applicant/email").asText()).isEqualTo(emailA);
        assertThat(export.at("/cv/text").asText()).contains("CVMARKER-ALMA-" + suffix);
        assertThat(export.at("/screening/result/requirements").toString()).contains("Zwaluwstaart");
        assertThat(export.at("/screening/explanation/en").asText()).isNotBlank();
        assertThat(export.at("/decisions").toString()).contains("REASONMARKER-" + referenceA);
        assertThat(export.at("/messages").toString()).contains("DATA_EXPORT_READY");
        assertThat(export.at("/consents/0/purpose").asText()).isEqualTo("APPLICATION_PROCESSING");
        assertThat(export.at("/consents/0/noticeVersion").asText()).isEqualTo("2026-11");
        assertThat(export.at("/interviews/plans").isArray()).isTrue();
        assertThat(export.at("/offers").isArray()).isTrue();
        assertThat(export.at("/dataRequests").toString()).contains("ACCESS");
        assertThat(export.at("/application/reference").asText()).isEqualTo(referenceA);
        assertThat(file.body()).doesNotContain("Bert").doesNotContain(emailB).doesNotContain("BERT-" + suffix)
                .doesNotContain("Kikkerdril").doesNotContain(referenceB);

        // The download link works once.
        HttpResponse<String> again = post(download, csrf, "action=download");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("already been used").doesNotContain("Alma");
        assertThat(http.get(download).statusCode()).isEqualTo(410);
    }

    @Test
    void anExpiredDownloadLinkIsAClearPage() throws Exception {
        String reference = apply(javaVacancy(), "Eva Expired", "eva.expired@example.org", "Java SE developer.");
        String token = links.create(new ApplicationReference(reference), LinkPurpose.DOWNLOAD_DATA_EXPORT,
                Duration.ofSeconds(1));
        Thread.sleep(1500);

        HttpResponse<String> page = http.get("/c/" + token + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("This link has expired").doesNotContain("Eva Expired");
    }

    @Test
    void staffRecordRequestsWithTheRightGroupAndValidInput() throws Exception {
        String reference = apply(javaVacancy(), "Stef Staff", "stef.staff@example.org", "Java SE developer.");
        UUID applicationId = application(reference).getId();
        TestUsers.member(identityService, "dsrdpo", WervingGroups.DPO);
        TestUsers.member(identityService, "dsrrecruiter2", WervingGroups.RECRUITERS);
        TestUsers.member(identityService, "dsrhr", WervingGroups.HR);
        TestUsers.member(identityService, "dsrauditor", WervingGroups.AUDITORS);
        HttpTestClient dpo = http.as("dsrdpo", TestUsers.PASSWORD);
        HttpTestClient recruiter = http.as("dsrrecruiter2", TestUsers.PASSWORD);
        HttpTestClient hr = http.as("dsrhr", TestUsers.PASSWORD);
        HttpTestClient auditor = http.as("dsrauditor", TestUsers.PASSWORD);
        String path = "/api/applications/" + reference + "/data-requests";

        assertThat(http.postJson(path, "{\"type\":\"ACCESS\"}").statusCode()).isEqualTo(401);
        assertThat(hr.postJson(path, "{\"type\":\"ACCESS\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> unknownType = dpo.postJson(path, "{\"type\":\"EVERYTHING\"}");
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownType.body()).get("errors").get(0).get("field").asText()).isEqualTo("type");
        HttpResponse<String> missingType = dpo.postJson(path, "{}");
        assertThat(missingType.statusCode()).isEqualTo(400);
        assertThat(missingType.body()).contains("type");
        assertThat(dpo.postJson("/api/applications/AAAAAAAAAAAAAAAAAAAAAAAA/data-requests", "{\"type\":\"ACCESS\"}")
                .statusCode()).isEqualTo(404);

        HttpResponse<String> created = recruiter.postJson(path, "{\"type\":\"RECTIFICATION\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode request = JSON.readTree(created.body());
        assertThat(request.get("type").asText()).isEqualTo("RECTIFICATION");
        assertThat(request.get("channel").asText()).isEqualTo("STAFF");
        assertThat(request.get("status").asText()).isEqualTo("OPEN");
        assertThat(dpo.postJson(path, "{\"type\":\"RECTIFICATION\"}").body())
                .as("the open request of the same type is returned").contains(request.get("id").asText());

        assertThat(recruiter.get(path).statusCode()).isEqualTo(403);
        HttpResponse<String> listed = auditor.get(path);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(listed.body())).hasSize(1);
        assertThat(dpo.get(path).statusCode()).isEqualTo(200);

        // The DPO corrects the details; others may not, and invalid details are refused.
        String applicant = "/api/applications/" + reference + "/applicant";
        String corrected = "{\"fullName\":\"Stef Corrected\",\"email\":\"stef.corrected@example.org\","
                + "\"phone\":\"+31 6 12345678\",\"language\":\"en\"}";
        assertThat(recruiter.putJson(applicant, corrected).statusCode()).isEqualTo(403);
        HttpResponse<String> invalid = dpo.putJson(applicant,
                "{\"fullName\":\"\",\"email\":\"not-an-address\",\"language\":\"de\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("fullName").contains("email").contains("language");
        assertThat(dpo.putJson(applicant, corrected).statusCode()).isEqualTo(204);
        assertThat(applicants.findById(application(reference).getApplicantId())).hasValueSatisfying(details -> {
            assertThat(details.getFullName()).isEqualTo("Stef Corrected");
            assertThat(details.getEmail()).isEqualTo("stef.corrected@example.org");
            assertThat(details.getPhone()).isEqualTo("+31 6 12345678");
            assertThat(details.getPreferredLanguage().code()).isEqualTo("en");
        });
        assertThat(dataRequests.forApplication(applicationId)).hasSize(1);
    }

    private UUID javaVacancy() {
        UUID id = vacancies.createDraft("Data request vacancy " + UUID.randomUUID(), "Java backend work", null, null)
                .getId();
        vacancies.changeRequirements(id, new RequirementsDraft(null, List.of(
                new RequirementDraft(null, RequirementKind.SKILL, "Java", List.of("Java SE"), null, null, false, 5),
                // A must-have no CV here has: every application goes to a recruiter's review.
                new RequirementDraft(null, RequirementKind.CERTIFICATE, "BIG registration", List.of("BIG-registratie"),
                        null, null, true, 2)),
                List.of()), "hr");
        vacancies.open(id);
        return id;
    }

    private String apply(UUID vacancyId, String name, String email, String cv) throws Exception {
        HttpResponse<String> response = http.postMultipart("/api/applications",
                new HttpTestClient.Part("application", null, "application/json", """
                        {"vacancyId":"%s","fullName":"%s","email":"%s","language":"en",
                         "privacyNoticeVersion":"2026-11"}"""
                        .formatted(vacancyId, name, email).getBytes(StandardCharsets.UTF_8)),
                new HttpTestClient.Part("cv", "cv.txt", "text/plain", cv.getBytes(StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("reference").asText();
    }

    private Application application(String reference) {
        return applications.findByReference(new ApplicationReference(reference)).orElseThrow();
    }

    private void awaitCompleted(UUID applicationId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (dataRequests.forApplication(applicationId).stream()
                .anyMatch(request -> request.status() != DataRequestStatus.COMPLETED)) {
            assertThat(System.nanoTime()).as("the request is completed within 30 seconds").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(dataRequests.forApplication(applicationId)).allSatisfy(request ->
                assertThat(request.completedAt()).isNotNull());
    }

    /** The path of the first candidate link in the mail whose page offers the action. */
    private String linkOffering(MimeMessage mail, String action) throws Exception {
        Matcher link = CANDIDATE_LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        while (link.find()) {
            HttpResponse<String> page = http.get(link.group(1));
            if (page.statusCode() == 200 && page.body().contains("value=\"" + action + "\"")) {
                return link.group(1);
            }
        }
        throw new AssertionError("No link in the mail offers " + action);
    }

    /** Opens the page and submits its form with the fields and the page's CSRF token. */
    private HttpResponse<String> submit(String path, String fields) {
        return post(path, csrf(path), fields);
    }

    private String csrf(String path) {
        Matcher csrf = CSRF.matcher(http.get(path).body());
        assertThat(csrf.find()).as("the page has a form").isTrue();
        return csrf.group(1);
    }

    private HttpResponse<String> post(String path, String csrf, String fields) {
        return http.post(path, "application/x-www-form-urlencoded",
                "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&" + fields);
    }

    private void sendEverythingDue() {
        while (worker.sendDue() > 0) {
            // next batch
        }
        received.addAll(List.of(smtp.getReceivedMessages()));
        smtp.reset();
    }

    private MimeMessage mailTo(String address, String subjectStart) throws Exception {
        for (MimeMessage message : received) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).equals(address)
                    && message.getSubject().startsWith(subjectStart)) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + address + " starting with " + subjectStart);
    }
}
