/**
 * The audit read log: who read which report or audit record derived from personal data, and when, shared by the
 * modules that serve such reads (fairness, audit) without either depending on the other.
 */
package nl.werving.auditlog;
