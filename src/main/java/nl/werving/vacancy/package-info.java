/**
 * Vacancies: the open positions candidates apply for.
 */
package nl.werving.vacancy;
