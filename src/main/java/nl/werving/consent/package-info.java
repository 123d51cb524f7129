/**
 * Consent: what a candidate agreed to beyond the application itself (e.g. staying in the talent pool), with the
 * notice version, time and channel, and its withdrawal.
 */
package nl.werving.consent;
