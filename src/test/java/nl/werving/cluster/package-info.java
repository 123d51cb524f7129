/** Several Werving nodes on one database: that they share the work without doing anything twice. */
package nl.werving.cluster;
