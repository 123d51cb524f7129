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
import nl.werving.candidate.DataRequestLinks;
import nl.werving.candidate.LinkPurpose;
import nl.werving.datarequest.DataRequestType;
import nl.werving.decision.DecisionReview;
import nl.werving.decision.DecisionReviews;
import nl.werving.decision.HumanDecisions;
import nl.werving.decision.ReviewOutcome;
import nl.werving.decision.ReviewSubject;
import nl.werving.interview.InterviewPlanning;
import nl.werving.interview.ScheduledInterview;
import nl.werving.notification.MailContent;
import nl.werving.notification.MessageType;
import nl.werving.notification.RecipientKind;
import nl.werving.notification.StaffDirectory;
import nl.werving.notification.StaffDirectory.StaffMember;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;

/**
 * Composes a message from the data as it is when it is sent: the applicant's name, address and language, the
 * vacancy's title, the reviewer's rejection reason, interview slots and times, fresh signed candidate links
 * (valid 30 days, the status link 180), and for interview invitations and updates the recipient's calendar
 * invitation at the round's current revision. Staff
 * get their templates in {@code staffLanguage}; interviewers' mails never name the candidate.
 */
public class DomainMailComposer implements MailComposer {

    static final Duration LINK_VALIDITY = Duration.ofDays(30);
    static final Duration STATUS_LINK_VALIDITY = Duration.ofDays(180);
    /** A data request's confirmation link: long enough to find the mail, short enough to be about this request. */
    static final Duration CONFIRMATION_LINK_VALIDITY = Duration.ofDays(7);
    /** The data export's download link: short-lived, as it hands out everything we hold about the person. */
    static final Duration DOWNLOAD_LINK_VALIDITY = Duration.ofDays(3);

    private final Applications applications;
    private final Applicants applicants;
    private final Vacancies vacancies;
    private final HumanDecisions decisions;
    private final DecisionReviews reviews;
    private final CandidateLinks links;
    private final InterviewPlanning interviews;
    private final InterviewInvitations invitations;
    private final StaffDirectory staff;
    private final MailTemplates templates;
    private final String baseUrl;
    private final ZoneId zone;
    private final Language staffLanguage;
    private final List<MailContent> contents;

    DomainMailComposer(Applications applications, Applicants applicants, Vacancies vacancies,
            HumanDecisions decisions, DecisionReviews reviews, CandidateLinks links, InterviewPlanning interviews,
            InterviewInvitations invitations, StaffDirectory staff, MailTemplates templates, String baseUrl,
            ZoneId zone, Language staffLanguage, List<MailContent> contents) {
        this.applications = applications;
        this.applicants = applicants;
        this.vacancies = vacancies;
        this.decisions = decisions;
        this.reviews = reviews;
        this.links = links;
        this.interviews = interviews;
        this.invitations = invitations;
        this.staff = staff;
        this.templates = templates;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.zone = zone;
        this.staffLanguage = staffLanguage;
        this.contents = List.copyOf(contents);
    }

    @Override
    public Composition compose(OutboxRow row) {
        if (!row.type().isFor(row.recipientKind())) {
            return new Composition.Skip(row.type() + " is not a message to " + row.recipientKind());
        }
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
        return row.recipientKind() == RecipientKind.STAFF
                ? composeForStaff(row, application, variables)
                : composeForCandidate(row, application, variables);
    }

    private Composition composeForStaff(OutboxRow row, Application application, Map<String, Object> variables) {
        variables.put("tasklistLink", baseUrl + "/camunda/app/tasklist/");
        if (row.type() == MessageType.INTERVIEW_INVITATION || row.type() == MessageType.INTERVIEW_UPDATE
                || row.type() == MessageType.INTERVIEW_CANCELLATION) {
            int round = interviewRound(row, application);
            StaffMember interviewer = invitations.member(row.recipient());
            ScheduledInterview interview = scheduled(application, round);
            variables.put("round", round);
            variables.put("staffName", interviewer.displayName());
            variables.put("interviewTime", format(interview, staffLanguage));
            variables.put("location", interview.location());
            RenderedMail rendered = templates.render(row.type(), RecipientKind.STAFF, staffLanguage, variables);
            return send(List.of(interviewer.email()), rendered,
                    List.of(invitations.forInterviewer(application.getId(), round, interviewer)));
        }
        List<String> addresses = staff.emailAddresses(row.recipient());
        if (addresses.isEmpty()) {
            return new Composition.Skip("No e-mail address known for the staff recipient");
        }
        return send(addresses, templates.render(row.type(), RecipientKind.STAFF, staffLanguage, variables), List.of());
    }

