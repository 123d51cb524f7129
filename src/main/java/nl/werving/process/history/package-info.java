/** The engine's history: what the audit trail reads of it, and the personal task values it never records. */
package nl.werving.process.history;
