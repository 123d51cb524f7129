/**
 * The candidate portal: the public pages candidates see, in Dutch and English, without JavaScript.
 */
package nl.werving.portal;
