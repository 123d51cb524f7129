package nl.werving.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shipped models (processes/*.bpmn, processes/*.dmn, forms/*.form) and the test fixture models. */
final class ModelFiles {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");

    private ModelFiles() {
    }

    static List<Path> bpmn() {
        return files(PROCESSES, ".bpmn");
    }

    static List<Path> dmn() {
        return files(PROCESSES, ".dmn");
    }

    static List<Path> forms() {
        return files(FORMS, ".form");
    }

    static List<Path> all() {
        return Stream.of(bpmn(), dmn(), forms()).flatMap(List::stream).toList();
    }

    /** A fixture model under src/test/resources/models/. */
    static Path fixture(String path) {
        URL url = ModelFiles.class.getClassLoader().getResource("models/" + path);
        if (url == null) {
            throw new IllegalArgumentException("no fixture models/" + path);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException exception) {
            throw new IllegalStateException(exception);
        }
    }

    private static List<Path> files(Path directory, String suffix) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException(directory.toAbsolutePath() + " is missing: run the tests from the project root");
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
