/**
 * Erasure of an application's personal data from every store that holds it. Each module that stores personal
 * data registers a {@link nl.werving.erasure.PersonalDataStore}; {@link nl.werving.erasure.Erasure} runs them
 * all in one transaction and writes an {@link nl.werving.erasure.ErasureReceipt} that holds no personal data.
 */
package nl.werving.erasure;
