/**
 * Fairness monitoring: the voluntary diversity survey (stored apart from the application, readable by no
 * reviewer), the aggregate fairness report for auditors and the DPO, and the impact preview of a changed
 * screening decision table.
 */
package nl.werving.fairness;
