/**
 * Data-subject requests (GDPR Art. 15, 16, 17 and 21): records each request with the one-month deadline of
 * Art. 12(3), its status and completion, and announces it with {@link nl.werving.datarequest.DataRequestReceived} so
 * that the {@code DataSubjectRequest} process handles it.
 */
package nl.werving.datarequest;
