/**
 * Applications: one candidacy of one applicant for one vacancy, known everywhere by its random reference.
 */
package nl.werving.application;
