/**
 * Interviews: proposing slots and interviewers for a round, the candidate's choice of slot, the calendar
 * invitations for it, and the interviewers' structured scorecards.
 */
package nl.werving.interview;
