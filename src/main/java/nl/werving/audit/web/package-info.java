/** The audit module over HTTP: the read-only audit API and the auditors' and DPO's pages under /audit. */
package nl.werving.audit.web;
