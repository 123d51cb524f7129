package nl.werving.notification.mail;

import java.util.List;
import java.util.UUID;
import nl.werving.interview.CalendarInvite;
import nl.werving.interview.InterviewCalendar;
import nl.werving.interview.InterviewPlanning;
import nl.werving.interview.Interviewer;
import nl.werving.notification.StaffDirectory;
import nl.werving.notification.StaffDirectory.StaffMember;

/**
 * The calendar attachments of an interview round's invitation mails: the round's interviewers are looked up in
 * the staff directory, and the interview module renders the invitations at the round's current revision (so a
 * retried mail carries the same UID and SEQUENCE).
 */
class InterviewInvitations {

    private final InterviewPlanning planning;
    private final InterviewCalendar calendar;
    private final StaffDirectory staff;

    InterviewInvitations(InterviewPlanning planning, InterviewCalendar calendar, StaffDirectory staff) {
        this.planning = planning;
        this.calendar = calendar;
        this.staff = staff;
    }

    /** The candidate's calendar invitation. */
    OutgoingMail.Attachment forCandidate(UUID applicationId, int round) {
        return calendarInvitations(applicationId, round).stream()
                .filter(invite -> invite.recipient().candidate())
                .findFirst()
                .map(InterviewInvitations::attachment)
                .orElseThrow(() -> new IllegalStateException("No calendar invitation for the candidate"));
    }

    /** The interviewer's calendar invitation. */
    OutgoingMail.Attachment forInterviewer(UUID applicationId, int round, StaffMember interviewer) {
        return calendarInvitations(applicationId, round).stream()
                .filter(invite -> !invite.recipient().candidate())
                .filter(invite -> invite.recipient().email().equals(interviewer.email()))
                .findFirst()
                .map(InterviewInvitations::attachment)
                .orElseThrow(() -> new IllegalStateException("User " + interviewer.userId()
                        + " is not an interviewer in round " + round));
    }

    /** The staff member with an address. */
    StaffMember member(String userId) {
        return staff.member(userId).orElseThrow(() -> new NoStaffAddressException(userId));
    }

    private List<CalendarInvite> calendarInvitations(UUID applicationId, int round) {
        List<Interviewer> interviewers = planning.interviewers(applicationId, round).stream()
                .map(this::member)
                .map(member -> new Interviewer(member.userId(), member.email(), member.displayName()))
                .toList();
        return calendar.invitation(applicationId, round, interviewers);
    }

    private static OutgoingMail.Attachment attachment(CalendarInvite invite) {
        return new OutgoingMail.Attachment(invite.filename(), invite.contentType(),
                invite.ics().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
