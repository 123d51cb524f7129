#!/usr/bin/env bash
# Helpers for a local PostgreSQL on Debian: install when missing, start the cluster, and create or drop a
# throw-away role and database. Sourced by scripts/test.sh and the benchmark scripts.
# Exports WERVING_DB_URL, WERVING_DB_USER and WERVING_DB_PASSWORD for the database it creates. The throw-away role
# may create databases, for tests that run a second Werving on a database of its own.

_pg_as_superuser() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  elif [[ $(id -un) == postgres ]]; then
    "$@"
  else
    sudo -n -u postgres "$@"
  fi
}

local_postgres_ensure_running() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    if [[ $(id -u) -ne 0 ]]; then
      echo "PostgreSQL is not installed. Install Debian's 'postgresql' package, run as root, or set WERVING_TEST_DB_URL." >&2
      exit 1
    fi
    echo "local-postgres: installing PostgreSQL from Debian's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  if [[ -z $(pg_lsclusters --no-header 2>/dev/null) ]]; then
    local version
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    echo "local-postgres: creating cluster $version/main"
    pg_createcluster "$version" main >/dev/null
  fi
  local version name status
  read -r version name _ status _ < <(pg_lsclusters --no-header | head -n 1)
  if [[ $status != online* ]]; then
    echo "local-postgres: starting cluster $version/$name"
    pg_ctlcluster "$version" "$name" start
  fi
  LOCAL_PG_PORT=$(pg_lsclusters --no-header | head -n 1 | awk '{print $3}')
  for _ in $(seq 1 30); do
    _pg_as_superuser psql -p "$LOCAL_PG_PORT" -qAtc 'select 1' >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "local-postgres: the cluster on port $LOCAL_PG_PORT does not answer" >&2
  exit 1
}

local_postgres_create_throwaway_database() {
  LOCAL_PG_NAME="werving_test_$(date +%s)_$$"
  WERVING_DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  _pg_as_superuser psql -p "$LOCAL_PG_PORT" -qAt -v ON_ERROR_STOP=1 >/dev/null <<SQL
create role $LOCAL_PG_NAME login createdb password '$WERVING_DB_PASSWORD';
create database $LOCAL_PG_NAME owner $LOCAL_PG_NAME encoding 'UTF8' template template0;
SQL
  export WERVING_DB_URL="jdbc:postgresql://localhost:$LOCAL_PG_PORT/$LOCAL_PG_NAME"
  export WERVING_DB_USER="$LOCAL_PG_NAME"
  export WERVING_DB_PASSWORD
  echo "local-postgres: throw-away database $LOCAL_PG_NAME on port $LOCAL_PG_PORT"
}

local_postgres_drop_throwaway_database() {
  [[ -n ${LOCAL_PG_NAME:-} ]] || return 0
  # Tests may make databases of their own (a second Werving's, say); they belong to the throw-away role.
  local owned
  owned=$(_pg_as_superuser psql -p "$LOCAL_PG_PORT" -qAt -c "select datname from pg_database d join pg_roles r on r.oid = d.datdba where r.rolname = '$LOCAL_PG_NAME'" 2>/dev/null || true)
  for database in $owned; do
    _pg_as_superuser psql -p "$LOCAL_PG_PORT" -qAt -c "drop database if exists \"$database\" with (force)" >/dev/null 2>&1 || true
  done
  _pg_as_superuser psql -p "$LOCAL_PG_PORT" -qAt >/dev/null 2>&1 <<SQL || true
drop role if exists $LOCAL_PG_NAME;
SQL
}
