/** Reads of the engine's history for the audit trail. */
package nl.werving.process.history;
