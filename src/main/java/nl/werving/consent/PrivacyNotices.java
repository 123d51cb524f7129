package nl.werving.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The versioned privacy notice for applicants: {@code privacy-notice/<version>.<lang>.txt} on the classpath, the
 * first line its title. The current version ({@code werving.privacy.notice-version}) is shown at apply time; older
 * versions stay readable, since consents refer to the version the candidate saw. A new version is a new pair of
 * files and a changed property.
 */
@Service
public class PrivacyNotices {

    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern LANGUAGE = Pattern.compile("nl|en");

    /** Published notices by version and language: their files never change while Werving runs. */
    private final Map<String, PrivacyNotice> published = new ConcurrentHashMap<>();
    private final String currentVersion;

    PrivacyNotices(@Value("${werving.privacy.notice-version:2026-11}") String currentVersion) {
        if (!isValidVersion(currentVersion) || notice(currentVersion, "nl").isEmpty()
                || notice(currentVersion, "en").isEmpty()) {
            throw new IllegalStateException("werving.privacy.notice-version names no published privacy notice in "
                    + "both languages: " + currentVersion);
        }
        this.currentVersion = currentVersion;
    }

    public String currentVersion() {
        return currentVersion;
    }

    /** The current notice in the language ({@code nl} or {@code en}). */
    public PrivacyNotice current(String language) {
        return notice(currentVersion, language).orElseThrow();
    }

    /** The notice of this version in the language, if it was published. */
    public Optional<PrivacyNotice> notice(String version, String language) {
        if (!isValidVersion(version) || language == null || !LANGUAGE.matcher(language).matches()) {
            return Optional.empty();
        }
        String file = version + "." + language + ".txt";
        PrivacyNotice known = published.get(file);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PrivacyNotice> read = read(file, version, language);
        read.ifPresent(notice -> published.put(file, notice));
        return read;
    }

    private static Optional<PrivacyNotice> read(String file, String version, String language) {
        ClassPathResource resource = new ClassPathResource("privacy-notice/" + file);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
            int endOfTitle = content.indexOf('\n');
            return Optional.of(new PrivacyNotice(version, language, content.substring(0, endOfTitle).strip(),
                    content.substring(endOfTitle + 1).strip()));
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    /** Whether a notice of this version was published (in Dutch, which every version has). */
    public boolean isPublished(String version) {
        return notice(version, "nl").isPresent();
    }

    private static boolean isValidVersion(String version) {
        return version != null && VERSION.matcher(version).matches();
    }
}
