/**
 * All glue to the Camunda 7 engine: starting and steering processes, delegates, identity and
 * authorizations, and the engine's wiring into Spring. The only module that may import {@code org.camunda}.
 */
package nl.werving.process;
