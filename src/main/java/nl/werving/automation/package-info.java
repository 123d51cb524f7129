/**
 * The automation switches (AI Act art. 14 "stop button"): HR turns automated recommendations off everywhere or
 * for one vacancy, and every affected application goes to manual review.
 */
package nl.werving.automation;
