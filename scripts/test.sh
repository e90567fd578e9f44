#!/usr/bin/env bash
# Runs every test of ipindex: installs what the tests need, then builds and tests all modules.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
cd "$root"
exec mvn -B -ntp verify "$@"
