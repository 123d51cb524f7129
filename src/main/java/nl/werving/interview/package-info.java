/**
 * Interviews: proposing slots and interviewers for a round, the candidate's choice of slot, moving a
 * scheduled interview, the calendar invitations and updates for it, and the interviewers' structured scorecards.
 */
package nl.werving.interview;
