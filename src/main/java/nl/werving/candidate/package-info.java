/**
 * Signed candidate links: single-purpose, expiring links that let a candidate follow their application on a status
 * page and choose a slot, answer an offer, withdraw, object or ask for a human review without an account, and the
 * pages behind them.
 */
package nl.werving.candidate;
