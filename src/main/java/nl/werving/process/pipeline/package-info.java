/**
 * The stages of running hiring processes for HR's pipeline, read from the engine's runtime and history.
 */
package nl.werving.process.pipeline;
