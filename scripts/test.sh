#!/usr/bin/env bash
# Runs every test of ipindex: installs what the tests need, then builds and tests all modules.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
# The store tests run against PostgreSQL too: start Debian's postgresql on 127.0.0.1 with the test
# user and database (installed and initialised when missing). IPINDEX_PG=off skips it, and the
# PostgreSQL tests with it (for a developer without root; CI never sets it).
pg_args=()
if [ "${IPINDEX_PG:-on}" = "off" ]; then
  pg_args=(-Dipindex.pg=off)
else
  pg_url="$("$root/scripts/setup-postgres.sh")"
  pg_args=("-Dipindex.pg.url=$pg_url")
fi
cd "$root"
exec mvn -B -ntp verify "${pg_args[@]}" "$@"
