#!/usr/bin/env bash
# Runs every test. Installs and starts what the tests need when it can (PostgreSQL, Chromium), as CI does.
set -euo pipefail
cd "$(dirname "$0")"
# PostgreSQL for the storage suite: started here when we are root and no server was given (tests skip without it).
if [ -z "${ATTACHE_TEST_POSTGRES:-}" ] && [ "$(id -u)" = 0 ]; then
  if pg=$(scripts/start-postgres.sh); then export ATTACHE_TEST_POSTGRES="$pg"; else echo "PostgreSQL unavailable: its tests will be skipped" >&2; fi
fi
# Chromium for the browser tests: installed here when we are root (they fail with a clear message without it,
# unless ATTACHE_SKIP_BROWSER=1).
if [ "$(id -u)" = 0 ]; then
  scripts/install-chromium.sh || echo "Chromium unavailable: the browser tests will fail (set ATTACHE_SKIP_BROWSER=1 to skip them)" >&2
fi
dotnet build Attache.slnx -c Release
dotnet test Attache.slnx -c Release --no-build
