/**
 * Process version governance for auditors, the DPO and HR: which models were deployed, when and by whom, which
 * versions of processes, decision tables and forms an application went through, and what changed between two
 * versions of a decision table. Read-only; the engine's side is implemented by {@code process}.
 */
package nl.werving.governance;
