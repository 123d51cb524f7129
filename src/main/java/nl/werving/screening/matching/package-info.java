/**
 * Matches a redacted CV text against a vacancy's requirements, with evidence and a score a person can follow.
 */
package nl.werving.screening.matching;
