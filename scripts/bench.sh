#!/usr/bin/env bash
# The scale benchmark (not a test): intake against the bare Camunda engine, recruiter queries and the candidate
# status page with many open applications, the audit timeline with a million history rows, erasure at scale,
# heap and start-up. Makes sure a PostgreSQL server is available (as scripts/test.sh does), packages Werving,
# runs nl.werving.bench.ScaleBenchmark and prints a table. Results and how to read them: docs/benchmarks.md.
#
#   scripts/bench.sh [Maven arguments, e.g. -o]
#
# Sizes (environment variables, defaults as in the issue's targets):
#   BENCH_APPLICATIONS=5000  BENCH_WARM_UP=2500  BENCH_CLIENTS=8  BENCH_ROUNDS=5  BENCH_OPEN_APPLICATIONS=100000
#   BENCH_HISTORY_ROWS=1000000  BENCH_ERASURE_SMALL=1000  BENCH_ERASURE_LARGE=10000  BENCH_SAMPLES=300
# BENCH_WARM_UP applications go in first, on Werving and on each bare-engine baseline, and are not counted; the
# measured applications then go in BENCH_ROUNDS rounds, Werving and the baselines taking turns.
# With WERVING_TEST_DB_URL (and WERVING_TEST_DB_USER / WERVING_TEST_DB_PASSWORD) set, that server is used; its
# user must be allowed to create databases. A full run takes about half an hour on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -n "${WERVING_TEST_DB_URL:-}" ]]; then
  export WERVING_DB_URL="$WERVING_TEST_DB_URL"
  export WERVING_DB_USER="${WERVING_TEST_DB_USER:-werving}"
  export WERVING_DB_PASSWORD="${WERVING_TEST_DB_PASSWORD:-}"
else
  # shellcheck source=scripts/local-postgres.sh
  source scripts/local-postgres.sh
  local_postgres_ensure_running
  local_postgres_create_throwaway_database
  trap local_postgres_drop_throwaway_database EXIT
fi

mvn -B -q "$@" -DskipTests -Djacoco.skip=true package
mvn -B -q "$@" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
# The bare engines run in this JVM, with the JIT setting Werving's node gets on this machine (docs/operations.md,
# "JVM options"): on two cores or fewer, the client compiler only.
jit=()
if [[ "$(nproc)" -le 2 ]]; then
  jit=(-XX:TieredStopAtLevel=1)
fi
java -Xmx2g ${jit[@]+"${jit[@]}"} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  nl.werving.bench.ScaleBenchmark
