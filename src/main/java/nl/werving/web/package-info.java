/**
 * What every HTTP API of Werving shares: errors as RFC 9457 problem details, and the OpenAPI description.
 */
package nl.werving.web;
