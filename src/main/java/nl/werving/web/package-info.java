/**
 * What Werving's HTTP APIs and pages share: errors as RFC 9457 problem details, strict JSON input, page texts, the
 * OpenAPI description, and failures described for logs without personal data.
 */
package nl.werving.web;
