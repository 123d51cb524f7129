package nl.werving.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.werving.applicant.Language;
import nl.werving.notification.MessageType;
import nl.werving.notification.RecipientKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTests {

    private final MailTemplates templates = new MailTemplates(null);

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyTypeHasASubjectAnHtmlAndATextBodyInBothLanguagesForEachOfItsRecipients(MessageType type) {
        int rendered = 0;
        for (RecipientKind kind : RecipientKind.values()) {
            if (!type.isFor(kind)) {
                assertThatThrownBy(() -> templates.render(type, kind, Language.EN, SampleMailData.variables(Language.EN)))
                        .isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            for (Language language : Language.values()) {
                RenderedMail mail = templates.render(type, kind, language, SampleMailData.variables(language));

                assertThat(mail.subject()).isNotBlank().doesNotContain("${").doesNotContain("\n");
                assertThat(mail.html()).contains("<html lang=\"" + language.code() + "\"").doesNotContain("${")
                        .doesNotContainPattern(" th:[a-z]+=");
                assertThat(mail.text()).isNotBlank().doesNotContain("${").doesNotContain("[#").doesNotContain("[/]");
                rendered++;
            }
        }
        assertThat(rendered).isPositive();
    }

    @Test
    void interviewersAreNeverToldTheCandidatesName() {
        for (Language language : Language.values()) {
            RenderedMail mail = templates.render(MessageType.INTERVIEW_INVITATION, RecipientKind.STAFF, language,
                    SampleMailData.variables(language));

            assertThat(mail.subject() + mail.text() + mail.html()).doesNotContain("Sam de Vries")
                    .contains("WRV-SAMPLE01", "Ilse de Jong", "https://meet.werving.example/sample-room");
        }
    }

    @Test
    void theApplicationReceivedMailExplainsScreeningAndLinksToObjectionAndStatus() {
        Map<String, Object> variables = SampleMailData.variables(Language.NL);
        variables.put("objectLink", "https://werving.example/c/object");
        variables.put("statusLink", "https://werving.example/c/status");

        RenderedMail mail = templates.render(MessageType.APPLICATION_RECEIVED, Language.NL, variables);

        assertThat(mail.subject()).isEqualTo("We hebben je sollicitatie voor Medewerker klantenservice ontvangen");
        assertThat(mail.text()).contains("Beste Sam de Vries,", "een mens", "elke afwijzing", "vier weken",
                "https://werving.example/c/object", "https://werving.example/c/status");
        assertThat(mail.html()).contains("href=\"https://werving.example/c/object\"");
    }

    @Test
    void aRejectionCarriesTheReviewersReasonAndTheOfferToExplainAndContest() {
        RenderedMail mail = templates.render(MessageType.REJECTION, Language.EN, SampleMailData.variables(Language.EN));

        assertThat(mail.text()).contains("experience with business customers", "explanation", "reconsidered",
                "reply to this e-mail", "May we keep your details for one year",
                "https://werving.example/c/sample-token?lang=en");
    }

    @Test
    void theAssessmentInvitationLinksToTheProviderWhenThereIsALink() {
        Map<String, Object> withLink = SampleMailData.variables(Language.EN);
        Map<String, Object> withoutLink = SampleMailData.variables(Language.EN);
        withoutLink.remove("assessmentLink");

        RenderedMail linked = templates.render(MessageType.ASSESSMENT_INVITATION, Language.EN, withLink);
        RenderedMail unlinked = templates.render(MessageType.ASSESSMENT_INVITATION, Language.EN, withoutLink);

        assertThat(linked.text()).contains("https://assessments.werving.example/start?reference=WRV-SAMPLE01")
                .doesNotContain("assessment partner");
        assertThat(linked.html()).contains("href=\"https://assessments.werving.example/start?reference=WRV-SAMPLE01\"");
        assertThat(unlinked.text()).contains("assessment partner").doesNotContain("https://assessments");
    }

    @Test
    void aRejectionWithoutAReasonLeavesTheSentenceOut() {
        Map<String, Object> variables = SampleMailData.variables(Language.EN);
        variables.remove("rejectionReason");

        RenderedMail mail = templates.render(MessageType.REJECTION, Language.EN, variables);

        assertThat(mail.text()).doesNotContain("The reviewer gave this reason");
    }

    @Test
    void theInterviewReminderGivesTheTimeOfTomorrowsInterviewAndHowToReachTheTeam() {
        Map<String, Object> variables = SampleMailData.variables(Language.NL);
        variables.put("statusLink", "https://werving.example/c/status");

        RenderedMail mail = templates.render(MessageType.INTERVIEW_REMINDER, Language.NL, variables);

        assertThat(mail.subject()).isEqualTo("Herinnering: morgen je gesprek over Medewerker klantenservice");
        assertThat(mail.text()).contains("Beste Sam de Vries,", "morgen", "maandag 2 maart 2026 10:00",
                "Nederlandse tijd", "Beantwoord dan deze e-mail", "https://werving.example/c/status");
        assertThat(mail.html()).contains("maandag 2 maart 2026 10:00", "href=\"https://werving.example/c/status\"");
    }

    @Test
    void anInterviewReminderWithoutAKnownSlotPointsToTheInvitation() {
        Map<String, Object> variables = SampleMailData.variables(Language.EN);
        variables.remove("chosenSlot");

        RenderedMail mail = templates.render(MessageType.INTERVIEW_REMINDER, Language.EN, variables);

        assertThat(mail.subject()).isEqualTo("Reminder: your interview for Customer service officer tomorrow");
        assertThat(mail.text()).contains("tomorrow, at the time in your invitation", "reply to this e-mail")
                .doesNotContain("Amsterdam time");
    }

    @Test
    void valuesAreEscapedInHtml() {
        Map<String, Object> variables = SampleMailData.variables(Language.EN);
        variables.put("name", "<script>x</script>");

        RenderedMail mail = templates.render(MessageType.OFFER, Language.EN, variables);

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void aTemplateInTheOverrideDirectoryReplacesTheBuiltInOneWithoutARestart(@TempDir Path directory)
            throws IOException {
        MailTemplates overridable = new MailTemplates(directory);
        Map<String, Object> variables = SampleMailData.variables(Language.EN);
        assertThat(overridable.render(MessageType.OFFER, Language.EN, variables).subject())
                .startsWith("An offer for");

        Files.createDirectories(directory.resolve("en"));
        Files.writeString(directory.resolve("en/OFFER.txt"), "Our offer, [(${name})]\n\nHello [(${name})]!\n");
        Files.writeString(directory.resolve("en/OFFER.html"), "<p th:text=\"${name}\">x</p>");

        RenderedMail mail = overridable.render(MessageType.OFFER, Language.EN, variables);
        assertThat(mail.subject()).isEqualTo("Our offer, Sam de Vries");
        assertThat(mail.text()).isEqualTo("Hello Sam de Vries!\n");
        assertThat(mail.html()).isEqualTo("<p>Sam de Vries</p>");
        assertThat(overridable.render(MessageType.OFFER, Language.NL, SampleMailData.variables(Language.NL))
                .subject()).startsWith("Een aanbod");
    }
}
