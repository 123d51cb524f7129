package nl.werving.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import nl.werving.support.HttpTestClient;
import nl.werving.support.HttpTestClient.Part;

/**
 * One benchmark client submitting applications to Werving's {@code POST /api/applications} as a candidate's browser
 * does: a multipart request with the application's JSON and the CV, over a kept-alive connection. It runs on the
 * same cores as Werving and counts against Werving's side, so it sends the body {@link HttpTestClient} encodes with
 * the JDK's plain blocking {@link HttpURLConnection} on the calling thread: the JDK's asynchronous {@code HttpClient}
 * hands each request to threads of its own and took several times the CPU per request.
 */
final class IntakeClient {

    private static final String BOUNDARY = "werving-bench-boundary";
    private static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    static {
        // The JDK keeps at most this many idle connections per server for reuse (default 5); each client keeps one.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "64");
        }
    }

    private final URL url;
    private final Part cv;

    IntakeClient(int port, String cvFileName, byte[] cv) {
        this.url = toUrl("http://localhost:" + port + "/api/applications");
        this.cv = Part.file("cv", cvFileName, cv);
    }

    /** The answer to one submission. */
    record Answer(int status, String body) {
    }

    /** Submits the application (its JSON) with the CV and reads the whole answer, so the connection can be reused. */
    Answer submit(String applicationJson) throws IOException {
        byte[] body = HttpTestClient.multipartBody(BOUNDARY, Part.json("application", applicationJson), cv);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setInstanceFollowRedirects(false);
        connection.setFixedLengthStreamingMode(body.length);
        connection.setRequestProperty("Content-Type", CONTENT_TYPE);
        connection.setRequestProperty("Accept", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        try (InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return new Answer(status, answer == null ? "" : new String(answer.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static URL toUrl(String address) {
        try {
            return URI.create(address).toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
