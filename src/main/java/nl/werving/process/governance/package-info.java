/**
 * The engine's side of process version governance: deployments with their deployer and definitions, an
 * application's process, decision and form versions, and deployed decision tables read with the DMN model API.
 */
package nl.werving.process.governance;
