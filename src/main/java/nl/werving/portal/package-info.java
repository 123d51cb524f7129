/**
 * Werving's own web pages: the candidate portal (public) and, in {@code hr}, HR's vacancy pages.
 */
package nl.werving.portal;
