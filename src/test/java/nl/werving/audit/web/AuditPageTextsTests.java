package nl.werving.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The audit pages speak the staff language, Dutch or English, with the same texts in both. */
class AuditPageTextsTests {

    @Test
    void theStaffLanguageChoosesTheTextsAndTheNumberFormat() {
        AuditTexts dutch = new AuditPages("nl").texts();
        AuditTexts english = new AuditPages("en").texts();

        assertThat(dutch.lang()).isEqualTo("nl");
        assertThat(dutch.get("nav.fairness")).isEqualTo("Eerlijkheidsrapport");
        assertThat(dutch.ratio(0.6667)).isEqualTo("0,667");
        assertThat(dutch.yesNo(true)).isEqualTo("ja");
        assertThat(english.lang()).isEqualTo("en");
        assertThat(english.get("nav.fairness")).isEqualTo("Fairness report");
        assertThat(english.ratio(0.6667)).isEqualTo("0.667");
        assertThat(english.percent(0.5)).isEqualTo("50.0 %");
        assertThat(english.ratio(null)).isEqualTo("–");
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit/messages", "review/messages"})
    void dutchAndEnglishHaveTheSameTexts(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties dutch = load(bundle + "_nl.properties");

        assertThat(english).isNotEmpty();
        assertThat(dutch.keySet()).isEqualTo(english.keySet());
        assertThat(english.values()).allSatisfy(text -> assertThat(text.toString()).doesNotContain("'"));
        assertThat(dutch.values()).allSatisfy(text -> assertThat(text.toString()).doesNotContain("'"));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditPageTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
