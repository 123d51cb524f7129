package nl.werving.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import nl.werving.applicant.Language;
import nl.werving.vacancy.Requirement;
import nl.werving.vacancy.RequirementKind;
import nl.werving.web.PageTexts;
import org.junit.jupiter.api.Test;

class PortalPagesTests {

    private final PortalPages pages = new PortalPages(false);

    @Test
    void theLanguageLinkWinsThenTheBrowsersPreferenceThenDutch() {
        assertThat(PortalPages.language("en", browser("nl"))).isEqualTo(Language.EN);
        assertThat(PortalPages.language("NL", browser("en"))).isEqualTo(Language.NL);
        assertThat(PortalPages.language("de", browser("de-DE,de;q=0.9,en;q=0.8,nl;q=0.5"))).isEqualTo(Language.EN);
        assertThat(PortalPages.language(null, browser("fr,nl-BE;q=0.7"))).isEqualTo(Language.NL);
        assertThat(PortalPages.language(null, browser("fr"))).isEqualTo(Language.NL);
        assertThat(PortalPages.language(null, browser(null))).isEqualTo(Language.NL);
        assertThat(PortalPages.language(null, browser(";;q=x,,"))).as("an unreadable header").isEqualTo(Language.NL);
    }

    @Test
    void requirementsReadAsPlainWordsInBothLanguages() {
        PageTexts en = pages.texts(Language.EN);
        PageTexts nl = pages.texts(Language.NL);
        assertThat(VacancyDescription.inPlainWords(requirement(RequirementKind.SKILL, "Java", 3, null), en))
                .isEqualTo("Java: at least 3 years");
        assertThat(VacancyDescription.inPlainWords(requirement(RequirementKind.SKILL, "Java", 3, null), nl))
                .isEqualTo("Java: minimaal 3 jaar");
        assertThat(VacancyDescription.inPlainWords(requirement(RequirementKind.SKILL, "Kafka", null, null), en))
                .isEqualTo("Kafka");
        assertThat(VacancyDescription.inPlainWords(requirement(RequirementKind.LANGUAGE, "Nederlands", null, "C1"), nl))
                .isEqualTo("Nederlands op niveau C1");
        assertThat(VacancyDescription.inPlainWords(requirement(RequirementKind.LANGUAGE, "Dutch", null, "native"), en))
                .isEqualTo("Dutch at level native speaker");
        assertThat(VacancyDescription.inPlainWords(requirement(RequirementKind.EDUCATION, "hbo-v", null, "hbo"), en))
                .isEqualTo("hbo-v (education level hbo)");
        assertThat(VacancyDescription.inPlainWords(requirement(RequirementKind.CERTIFICATE, "BIG", null, null), nl))
                .isEqualTo("BIG (diploma, certificaat of registratie)");
    }

    @Test
    void everyTextExistsInBothLanguages() throws Exception {
        java.util.Properties english = new java.util.Properties();
        java.util.Properties dutch = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/portal/messages.properties");
                var inNl = getClass().getResourceAsStream("/portal/messages_nl.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            dutch.load(new java.io.InputStreamReader(inNl, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(dutch.keySet()).isEqualTo(english.keySet());
        for (PortalProblem problem : PortalProblem.values()) {
            assertThat(english).containsKeys("problem." + problem.key() + ".title", "problem." + problem.key() + ".text");
        }
    }

    private static Requirement requirement(RequirementKind kind, String label, Integer years, String level) {
        return new Requirement(UUID.randomUUID(), kind, label, List.of(), years, level, true, 5);
    }

    private static HttpServletRequest browser(String acceptLanguage) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getHeader("Accept-Language")).thenReturn(acceptLanguage);
        return request;
    }
}
