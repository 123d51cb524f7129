/**
 * Interviews: proposing slots and interviewers for a round, the candidate's choice of slot, and the
 * interviewers' structured scorecards.
 */
package nl.werving.interview;
