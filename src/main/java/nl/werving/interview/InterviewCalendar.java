package nl.werving.interview;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.werving.applicant.Applicant;
import nl.werving.applicant.Applicants;
import nl.werving.applicant.Language;
import nl.werving.application.Application;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import nl.werving.interview.calendar.CalendarEvent;
import nl.werving.interview.calendar.CalendarEvent.Participant;
import nl.werving.interview.calendar.IcsWriter;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar invitations (RFC 5545 with iTIP's REQUEST and CANCEL) for an interview round whose slot the candidate
 * chose: one attachment for the candidate and one for each interviewer. All messages about a round share one
 * UID, stored with the round; an update or cancellation raises the stored SEQUENCE once for all recipients.
 * Times are given in Europe/Amsterdam.
 *
 * <p>Interviewers' addresses come from the identity service, which this module does not call: the caller passes
 * them in. With {@code werving.interview.hide-candidate-name-from-interviewers} (the default) an interviewer's
 * copy names the candidate only by the application's reference. The candidate's copy is worded in their
 * language, the interviewers' copies in {@code werving.staff-language}.
 */
@Service
@Transactional(readOnly = true)
public class InterviewCalendar {

    static final String REQUEST_CONTENT_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";
    static final String CANCEL_CONTENT_TYPE = "text/calendar; method=CANCEL; charset=UTF-8";

    private final InterviewPlanRepository plans;
    private final Applications applications;
    private final Applicants applicants;
    private final Vacancies vacancies;
    private final Clock clock;
    private final String organizer;
    private final boolean hideCandidateFromInterviewers;
    private final Language staffLanguage;

    InterviewCalendar(InterviewPlanRepository plans, Applications applications, Applicants applicants,
            Vacancies vacancies, Clock clock, @Value("${werving.mail.from:noreply@werving.invalid}") String organizer,
            @Value("${werving.interview.hide-candidate-name-from-interviewers:true}") boolean hideCandidateFromInterviewers,
            @Value("${werving.staff-language:en}") String staffLanguage) {
        this.plans = plans;
        this.applications = applications;
        this.applicants = applicants;
        this.vacancies = vacancies;
        this.clock = clock;
        this.organizer = organizer;
        this.hideCandidateFromInterviewers = hideCandidateFromInterviewers;
        this.staffLanguage = Language.fromCode(staffLanguage);
    }

    /**
     * The invitations to the round at its current revision (SEQUENCE 0 until an update or cancellation): the
     * candidate's first, then one per interviewer in the order proposed; cancellations (METHOD:CANCEL) once the
     * round was cancelled ({@link InterviewPlanning#cancelUpcoming}). Calling it again gives the same UID and
     * sequence.
     *
     * @param interviewers the contact details of exactly the round's interviewers
     * @throws InterviewPlanningException when nothing was proposed for the round, no slot was chosen, or the
     *         interviewers given are not the round's
     * @throws UnknownApplicationException when no application has the id
     */
    public List<CalendarInvite> invitation(UUID applicationId, int round, List<Interviewer> interviewers) {
        InterviewPlan plan = plan(applicationId, round);
        return render(applicationId, plan, plan.calendarSequence(), plan.isCancelled(), interviewers);
    }

    /**
     * The round as it stands now, sent again as a new revision (METHOD:REQUEST, same UID, SEQUENCE raised once
     * for all recipients), for when it changed after the invitations went out. Every call is a new revision.
     *
     * @see #invitation(UUID, int, List)
     */
    @Transactional
    public List<CalendarInvite> update(UUID applicationId, int round, List<Interviewer> interviewers) {
        InterviewPlan plan = plan(applicationId, round);
        requireChosenSlot(plan);
        return render(applicationId, plan, plan.reviseCalendar(), false, interviewers);
    }

    /**
     * The cancellation of the round (METHOD:CANCEL, STATUS:CANCELLED, same UID, SEQUENCE raised once for all
     * recipients).
     *
     * @see #invitation(UUID, int, List)
     */
    @Transactional
    public List<CalendarInvite> cancellation(UUID applicationId, int round, List<Interviewer> interviewers) {
        InterviewPlan plan = plan(applicationId, round);
        requireChosenSlot(plan);
        return render(applicationId, plan, plan.reviseCalendar(), true, interviewers);
    }

    private List<CalendarInvite> render(UUID applicationId, InterviewPlan plan, int sequence, boolean cancelled,
            List<Interviewer> given) {
        ProposedSlot slot = requireChosenSlot(plan);
        List<Interviewer> interviewers = matchInterviewers(plan, given);
        Application application = applications.findById(applicationId).orElseThrow(UnknownApplicationException::new);
        Applicant applicant = applicants.findById(application.getApplicantId())
                .orElseThrow(() -> new IllegalStateException("Application " + applicationId + " has no applicant"));
        String title = vacancies.findById(application.getVacancyId()).map(Vacancy::getTitle)
                .orElseThrow(() -> new IllegalStateException("Application " + applicationId + " has no vacancy"));
        Wording wording = new Wording(applicant.getPreferredLanguage(), title, plan.round(),
                application.getReference().value());
        Wording staffWording = new Wording(staffLanguage, title, plan.round(), application.getReference().value());

        Participant candidate = new Participant(applicant.getEmail(), applicant.getFullName());
        List<Participant> staff = interviewers.stream()
                .map(interviewer -> new Participant(interviewer.email(), interviewer.displayName())).toList();
        List<Participant> everyone = new ArrayList<>();
        everyone.add(candidate);
        everyone.addAll(staff);
        List<Participant> seenByInterviewers = hideCandidateFromInterviewers ? staff : everyone;

        Instant stamp = clock.instant();
        List<CalendarInvite> invites = new ArrayList<>();
        invites.add(invite(new Recipient(candidate.email(), candidate.displayName(), true),
                event(plan, slot, sequence, cancelled, wording, everyone, stamp)));
        CalendarEvent interviewersEvent = event(plan, slot, sequence, cancelled, staffWording, seenByInterviewers,
                stamp);
        for (Interviewer interviewer : interviewers) {
            invites.add(invite(new Recipient(interviewer.email(), interviewer.displayName(), false), interviewersEvent));
        }
        return List.copyOf(invites);
    }

    private CalendarEvent event(InterviewPlan plan, ProposedSlot slot, int sequence, boolean cancelled,
            Wording wording, List<Participant> attendees, Instant stamp) {
        return new CalendarEvent(plan.calendarUid(), sequence, cancelled, slot.startsAt(), plan.endOf(slot),
                wording.summary(), wording.description(cancelled), plan.location(), organizer, attendees, stamp);
    }

    private static CalendarInvite invite(Recipient recipient, CalendarEvent event) {
        return event.cancelled()
                ? new CalendarInvite(recipient, "interview-cancelled.ics", CANCEL_CONTENT_TYPE, IcsWriter.write(event))
                : new CalendarInvite(recipient, "interview.ics", REQUEST_CONTENT_TYPE, IcsWriter.write(event));
    }

    private static List<Interviewer> matchInterviewers(InterviewPlan plan, List<Interviewer> given) {
        Map<String, Interviewer> byId = new LinkedHashMap<>();
        for (Interviewer interviewer : Objects.requireNonNull(given, "interviewers")) {
            if (!plan.interviewers().contains(interviewer.userId())) {
                throw new InterviewPlanningException("User " + interviewer.userId()
                        + " is not an interviewer in round " + plan.round());
            }
            byId.put(interviewer.userId(), interviewer);
        }
        return plan.interviewers().stream().map(userId -> {
            Interviewer interviewer = byId.get(userId);
            if (interviewer == null) {
                throw new InterviewPlanningException("No e-mail address was given for interviewer " + userId);
            }
            return interviewer;
        }).toList();
    }

    private static ProposedSlot requireChosenSlot(InterviewPlan plan) {
        return plan.chosenSlot().orElseThrow(() -> new InterviewPlanningException(
                "The candidate has not chosen a slot for interview round " + plan.round() + " yet"));
    }

    private InterviewPlan plan(UUID applicationId, int round) {
        return plans.findByApplicationIdAndRound(Objects.requireNonNull(applicationId, "applicationId"), round)
                .orElseThrow(() -> new InterviewPlanningException("No interview was proposed for round " + round));
    }

    /** The event's texts in the candidate's language. */
    private record Wording(Language language, String vacancyTitle, int round, String reference) {

        String summary() {
            return (language == Language.NL ? "Sollicitatiegesprek: " : "Interview: ") + vacancyTitle;
        }

        String description(boolean cancelled) {
            if (language == Language.NL) {
                return (cancelled ? "Dit sollicitatiegesprek is geannuleerd.\n" : "")
                        + "Sollicitatiegesprek (ronde " + round + ") voor de vacature " + vacancyTitle + ".\n"
                        + "Referentie van de sollicitatie: " + reference;
            }
            return (cancelled ? "This interview has been cancelled.\n" : "")
                    + "Interview (round " + round + ") for the vacancy " + vacancyTitle + ".\n"
                    + "Application reference: " + reference;
        }
    }
}
