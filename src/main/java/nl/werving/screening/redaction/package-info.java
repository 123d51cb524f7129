/**
 * Removes protected attributes (name, contact details, age, gender, nationality, marital status, address) from a CV
 * text before it is matched, keeping every position in place.
 */
package nl.werving.screening.redaction;
