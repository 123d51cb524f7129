/** Checks on what is deployed to the process engine, and how Werving's own models are deployed at start-up. */
package nl.werving.process.deployment;
