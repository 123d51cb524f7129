/**
 * Notifications: queues the messages Werving owes candidates and staff in an outbox, once per occasion, and sends
 * them by mail (internals in {@code mail}, HTTP in {@code web}).
 */
package nl.werving.notification;
