package nl.werving.assessment;

import static java.time.temporal.ChronoUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.vacancy.Vacancies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assessment provider's side of the contract in docs/assessment-providers.md: invitations are recorded and
 * queued, and results are taken in only when signed, once.
 */
@PostgresIntegrationTest
class AssessmentWebhookIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = PostgresIntegrationTest.ASSESSMENT_WEBHOOK_SECRET;

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Applications applications;
    @Autowired
    AssessmentInvitations invitations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConfigurableApplicationContext context;

    private final List<AssessmentResultReceived> announced = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload
                && payload.getPayload() instanceof AssessmentResultReceived received) {
            announced.add(received);
        }
    };

    private HttpTestClient http;
    private UUID vacancyId;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        vacancyId = vacancies.publishIfAbsent("Assessment test vacancy", "A vacancy for the assessment tests").getId();
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void tearDown() {
        context.removeApplicationListener(recorder);
    }

    @Test
    void anInvitationIsRecordedAndQueuedForTheCandidateOnce() {
        Invited candidate = invitedCandidate();
        invitations.invite(candidate.applicationId());

        Map<String, Object> assessment = assessment(candidate.reference());
        assertThat(assessment.get("status")).isEqualTo("INVITED");
        assertThat(assessment.get("application_id")).isEqualTo(candidate.applicationId());
        assertThat(assessment.get("invited_at")).isNotNull();
        // The 'postgres' profile configures no provider URL: the recruiter sends the link.
        assertThat(assessment.get("invitation_url")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from assessment where application_id = ?", Long.class,
                candidate.applicationId())).isEqualTo(1);
        assertThat(queuedMessages(candidate.applicationId())).containsOnlyOnce("ASSESSMENT_INVITATION");
    }

    @Test
    void aReminderIsQueuedOnce() {
        Invited candidate = invitedCandidate();

        invitations.remind(candidate.applicationId());
        invitations.remind(candidate.applicationId());

        assertThat(queuedMessages(candidate.applicationId()))
                .containsOnlyOnce("ASSESSMENT_INVITATION", "ASSESSMENT_REMINDER");
    }

    @Test
    void aSignedResultIsStoredAndAnnouncedExactlyOnce() throws Exception {
        Invited candidate = invitedCandidate();
        String body = result(72, true, "res-72");

        HttpResponse<String> response = postSigned(candidate.reference(), body, SECRET, now());

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode stored = JSON.readTree(response.body());
        assertThat(stored.get("reference").asText()).isEqualTo(candidate.reference());
        assertThat(stored.get("score").asInt()).isEqualTo(72);
        assertThat(stored.get("completed").asBoolean()).isTrue();
        assertThat(stored.get("providerResultId").asText()).isEqualTo("res-72");
        assertThat(Instant.parse(stored.get("receivedAt").asText())).isCloseTo(Instant.now(), within(1, MINUTES));
        Map<String, Object> assessment = assessment(candidate.reference());
        assertThat(assessment).containsEntry("status", "RESULT_RECEIVED").containsEntry("score", 72)
                .containsEntry("completed", true).containsEntry("provider_result_id", "res-72");
        assertThat(assessment.get("received_at")).isNotNull();
        assertThat(announcedFor(candidate.reference()))
                .containsExactly(new AssessmentResultReceived(new ApplicationReference(candidate.reference()), 72));
    }

    @Test
    void aDuplicateResultAnswersTheStoredOneAndIsNotAnnouncedAgain() throws Exception {
        Invited candidate = invitedCandidate();
        assertThat(postSigned(candidate.reference(), result(64, true, "res-first"), SECRET, now()).statusCode())
                .isEqualTo(202);

        HttpResponse<String> again = postSigned(candidate.reference(), result(64, true, "res-first"), SECRET, now());
        HttpResponse<String> different = postSigned(candidate.reference(), result(98, false, "res-second"), SECRET,
                now());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(different.statusCode()).isEqualTo(200);
        JsonNode stored = JSON.readTree(different.body());
        assertThat(stored.get("score").asInt()).isEqualTo(64);
        assertThat(stored.get("providerResultId").asText()).isEqualTo("res-first");
        assertThat(assessment(candidate.reference())).containsEntry("score", 64).containsEntry("completed", true);
        assertThat(announcedFor(candidate.reference())).hasSize(1);
    }

    @Test
    void twoDeliveriesAtOnceAreStoredAndAnnouncedOnce() {
        Invited candidate = invitedCandidate();
        String body = result(81, true, "res-race");
        long t = now();

        List<Integer> statuses = Stream.of(1, 2)
                .map(i -> CompletableFuture.supplyAsync(() -> postSigned(candidate.reference(), body, SECRET, t)))
                .toList().stream()
                .map(future -> future.join().statusCode())
                .toList();

        assertThat(statuses).containsExactlyInAnyOrder(202, 200);
        assertThat(announcedFor(candidate.reference())).hasSize(1);
    }

    @Test
    void aResultSignedWithAnotherSecretIsRefusedAndNothingIsStored() throws Exception {
        Invited candidate = invitedCandidate();

        HttpResponse<String> response = postSigned(candidate.reference(), result(90, true, "res-forged"),
                "a-guessed-secret", now());

        assertUnauthorized(response);
        assertNothingStored(candidate);
    }

    @Test
    void aTamperedBodyIsRefusedAndNothingIsStored() throws Exception {
        Invited candidate = invitedCandidate();
        long t = now();
        String header = signature(SECRET, t, candidate.reference(), result(40, true, "res-1"));

        HttpResponse<String> response = http.post(path(candidate.reference()), "application/json",
                result(95, true, "res-1"), "Werving-Signature", header);

        assertUnauthorized(response);
        assertNothingStored(candidate);
    }

    @Test
    void anUnsignedResultIsRefusedAndNothingIsStored() throws Exception {
        Invited candidate = invitedCandidate();

        HttpResponse<String> missing = http.postJson(path(candidate.reference()), result(90, true, "res-1"));
        HttpResponse<String> malformed = http.post(path(candidate.reference()), "application/json",
                result(90, true, "res-1"), "Werving-Signature", "sha256=deadbeef");

        assertUnauthorized(missing);
        assertUnauthorized(malformed);
        assertNothingStored(candidate);
    }

    @Test
    void aResultSignedForAnotherApplicationIsRefused() throws Exception {
        Invited candidate = invitedCandidate();
        Invited other = invitedCandidate();
        String body = result(90, true, "res-1");

        HttpResponse<String> replayed = http.post(path(candidate.reference()), "application/json", body,
                "Werving-Signature", signature(SECRET, now(), other.reference(), body));

        assertUnauthorized(replayed);
        assertThat(JSON.readTree(replayed.body()).get("detail").asText()).contains("reference");
        assertNothingStored(candidate);
    }

    @Test
    void aResultSignedWithTheFirstSchemeIsRefusedWithItsReason() throws Exception {
        Invited candidate = invitedCandidate();
        String body = result(90, true, "res-1");
        String v2 = signature(SECRET, now(), candidate.reference(), body);

        HttpResponse<String> v1 = http.post(path(candidate.reference()), "application/json", body,
                "Werving-Signature", v2.replace(",v2=", ",v1="));

        assertUnauthorized(v1);
        assertThat(JSON.readTree(v1.body()).get("detail").asText()).contains("v1", "v2");
        assertNothingStored(candidate);
    }

    @Test
    void aReplayedResultWithAnOldTimestampIsRefused() throws Exception {
        Invited candidate = invitedCandidate();

        HttpResponse<String> replayed = postSigned(candidate.reference(), result(90, true, "res-1"), SECRET,
                now() - 301);
        // Well past the 300 s tolerance: the server reads its clock a moment after the test did, which brings a
        // timestamp just past the limit back inside it.
        HttpResponse<String> fromTheFuture = postSigned(candidate.reference(), result(90, true, "res-1"), SECRET,
                now() + 330);

        assertUnauthorized(replayed);
        assertThat(JSON.readTree(replayed.body()).get("detail").asText()).contains("timestamp");
        assertUnauthorized(fromTheFuture);
        assertNothingStored(candidate);
    }

    @Test
    void aResultForAnUnknownReferenceIsNotFound() throws Exception {
        String body = result(70, true, "res-1");

        HttpResponse<String> unknown = postSigned(ApplicationReference.random().value(), body, SECRET, now());
        HttpResponse<String> malformed = postSigned("not-a-reference", body, SECRET, now());
        Invited notInvited = submittedCandidate();
        HttpResponse<String> uninvited = postSigned(notInvited.reference(), body, SECRET, now());

        for (HttpResponse<String> response : List.of(unknown, malformed, uninvited)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertProblem(response);
        }
        assertThat(announced).isEmpty();
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of("score above 100", "{\"score\":101,\"completed\":true,\"providerResultId\":\"r\"}", "score"),
                Arguments.of("negative score", "{\"score\":-1,\"completed\":true,\"providerResultId\":\"r\"}", "score"),
                Arguments.of("missing score", "{\"completed\":true,\"providerResultId\":\"r\"}", "score"),
                Arguments.of("fractional score", "{\"score\":72.5,\"completed\":true,\"providerResultId\":\"r\"}", "score"),
                Arguments.of("score as text", "{\"score\":\"72\",\"completed\":true,\"providerResultId\":\"r\"}", "score"),
                Arguments.of("missing completed", "{\"score\":72,\"providerResultId\":\"r\"}", "completed"),
                Arguments.of("completed as number", "{\"score\":72,\"completed\":1,\"providerResultId\":\"r\"}", "completed"),
                Arguments.of("missing result id", "{\"score\":72,\"completed\":true}", "providerResultId"),
                Arguments.of("blank result id", "{\"score\":72,\"completed\":true,\"providerResultId\":\" \"}",
                        "providerResultId"),
                Arguments.of("oversized result id", "{\"score\":72,\"completed\":true,\"providerResultId\":\""
                        + "r".repeat(101) + "\"}", "providerResultId"),
                Arguments.of("unknown field", "{\"score\":72,\"completed\":true,\"providerResultId\":\"r\","
                        + "\"emotion\":\"calm\"}", "emotion"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void anInvalidBodyIsAProblemNamingTheFieldAndStoresNothing(String description, String body, String field)
            throws Exception {
        Invited candidate = invitedCandidate();

        HttpResponse<String> response = postSigned(candidate.reference(), body, SECRET, now());

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly(field);
        assertNothingStored(candidate);
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() throws Exception {
        Invited candidate = invitedCandidate();

        HttpResponse<String> response = postSigned(candidate.reference(), "{\"score\": ", SECRET, now());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("not well-formed JSON");
        assertNothingStored(candidate);
    }

    @Test
    void aResultMustBeSentAsJson() {
        Invited candidate = invitedCandidate();
        String body = result(70, true, "res-1");

        HttpResponse<String> response = http.post(path(candidate.reference()), "text/plain", body,
                "Werving-Signature", signature(SECRET, now(), candidate.reference(), body));

        assertThat(response.statusCode()).isEqualTo(415);
        assertProblem(response);
        assertNothingStored(candidate);
    }

    @Test
    void onlyTheResultWebhookIsPublic() {
        Invited candidate = invitedCandidate();

        assertThat(http.get(path(candidate.reference())).statusCode()).isEqualTo(401);
        assertThat(http.get("/demo/assessment-provider?reference=" + candidate.reference()).statusCode())
                .isIn(302, 401);
    }

    private Invited submittedCandidate() {
        HttpResponse<String> response = http.postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"Ada Assessed","email":"ada.assessed@example.org","language":"en"}"""
                .formatted(vacancyId));
        assertThat(response.statusCode()).isEqualTo(201);
        try {
            String reference = JSON.readTree(response.body()).get("reference").asText();
            UUID applicationId = applications.findByReference(new ApplicationReference(reference)).orElseThrow().getId();
            return new Invited(applicationId, reference);
        } catch (Exception exception) {
            throw new AssertionError(exception);
        }
    }

    private Invited invitedCandidate() {
        Invited candidate = submittedCandidate();
        invitations.invite(candidate.applicationId());
        return candidate;
    }

    private HttpResponse<String> postSigned(String reference, String body, String secret, long t) {
        return http.post(path(reference), "application/json", body, "Werving-Signature",
                signature(secret, t, reference, body));
    }

    /** Signs the way docs/assessment-providers.md tells providers to, independently of Werving's own code. */
    private static String signature(String secret, long t, String reference, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] hmac = mac.doFinal((t + "." + reference + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + t + ",v2=" + HexFormat.of().formatHex(hmac);
        } catch (GeneralSecurityException exception) {
            throw new AssertionError(exception);
        }
    }

    private static String result(int score, boolean completed, String providerResultId) {
        return "{\"score\":%d,\"completed\":%b,\"providerResultId\":\"%s\"}".formatted(score, completed,
                providerResultId);
    }

    private static String path(String reference) {
        return "/api/assessments/" + reference + "/result";
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private Map<String, Object> assessment(String reference) {
        return jdbc.queryForMap("select * from assessment where reference = ?", reference);
    }

    private List<String> queuedMessages(UUID applicationId) {
        return jdbc.queryForList("""
                select type from outbound_message
                where application_id = ? and recipient_kind = 'CANDIDATE' and round = 1 and status = 'PENDING'""",
                String.class, applicationId);
    }

    private List<AssessmentResultReceived> announcedFor(String reference) {
        return announced.stream().filter(event -> event.reference().value().equals(reference)).toList();
    }

    private void assertNothingStored(Invited candidate) {
        Map<String, Object> assessment = assessment(candidate.reference());
        assertThat(assessment.get("status")).isEqualTo("INVITED");
        assertThat(assessment.get("score")).isNull();
        assertThat(assessment.get("received_at")).isNull();
        assertThat(announcedFor(candidate.reference())).isEmpty();
    }

    private static void assertUnauthorized(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response);
        assertThat(JSON.readTree(response.body()).get("title").asText()).isEqualTo("Invalid signature");
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at nl.werving");
    }

    private record Invited(UUID applicationId, String reference) {
    }
}
