/**
 * Screening: turns an application into the non-personal features the screening decision table needs.
 */
package nl.werving.screening;
