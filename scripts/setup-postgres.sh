#!/usr/bin/env bash
# Starts Debian's PostgreSQL on 127.0.0.1 for the store tests, with a known test user and database
# (installs the package and creates the cluster when missing). Run as root, or with sudo.
#   user ipindex, password ipindex, database ipindex_test, port ${IPINDEX_PG_PORT:-5432}
# The tests read the JDBC URL from -Dipindex.pg.url (default: the one this script sets up).
set -euo pipefail
version=15
port="${IPINDEX_PG_PORT:-5432}"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { as_root su postgres -s /bin/sh -c "$1"; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -x "/usr/lib/postgresql/$version/bin/postgres" ]; then
  echo "ipindex setup: installing postgresql-$version …" >&2
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "postgresql-$version" postgresql-client-common >&2
fi
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  as_root pg_createcluster --port="$port" "$version" main >&2
fi
if ! pg_lsclusters -h | awk '$1=="'"$version"'" && $2=="main" {print $4}' | grep -qx online; then
  as_root pg_ctlcluster "$version" main start -- -o "-c listen_addresses=127.0.0.1" >&2 \
    || as_root pg_ctlcluster "$version" main start >&2
fi
port="$(pg_lsclusters -h | awk '$1=="'"$version"'" && $2=="main" {print $3}')"
for _ in $(seq 1 30); do
  as_postgres "psql -p $port -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
as_postgres "psql -p $port -qAtc \"select 1 from pg_roles where rolname='ipindex'\"" | grep -q 1 \
  || as_postgres "psql -p $port -qc \"create role ipindex login password 'ipindex' createdb\""
as_postgres "psql -p $port -qAtc \"select 1 from pg_database where datname='ipindex_test'\"" | grep -q 1 \
  || as_postgres "createdb -p $port -O ipindex ipindex_test"
echo "jdbc:postgresql://127.0.0.1:$port/ipindex_test?user=ipindex&password=ipindex"
