package nl.werving.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.werving.cv.CvDocuments;
import nl.werving.cv.CvFixtures;
import nl.werving.process.HiringProcess;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient.Part;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class ApplicationWithCvApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE_NAME_WITH_THE_CANDIDATES_NAME = "CV Sam de Vries-Qx93.pdf";

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CvDocuments cvDocuments;
    @Autowired
    IdentityService identityService;

    private HttpTestClient http;
    private UUID openVacancy;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        openVacancy = vacancies.publishIfAbsent("Integration test vacancy", "A vacancy for the API tests").getId();
    }

    @Test
    void anApplicationWithAPdfCvStoresTheCvWithItsTypeHashAndText() throws Exception {
        byte[] pdf = CvFixtures.pdf();

        HttpResponse<String> response = http.postMultipart("/api/applications",
                Part.json("application", application(openVacancy)),
                Part.file("cv", FILE_NAME_WITH_THE_CANDIDATES_NAME, pdf));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reference = JSON.readTree(response.body()).get("reference").asText();
        UUID applicationId = jdbc.queryForObject("select id from application where reference = ?", UUID.class, reference);
        Map<String, Object> row = jdbc.queryForMap("select * from cv_document where application_id = ?", applicationId);
        assertThat(row.get("content_type")).isEqualTo("application/pdf");
        assertThat(row.get("sha256")).isEqualTo(sha256(pdf));
        assertThat(row.get("size_bytes")).isEqualTo(pdf.length);
        assertThat((byte[]) row.get("content")).isEqualTo(pdf);
        assertThat((String) row.get("extracted_text")).contains(CvFixtures.FIRST_PAGE, CvFixtures.SECOND_PAGE);
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain("Qx93"));
        assertThat(cvDocuments.text(applicationId)).hasValueSatisfying(text -> assertThat(text)
                .contains(CvFixtures.FIRST_PAGE));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference).count())
                .isEqualTo(1);
    }

    @Test
    void pdfBoxKeepsItsFontSubstitutionWarningsOutOfTheLogButNotItsErrors() {
        // On a machine without the fonts a CV's PDF names, PDFBox would warn several times per CV.
        for (Class<?> font : List.of(PDType1Font.class, PDTrueTypeFont.class, PDCIDFontType2.class)) {
            Logger log = LoggerFactory.getLogger(font);
            assertThat(log.isWarnEnabled()).as(font.getSimpleName()).isFalse();
            assertThat(log.isErrorEnabled()).as(font.getSimpleName()).isTrue();
        }
    }

    @Test
    void theApplicationPartMayComeWithoutAContentType() throws Exception {
        HttpResponse<String> response = http.postMultipart("/api/applications",
                new Part("application", null, null, application(openVacancy).getBytes(StandardCharsets.UTF_8)),
                Part.file("cv", "cv.docx", CvFixtures.docx()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reference = JSON.readTree(response.body()).get("reference").asText();
        assertThat(jdbc.queryForObject("select d.content_type from cv_document d join application a "
                + "on a.id = d.application_id where a.reference = ?", String.class, reference))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void anApplicationWithoutCvStaysPossibleAsJson() {
        HttpResponse<String> response = http.postJson("/api/applications", application(openVacancy));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    static Stream<Arguments> refusedCvs() {
        return Stream.of(
                Arguments.of("a PNG named cv.pdf", "cv.pdf", CvFixtures.png(), 415),
                Arguments.of("a ZIP named cv.pdf", "cv.pdf", CvFixtures.zip(), 415),
                Arguments.of("an executable named cv.pdf", "cv.pdf", CvFixtures.windowsExecutable(), 415),
                Arguments.of("an empty file", "cv.pdf", new byte[0], 400),
                Arguments.of("a password-protected PDF", "cv.pdf", CvFixtures.encryptedPdf(), 400),
                Arguments.of("a scanned PDF", "cv.pdf", CvFixtures.scannedPdf(), 400),
                Arguments.of("a zip bomb DOCX", "cv.docx", CvFixtures.zipBombDocx(), 400),
                Arguments.of("a file of 50 MB", "cv.pdf", CvFixtures.ofSize(50 * 1024 * 1024), 413));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCvs")
    void aRefusedCvIsAProblemNamingTheCvAndStoresNothing(String description, String fileName, byte[] content,
            int status) throws Exception {
        State before = state();

        HttpResponse<String> response = http.postMultipart("/api/applications",
                Part.json("application", application(openVacancy)), Part.file("cv", fileName, content));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("cv");
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain(fileName).doesNotContain("Exception").doesNotContain("at nl.werving");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anApplicationWithoutItsCvPartNamesTheMissingPart() throws Exception {
        State before = state();

        HttpResponse<String> response = http.postMultipart("/api/applications",
                Part.json("application", application(openVacancy)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("cv");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anInvalidApplicationPartNamesItsFieldsAsForJson() throws Exception {
        State before = state();

        HttpResponse<String> response = http.postMultipart("/api/applications",
                Part.json("application", "{\"vacancyId\":\"" + openVacancy
                        + "\",\"privacyNoticeVersion\":\"2026-11\",\"fullName\":\" \",\"email\":\"x\"}"),
                Part.file("cv", "cv.pdf", CvFixtures.pdf()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field"))
                .contains("fullName", "email");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theOpenApiDocumentDescribesBothWaysToApply() throws Exception {
        TestUsers.member(identityService, "itcvreader", WervingGroups.RECRUITERS);

        HttpResponse<String> response = http.as("itcvreader", TestUsers.PASSWORD).get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode content = JSON.readTree(response.body()).at("/paths/~1api~1applications/post/requestBody/content");
        assertThat(content.has("application/json")).as(content.toString()).isTrue();
        JsonNode multipart = content.get("multipart/form-data");
        assertThat(multipart).as(content.toString()).isNotNull();
        assertThat(multipart.at("/encoding/application/contentType").asText()).isEqualTo("application/json");
        List<String> required = new ArrayList<>();
        JSON.readTree(response.body()).at("/components/schemas/SubmitApplication/required")
                .forEach(field -> required.add(field.asText()));
        assertThat(required).as("the fields an application must have")
                .containsExactlyInAnyOrder("vacancyId", "fullName", "email", "privacyNoticeVersion");
    }

    private static String application(UUID vacancyId) {
        return """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"Sam de Vries","email":"sam.devries@example.org","language":"en"}"""
                .formatted(vacancyId);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private State state() {
        return new State(
                jdbc.queryForObject("select count(*) from application", Long.class),
                jdbc.queryForObject("select count(*) from applicant", Long.class),
                jdbc.queryForObject("select count(*) from cv_document", Long.class),
                runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY).count());
    }

    private record State(long applications, long applicants, long cvDocuments, long processInstances) {
    }
}
