/**
 * Signed candidate links: single-purpose, expiring links that let a candidate read their status or choose a
 * slot, answer an offer, withdraw or object without an account, and the pages behind them.
 */
package nl.werving.candidate;
