/**
 * Notifications: queues the messages Werving owes candidates and staff in an outbox, once per occasion; sending
 * them is a separate step.
 */
package nl.werving.notification;
