/**
 * Who may reach what: the HTTP security of Werving's own pages and APIs, Camunda's REST API and webapps,
 * the user groups, and the start-up guard against demo credentials in production.
 */
package nl.werving.security;
