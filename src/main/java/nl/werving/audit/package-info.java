/**
 * The audit trail for auditors and the DPO, read-only: an application's decision records (automated
 * recommendations and human decisions), its timeline, and the human-oversight metrics per vacancy, stage and
 * reviewer; every read is recorded in the audit read log.
 */
package nl.werving.audit;
