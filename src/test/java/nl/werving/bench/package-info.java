/**
 * The scale benchmark behind {@code scripts/bench.sh}: intake against the bare engine, queries, erasure and the
 * audit timeline at scale. Not tests: a program that prints a table (see docs/benchmarks.md).
 */
package nl.werving.bench;
