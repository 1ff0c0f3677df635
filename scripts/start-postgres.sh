#!/usr/bin/env bash
# Starts a local PostgreSQL for the storage tests and prints the connection string to put in ATTACHE_TEST_POSTGRES.
# Debian, as root: installs the server if missing, starts the cluster, creates role attache/attache with CREATEDB.
#   export ATTACHE_TEST_POSTGRES="$(scripts/start-postgres.sh)"
set -euo pipefail
log() { echo "$@" >&2; }
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  log "installing PostgreSQL (apt-get)..."
  apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
fi
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
if [ -z "${version:-}" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  log "creating cluster $version main..."
  pg_createcluster "$version" main >&2
  read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
fi
if [ "$status" != "online" ]; then
  log "starting PostgreSQL $version/$cluster on port $port..."
  pg_ctlcluster "$version" "$cluster" start >&2
fi
for _ in $(seq 1 30); do
  su postgres -c "psql -p $port -qtAc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $port -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'attache') THEN CREATE ROLE attache LOGIN PASSWORD 'attache' CREATEDB; END IF; END \\\$\\\$;\"" >&2
echo "Host=127.0.0.1;Port=$port;Username=attache;Password=attache;Database=postgres"
