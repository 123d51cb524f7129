package nl.werving.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A user logged into Camunda's webapps the way Tasklist logs in: a session cookie and Camunda's CSRF token, then
 * the webapps' own engine API under {@code /camunda/api/engine/engine/default/...} (what Tasklist calls).
 */
public final class CamundaWebappSession {

    public static final String ENGINE_API = "/camunda/api/engine/engine/default";

    private final HttpTestClient http;
    private String csrfToken;

    private CamundaWebappSession(HttpTestClient http, String csrfToken) {
        this.http = http;
        this.csrfToken = csrfToken;
    }

    /** Logs the user into Tasklist; fails the test when the login is refused. */
    public static CamundaWebappSession logInToTasklist(int port, String user, String password) {
        HttpTestClient http = new HttpTestClient(port);
        http.get("/camunda/app/tasklist/default/");
        HttpResponse<String> login = http.post("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=" + encode(user) + "&password=" + encode(password),
                "X-XSRF-TOKEN", http.cookie("XSRF-TOKEN"));
        assertThat(login.statusCode()).as("Tasklist login of %s: %s", user, login.body()).isEqualTo(200);
        // The token rotates at login: take the one the login response sets.
        return new CamundaWebappSession(http, token(login).orElseGet(() -> http.cookie("XSRF-TOKEN")));
    }

    /** A GET on the webapps' engine API, e.g. {@code get("/task?processInstanceBusinessKey=...")}. */
    public HttpResponse<String> get(String enginePath) {
        HttpResponse<String> response = http.get(ENGINE_API + enginePath);
        token(response).ifPresent(token -> csrfToken = token);
        return response;
    }

    /** A JSON POST on the webapps' engine API with the session's CSRF token (as Tasklist sends filter queries). */
    public HttpResponse<String> postJson(String enginePath, String json) {
        HttpResponse<String> response = http.post(ENGINE_API + enginePath, "application/json", json,
                "X-XSRF-TOKEN", csrfToken);
        token(response).ifPresent(token -> csrfToken = token);
        return response;
    }

    /** The CSRF token a response sets, if it sets one. */
    private static Optional<String> token(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length()).split(";", 2)[0])
                .reduce((first, last) -> last);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
