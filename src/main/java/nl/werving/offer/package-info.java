/**
 * Offers: drafting an offer against the vacancy's salary band, sending it, and the candidate's answer.
 */
package nl.werving.offer;
