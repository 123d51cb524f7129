/**
 * What Werving's HTTP APIs and pages share: errors as RFC 9457 problem details, strict JSON input, page texts, and
 * the OpenAPI description.
 */
package nl.werving.web;