    private Composition composeForCandidate(OutboxRow row, Application application, Map<String, Object> variables) {
        Optional<Applicant> applicant = applicants.findById(application.getApplicantId());
        if (applicant.isEmpty()) {
            return new Composition.Skip("The applicant no longer exists");
        }
        Language language = applicant.get().getPreferredLanguage();
        variables.put("name", applicant.get().getFullName());
        variables.put("statusLink", link(application, LinkPurpose.STATUS, STATUS_LINK_VALIDITY, language));
        List<OutgoingMail.Attachment> attachments = List.of();
        switch (row.type()) {
            case APPLICATION_RECEIVED -> {
                variables.put("objectLink", link(application, LinkPurpose.OBJECT, LINK_VALIDITY, language));
                variables.put("withdrawLink", link(application, LinkPurpose.WITHDRAW, LINK_VALIDITY, language));
            }
            case REJECTION -> {
                variables.put("rejectionReason", decisions.latestRejectionReason(application.getId()).orElse(null));
                variables.put("talentPoolLink",
                        link(application, LinkPurpose.TALENT_POOL_CONSENT, LINK_VALIDITY, language));
            }
            case TALENT_POOL_RENEWAL -> {
                variables.put("talentPoolLink",
                        link(application, LinkPurpose.TALENT_POOL_CONSENT, LINK_VALIDITY, language));
                variables.put("withdrawConsentLink",
                        link(application, LinkPurpose.WITHDRAW_TALENT_POOL_CONSENT, LINK_VALIDITY, language));
            }
            case INTERVIEW_SLOT_PROPOSAL -> {
                DateTimeFormatter format = formatter(language);
                variables.put("chooseSlotLink", link(application, LinkPurpose.CHOOSE_SLOT, LINK_VALIDITY, language));
                variables.put("slots", interviews.openSlots(application.getReference()).stream()
                        .map(slot -> format.format(slot.startsAt())).toList());
            }
            case INTERVIEW_INVITATION, INTERVIEW_UPDATE -> {
                int round = interviewRound(row, application);
                ScheduledInterview interview = scheduled(application, round);
                variables.put("round", round);
                variables.put("chosenSlot", format(interview, language));
                variables.put("location", interview.location());
                variables.put("rescheduleLink",
                        link(application, LinkPurpose.RESCHEDULE_INTERVIEW, LINK_VALIDITY, language));
                variables.put("withdrawLink", link(application, LinkPurpose.WITHDRAW, LINK_VALIDITY, language));
                attachments = List.of(invitations.forCandidate(application.getId(), round));
            }
            case INTERVIEW_REMINDER -> {
                ScheduledInterview interview = scheduled(application, row.round());
                variables.put("chosenSlot", format(interview, language));
                variables.put("location", interview.location());
            }
            case WITHDRAWAL_CONFIRMATION -> {
                Optional<ScheduledInterview> cancelled = interviews.newestScheduled(application.getId())
                        .filter(ScheduledInterview::cancelled);
                if (cancelled.isPresent()) {
                    variables.put("cancelledInterview", format(cancelled.get(), language));
                    attachments = List.of(invitations.forCandidate(application.getId(), cancelled.get().round()));
                }
            }
            case DATA_REQUEST_CONFIRMATION -> {
                DataRequestType type = DataRequestLinks.confirmationType(row.round()).orElseThrow(
                        () -> new IllegalStateException("Round " + row.round() + " names no data request"));
                variables.put("requestType", type.name());
                variables.put("confirmLink", link(application, DataRequestLinks.confirmation(type),
                        CONFIRMATION_LINK_VALIDITY, language));
            }
            case DATA_EXPORT_READY -> variables.put("downloadLink",
                    link(application, LinkPurpose.DOWNLOAD_DATA_EXPORT, DOWNLOAD_LINK_VALIDITY, language));
            case DECISION_REVIEW_OUTCOME -> {
                DecisionReview review = reviews.find(application.getId(), row.round()).filter(found ->
                        found.outcome().isPresent()).orElseThrow(() -> new IllegalStateException(
                                "Review " + row.round() + " has no outcome"));
                variables.put("reviewOverturned", review.outcome().get() == ReviewOutcome.OVERTURNED);
                variables.put("reviewReason", review.outcomeReason());
                variables.put("reviewOfRejection", review.subject() == ReviewSubject.REJECTION);
            }
            case OFFER -> variables.put("answerOfferLink",
                    link(application, LinkPurpose.ANSWER_OFFER, LINK_VALIDITY, language));
            default -> {
                // the status link is all these need
            }
        }
        contents.forEach(content -> content.addTo(row.type(), application.getId(), variables));
        RenderedMail rendered = templates.render(row.type(), RecipientKind.CANDIDATE, language, variables);
        return send(List.of(applicant.get().getEmail()), rendered, attachments);
    }

    /**
     * The interview round a message is about: an invitation is numbered by its round; an update (numbered per
     * application) is about the newest round with a chosen slot, at that round's current revision.
     */
    private int interviewRound(OutboxRow row, Application application) {
        if (row.type() != MessageType.INTERVIEW_UPDATE) {
            return row.round();
        }
        return interviews.newestScheduled(application.getId()).map(ScheduledInterview::round)
                .orElseThrow(() -> new IllegalStateException(
                "Application " + application.getId() + " has no interview with a chosen slot to update"));
    }

    private ScheduledInterview scheduled(Application application, int round) {
        return interviews.scheduled(application.getId(), round).orElseThrow(() -> new IllegalStateException(
                "Interview round " + round + " of application " + application.getId() + " has no chosen slot"));
    }

    private String format(ScheduledInterview interview, Language language) {
        return formatter(language).format(interview.startsAt());
    }

    private DateTimeFormatter formatter(Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language.code())).withZone(zone);
    }

    private static Composition send(List<String> to, RenderedMail rendered, List<OutgoingMail.Attachment> attachments) {
        return new Composition.Send(List.of(new OutgoingMail(to, rendered.subject(), rendered.html(), rendered.text(),
                attachments)));
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
