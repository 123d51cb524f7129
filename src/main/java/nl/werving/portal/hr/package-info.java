/**
 * HR's pages under {@code /hr}: vacancies, their requirements and knock-out questions, opening and closing, the
 * automation switch and the pipeline, all through the owning modules' services.
 */
package nl.werving.portal.hr;
