/** How Werving configures the process engine: its REST API's login, start-up order, node identity and failure records. */
package nl.werving.process.engine;
