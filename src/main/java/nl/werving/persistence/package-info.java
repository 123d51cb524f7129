/**
 * What Werving's own entities share in how they are stored: {@link nl.werving.persistence.AssignedIdEntity}, the
 * base of every entity whose id Werving assigns, and {@link nl.werving.persistence.TransactionMemory}, what a service
 * remembers for the rest of the current transaction.
 */
package nl.werving.persistence;
