#!/usr/bin/env bash
# The one test command: lints the process models (scripts/lint-models.sh), makes sure a PostgreSQL server
# and Debian's Chromium with ChromeDriver are available, then runs the whole build with every test tier (unit,
# process, integration on PostgreSQL, browser tests in headless Chromium).
#
#   scripts/test.sh [extra Maven arguments]
#
# With WERVING_TEST_DB_URL (and WERVING_TEST_DB_USER / WERVING_TEST_DB_PASSWORD) set, that database is
# used as it is. Otherwise the local PostgreSQL cluster is used (installed from Debian's packages when
# missing and running as root), with a throw-away role and database that are dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/lint-models.sh

# shellcheck source=scripts/browser.sh
source scripts/browser.sh
browser_ensure_installed

if [[ -n "${WERVING_TEST_DB_URL:-}" ]]; then
  export WERVING_DB_URL="$WERVING_TEST_DB_URL"
  export WERVING_DB_USER="${WERVING_TEST_DB_USER:-werving}"
  export WERVING_DB_PASSWORD="${WERVING_TEST_DB_PASSWORD:-}"
  echo "test.sh: using the PostgreSQL database given in WERVING_TEST_DB_URL"
else
  # shellcheck source=scripts/local-postgres.sh
  source scripts/local-postgres.sh
  local_postgres_ensure_running
  local_postgres_create_throwaway_database
  trap local_postgres_drop_throwaway_database EXIT
fi

mvn -B verify "$@"
