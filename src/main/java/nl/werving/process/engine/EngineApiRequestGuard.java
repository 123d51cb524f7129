package nl.werving.process.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes attack paths that Camunda 7.24 CE leaves open in its REST APIs (the engine's {@code /engine-rest} and
 * the webapps' {@code /camunda/api/engine}), for every user, administrators included:
 * <ul>
 *   <li>an expression anywhere in a task query or a filter, also inside {@code orQueries}, which the engine's own
 *   switch ({@code enableExpressionsInAdhocQueries}) does not check;</li>
 *   <li>a variable in Java's serialization format, which the engine refuses only after it failed inside a command
 *   (a 500) and which must never reach it.</li>
 * </ul>
 * Both are answered with a 400 in the REST API's error format, before the engine sees the request.
 */
class EngineApiRequestGuard extends OncePerRequestFilter {

    static final String JAVA_SERIALIZATION = "application/x-java-serialized-object";
    private static final Pattern TASK_QUERY_PATH =
            Pattern.compile(".*/(task(/count)?|filter(/create|/[^/]+(/list|/count|/singleResult)?))/?$");
    private static final String EXPRESSION_SUFFIX = "Expression";

    private final ObjectMapper json;

    EngineApiRequestGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean taskQuery = TASK_QUERY_PATH.matcher(request.getRequestURI()).matches();
        if (taskQuery) {
            Optional<String> parameter = request.getParameterMap().keySet().stream()
                    .filter(name -> name.endsWith(EXPRESSION_SUFFIX)).findFirst();
            if (parameter.isPresent()) {
                refuse(response, expressionsForbidden(parameter.get()));
                return;
            }
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        if (text.contains(JAVA_SERIALIZATION)) {
            refuse(response, "Java serialization is disabled: send object variables as JSON (serializationDataFormat "
                    + "application/json) or as primitive values");
            return;
        }
        if (taskQuery && isJson(request)) {
            Optional<String> field = expressionField(body);
            if (field.isPresent()) {
                refuse(response, expressionsForbidden(field.get()));
                return;
            }
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    private static boolean isJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase().contains("json");
    }

    /** The first field anywhere in the JSON whose name marks an expression; none for a body that is not JSON. */
    private Optional<String> expressionField(byte[] body) {
        try {
            return expressionField(json.readTree(body));
        } catch (IOException notJson) {
            // Malformed JSON is the REST API's to refuse.
            return Optional.empty();
        }
    }

    private static Optional<String> expressionField(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().endsWith(EXPRESSION_SUFFIX)) {
                    return Optional.of(field.getKey());
                }
                Optional<String> nested = expressionField(field.getValue());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<String> nested = expressionField(element);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }

    private static String expressionsForbidden(String field) {
        return "Expressions are forbidden in task queries and filters (" + field + "); use fixed values";
    }

    private void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(),
                Map.of("type", "InvalidRequestException", "message", message));
    }

    /** The request with its body read once and served again to the REST API. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already buffered");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
        }
    }
}
