/**
 * What Werving's own entities share in how they are stored: {@link nl.werving.persistence.AssignedIdEntity}, the
 * base of every entity whose id Werving assigns.
 */
package nl.werving.persistence;
