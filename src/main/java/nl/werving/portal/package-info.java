/**
 * Werving's own web pages: the public candidate portal, in Dutch and English and without JavaScript, and, in
 * {@code hr}, HR's vacancy pages.
 */
package nl.werving.portal;
