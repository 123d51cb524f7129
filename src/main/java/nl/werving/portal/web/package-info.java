/**
 * The portal's pages: vacancies, the apply form and its confirmation, the privacy notice and the diversity survey.
 */
package nl.werving.portal.web;
