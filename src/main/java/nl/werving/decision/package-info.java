/**
 * Human decisions: who decided what at each stage of a procedure, after seeing which recommendation.
 */
package nl.werving.decision;
