/**
 * The candidate portal: the public pages candidates see.
 */
package nl.werving.portal;
