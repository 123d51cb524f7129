/**
 * Length-preserving text helpers shared by redaction and matching: folding, CV sections and word look-ups.
 */
package nl.werving.screening.text;
