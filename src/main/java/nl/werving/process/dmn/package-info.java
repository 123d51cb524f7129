/** Evaluating decision tables outside the process engine, for previews: nothing is deployed or recorded. */
package nl.werving.process.dmn;
