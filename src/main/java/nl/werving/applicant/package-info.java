/**
 * Applicants: the people who apply, and the only place their contact details are kept.
 */
package nl.werving.applicant;
