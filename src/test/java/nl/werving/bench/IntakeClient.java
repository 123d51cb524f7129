package nl.werving.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * One benchmark client submitting applications to Werving's {@code POST /api/applications} as a candidate's browser
 * does: a multipart request with the application's JSON and the CV, over a kept-alive connection. It runs on the
 * same cores as Werving and counts against Werving's side, so it is the JDK's plain blocking
 * {@link HttpURLConnection} on the calling thread: the JDK's asynchronous {@code HttpClient} hands each request to
 * threads of its own and took several times the CPU per request.
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
    private final byte[] cvPart;
    private final byte[] end;

    IntakeClient(int port, String cvFileName, byte[] cv) {
        this.url = toUrl("http://localhost:" + port + "/api/applications");
        byte[] head = ("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"" + cvFileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        this.cvPart = new byte[head.length + cv.length];
        System.arraycopy(head, 0, cvPart, 0, head.length);
        System.arraycopy(cv, 0, cvPart, head.length, cv.length);
        this.end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The answer to one submission. */
    record Answer(int status, String body) {
    }

    /** Submits the application (its JSON) with the CV and reads the whole answer, so the connection can be reused. */
    Answer submit(String applicationJson) throws IOException {
        byte[] json = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"application\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + applicationJson).getBytes(StandardCharsets.UTF_8);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setInstanceFollowRedirects(false);
        connection.setFixedLengthStreamingMode(json.length + cvPart.length + end.length);
        connection.setRequestProperty("Content-Type", CONTENT_TYPE);
        connection.setRequestProperty("Accept", "application/json");
        try (OutputStream body = connection.getOutputStream()) {
            body.write(json);
            body.write(cvPart);
            body.write(end);
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
