package nl.werving.notification.mail;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.werving.applicant.Applicant;
import nl.werving.applicant.Applicants;
import nl.werving.applicant.Language;
import nl.werving.application.Application;
import nl.werving.application.Applications;
import nl.werving.candidate.CandidateLinks;
import nl.werving.candidate.LinkPurpose;
import nl.werving.decision.HumanDecisions;
import nl.werving.interview.InterviewPlanning;
import nl.werving.interview.InterviewSlot;
import nl.werving.notification.MessageType;
import nl.werving.notification.RecipientKind;
import nl.werving.notification.StaffDirectory;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;

/**
 * Composes a message from the data as it is when it is sent: the applicant's name, address and language, the
 * vacancy's title, the reviewer's rejection reason, interview slots, and fresh signed candidate links (valid 30
 * days, the status link 180). Interview invitations go without a calendar attachment for now: the invitation
 * needs every interviewer's address, which only the identity service (process module) knows.
 */
public class DomainMailComposer implements MailComposer {

    static final Duration LINK_VALIDITY = Duration.ofDays(30);
    static final Duration STATUS_LINK_VALIDITY = Duration.ofDays(180);

    private final Applications applications;
    private final Applicants applicants;
    private final Vacancies vacancies;
    private final HumanDecisions decisions;
    private final CandidateLinks links;
    private final InterviewPlanning interviews;
    private final StaffDirectory staff;
    private final MailTemplates templates;
    private final String baseUrl;
    private final ZoneId zone;

    public DomainMailComposer(Applications applications, Applicants applicants, Vacancies vacancies,
            HumanDecisions decisions, CandidateLinks links, InterviewPlanning interviews, StaffDirectory staff,
            MailTemplates templates, String baseUrl, ZoneId zone) {
        this.applications = applications;
        this.applicants = applicants;
        this.vacancies = vacancies;
        this.decisions = decisions;
        this.links = links;
        this.interviews = interviews;
        this.staff = staff;
        this.templates = templates;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.zone = zone;
    }

    @Override
    public Composition compose(OutboxRow row) {
        Optional<Application> found = applications.findById(row.applicationId());
        if (found.isEmpty()) {
            return new Composition.Skip("The application no longer exists");
        }
        Application application = found.get();
        String title = vacancies.findById(application.getVacancyId()).map(Vacancy::getTitle).orElse("");
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", application.getReference().value());
        variables.put("vacancyTitle", title);
        variables.put("round", row.round());
        if (row.recipientKind() == RecipientKind.STAFF) {
            if (row.type() != MessageType.REVIEW_OVERDUE) {
                return new Composition.Skip("No staff template for this message type yet");
            }
            List<String> addresses = staff.emailAddresses(row.recipient());
            if (addresses.isEmpty()) {
                return new Composition.Skip("No e-mail address known for the staff recipient");
            }
            variables.put("reviewLink", baseUrl + "/camunda/app/tasklist/");
            RenderedMail rendered = templates.render(row.type(), Language.EN, variables);
            return send(addresses, rendered);
        }
        Optional<Applicant> applicant = applicants.findById(application.getApplicantId());
        if (applicant.isEmpty()) {
            return new Composition.Skip("The applicant no longer exists");
        }
        Language language = applicant.get().getPreferredLanguage();
        variables.put("name", applicant.get().getFullName());
        addCandidateVariables(row.type(), application, language, variables);
        RenderedMail rendered = templates.render(row.type(), language, variables);
        return send(List.of(applicant.get().getEmail()), rendered);
    }

    private static Composition send(List<String> to, RenderedMail rendered) {
        return new Composition.Send(List.of(new OutgoingMail(to, rendered.subject(), rendered.html(), rendered.text(),
                List.of())));
    }

    private void addCandidateVariables(MessageType type, Application application, Language language,
            Map<String, Object> variables) {
        variables.put("statusLink", link(application, LinkPurpose.STATUS, STATUS_LINK_VALIDITY, language));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language.code())).withZone(zone);
        switch (type) {
            case APPLICATION_RECEIVED -> {
                variables.put("objectLink", link(application, LinkPurpose.OBJECT, LINK_VALIDITY, language));
                variables.put("withdrawLink", link(application, LinkPurpose.WITHDRAW, LINK_VALIDITY, language));
            }
            case REJECTION -> variables.put("rejectionReason",
                    decisions.latestRejectionReason(application.getId()).orElse(null));
            case INTERVIEW_SLOT_PROPOSAL -> {
                variables.put("chooseSlotLink", link(application, LinkPurpose.CHOOSE_SLOT, LINK_VALIDITY, language));
                variables.put("slots", interviews.openSlots(application.getReference()).stream()
                        .map(slot -> format.format(slot.startsAt())).toList());
            }
            case INTERVIEW_INVITATION, INTERVIEW_REMINDER -> variables.put("chosenSlot",
                    interviews.chosenSlot(application.getReference()).map(InterviewSlot::startsAt).map(format::format)
                            .orElse(null));
            case OFFER -> variables.put("answerOfferLink",
                    link(application, LinkPurpose.ANSWER_OFFER, LINK_VALIDITY, language));
            default -> {
                // the status link is all these need
            }
        }
    }

    /** A candidate link, or null when links cannot be made (no secret configured): the templates then leave it out. */
    private String link(Application application, LinkPurpose purpose, Duration validity, Language language) {
        if (!links.available()) {
            return null;
        }
        return baseUrl + "/c/" + links.create(application.getReference(), purpose, validity) + "?lang="
                + language.code();
    }
}
