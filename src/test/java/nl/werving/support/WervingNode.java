package nl.werving.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Werving as its own operating-system process, started from the jar Maven packaged, on a database given to it: for
 * tests that kill it with SIGKILL or run several nodes. Its output goes to {@code target/nodes/<name>-<n>.log}.
 */
public final class WervingNode implements AutoCloseable {

    /** The JVM option that leaves out the optimising server compiler. */
    public static final String CLIENT_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    private WervingNode(String name, int port, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.environment = environment;
    }

    /**
     * A node on the given database, in the production-like {@code postgres} profile, with the integration tests'
     * secrets; {@code settings} are further environment variables (e.g. {@code WERVING_SMTP_PORT}).
     */
    public static WervingNode on(String name, ExtraDatabase database, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_PROFILES_ACTIVE", "postgres");
        environment.put("WERVING_DB_URL", database.url());
        environment.put("WERVING_DB_USER", database.user());
        environment.put("WERVING_DB_PASSWORD", database.password());
        environment.put("WERVING_ADMIN_PASSWORD", TestUsers.ADMIN_PASSWORD);
        environment.put("WERVING_CANDIDATE_LINK_SECRET", PostgresIntegrationTest.CANDIDATE_LINK_SECRET);
        environment.put("WERVING_ASSESSMENT_WEBHOOK_SECRET", PostgresIntegrationTest.ASSESSMENT_WEBHOOK_SECRET);
        int port = TestSmtp.freePort();
        environment.put("WERVING_PORT", Integer.toString(port));
        // The tests' clients all come from this machine's address.
        environment.put("WERVING_RATE_LIMIT_APPLY", "100000");
        environment.put("WERVING_RATE_LIMIT_LINKS", "100000");
        environment.put("WERVING_RATE_LIMIT_LOGINS", "100000");
        environment.put("WERVING_MAX_APPLICATIONS_PER_VACANCY", "100000");
        environment.putAll(settings);
        return new WervingNode(name, port, environment);
    }

    /**
     * The JVM options docs/operations.md gives for a production node on this machine: the heap limit, and on two
     * cores or fewer the client compiler only ({@code -XX:TieredStopAtLevel=1}), whose compilations leave the cores
     * to the work.
     */
    public static List<String> productionJvmOptions() {
        return Runtime.getRuntime().availableProcessors() <= 2
                ? List.of("-Xmx512m", CLIENT_COMPILER_ONLY)
                : List.of("-Xmx512m");
    }

    public int port() {
        return port;
    }

    /** The operating-system process id of the running node. */
    public long pid() {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + " does not run");
        }
        return process.pid();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the process and waits until its health endpoint answers UP. */
    public WervingNode start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " runs already");
        }
        starts++;
        Path log = Path.of("target", "nodes", name + "-" + starts + ".log");
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>();
            command.add(javaExecutable());
            command.addAll(productionJvmOptions());
            command.addAll(List.of("-jar", packagedJar().toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(log);
        return this;
    }

    /** Kills the process with SIGKILL: no shutdown hook, no transaction finished, no lock released. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void awaitReady(Path log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        kill();
        throw new IllegalStateException(name + " did not become ready within " + START_TIMEOUT + "; see " + log);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The executable jar {@code mvn package} made; the integration tests run after that phase. */
    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(path -> path.getFileName().toString().matches("werving-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run mvn verify"));
        }
    }
}
