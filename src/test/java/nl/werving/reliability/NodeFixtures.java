package nl.werving.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.werving.support.HttpTestClient;
import nl.werving.support.TestUsers;
import nl.werving.support.WervingNode;

/** What the reliability tests set up on a fresh node, and read from its database. */
public final class NodeFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The HR user {@link #openVacancy} makes, with the test users' password. */
    public static final String HR_USER = "nodehr";

    private NodeFixtures() {
    }

    /** An HR user made by the administrator, and an open vacancy made by HR, through the APIs. */
    public static UUID openVacancy(WervingNode node) throws Exception {
        HttpTestClient admin = new HttpTestClient(node.port()).as("admin", TestUsers.ADMIN_PASSWORD);
        assertThat(admin.postJson("/engine-rest/user/create", """
                {"profile":{"id":"%s","firstName":"Node","lastName":"HR","email":"nodehr@example.org"},
                 "credentials":{"password":"%s"}}""".formatted(HR_USER, TestUsers.PASSWORD)).statusCode())
                .isEqualTo(204);
        assertThat(admin.put("/engine-rest/group/hr/members/" + HR_USER, "application/json", "").statusCode())
                .isEqualTo(204);
        HttpTestClient hr = new HttpTestClient(node.port()).as(HR_USER, TestUsers.PASSWORD);
        HttpResponse<String> draft = hr.postJson("/api/vacancies",
                "{\"title\":\"Reliability test vacancy\",\"description\":\"Applications while things break\"}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        UUID id = UUID.fromString(JSON.readTree(draft.body()).get("id").asText());
        HttpResponse<String> opened = hr.post("/api/vacancies/" + id + "/open", "application/json", "");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        return id;
    }

    /** The JSON of an application for the vacancy by a made-up person. */
    public static String application(UUID vacancy, String person) {
        return "{\"vacancyId\":\"" + vacancy + "\",\"privacyNoticeVersion\":\"2026-11\",\"fullName\":\"" + person
                + "\",\"email\":\"" + email(person) + "\"}";
    }

    /** The e-mail address {@link #application} gives this person. */
    public static String email(String person) {
        return person.toLowerCase().replaceAll("[^a-z0-9]", ".") + "@example.org";
    }

    public static String reference(HttpResponse<String> created) throws Exception {
        return JSON.readTree(created.body()).get("reference").asText();
    }

    /** The first column of every row the query returns. */
    public static List<String> column(Connection connection, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
