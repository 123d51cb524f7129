package nl.werving.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda 7.24 CE gets no more security fixes, so Werving closes the engine's known attack paths by configuration:
 * expressions in task queries (ad hoc, inside {@code orQueries}, and stored in filters) and Java-serialized
 * variables. Each test tries the attack, as the most powerful user there is where that matters.
 */
@PostgresIntegrationTest
class CamundaHardeningIntegrationTests {

    /** An expression that would reveal, if evaluated, that the engine evaluated it. */
    private static final String EXPRESSION = "${'probe'.concat('-evaluated')}";
    /** {@code new java.util.ArrayList()} in Java's serialization format. */
    private static final String SERIALIZED_LIST = "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    FilterService filterService;

    private HttpTestClient admin;
    private HttpTestClient recruiter;

    @BeforeEach
    void setUp() {
        TestUsers.member(identityService, "hardeningrecruiter", WervingGroups.RECRUITERS);
        admin = new HttpTestClient(port).as("admin", TestUsers.ADMIN_PASSWORD);
        recruiter = new HttpTestClient(port).as("hardeningrecruiter", TestUsers.PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"assigneeExpression", "candidateGroupsExpression", "dueDateExpression"})
    void anExpressionInAnAdHocTaskQueryIsRefused(String parameter) {
        HttpResponse<String> response = admin.postJson("/engine-rest/task",
                "{\"" + parameter + "\":\"" + EXPRESSION + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Expressions are forbidden").doesNotContain("probe-evaluated");
    }

    @Test
    void anExpressionHiddenInsideOrQueriesIsRefused() {
        HttpResponse<String> response = admin.postJson("/engine-rest/task",
                "{\"orQueries\":[{\"assigneeExpression\":\"" + EXPRESSION + "\",\"assignee\":\"nobody\"}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Expressions are forbidden").doesNotContain("probe-evaluated");
    }

    @Test
    void anExpressionInAnAdHocTaskCountIsRefusedForARecruiterToo() {
        HttpResponse<String> response = recruiter.postJson("/engine-rest/task/count",
                "{\"orQueries\":[{\"candidateUserExpression\":\"" + EXPRESSION + "\"}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Expressions are forbidden");
    }

    @Test
    void tasklistsOwnApiRefusesAnExpressionInsideOrQueries() {
        HttpTestClient browser = new HttpTestClient(port);
        browser.get("/camunda/app/tasklist/default/");
        HttpResponse<String> login = browser.post("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=hardeningrecruiter&password=" + TestUsers.PASSWORD,
                "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
        assertThat(login.statusCode()).isEqualTo(200);
        // The webapps' CSRF token rotates with the session at login: fetch the new one as Tasklist does.
        browser.get("/camunda/api/engine/engine/");

        HttpResponse<String> response = browser.post("/camunda/api/engine/engine/default/task", "application/json",
                "{\"orQueries\":[{\"assigneeExpression\":\"" + EXPRESSION + "\"}]}",
                "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));

        assertThat(response.statusCode()).as(response.body() + response.headers()).isEqualTo(400);
        assertThat(response.body()).contains("Expressions are forbidden").doesNotContain("probe-evaluated");
    }

    @Test
    void aFilterCannotStoreATaskQueryWithAnExpression() {
        long filtersBefore = filterService.createFilterQuery().count();

        HttpResponse<String> response = admin.postJson("/engine-rest/filter/create", """
                {"resourceType":"Task","name":"Expression probe","owner":"admin",
                 "query":{"assigneeExpression":"%s"}}""".formatted(EXPRESSION));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Expressions are forbidden");
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filtersBefore);
    }

    @Test
    void aJavaSerializedVariableIsRefusedAndNothingStarts() {
        long instancesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("HiringProcess")
                .count();

        HttpResponse<String> response = admin.postJson("/engine-rest/process-definition/key/HiringProcess/start", """
                {"businessKey":"serialization-probe","variables":{"payload":{"type":"Object","value":"%s",
                 "valueInfo":{"objectTypeName":"java.util.ArrayList",
                              "serializationDataFormat":"application/x-java-serialized-object"}}}}"""
                .formatted(SERIALIZED_LIST));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("Java serialization is disabled");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("HiringProcess").count())
                .isEqualTo(instancesBefore);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("serialization-probe")
                .count()).isZero();
    }
}
