#!/usr/bin/env bash
# Benchmark of CV screening (not a timed test): builds the test classes and runs
# nl.werving.screening.bench.ScreeningBenchmark with the test classpath. It generates a two-page PDF and a
# two-page DOCX CV, matches them against a vacancy with fifteen requirements, warms up, and prints p50/p95 of
# (a) text extraction as CV intake does it (CvInspector) and (b) that + redaction + matching, single-threaded, with their ratio.
# Results and how to read them: docs/benchmarks.md.
#
#   scripts/bench-screening.sh [Maven arguments, e.g. -o]     (BENCH_ARGS="warmup measured", default "300 1000")
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q "$@" test-compile
mvn -B -q "$@" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
# shellcheck disable=SC2086
java -Xms512m -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  nl.werving.screening.bench.ScreeningBenchmark ${BENCH_ARGS:-300 1000}
