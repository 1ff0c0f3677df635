#!/usr/bin/env bash
# Load benchmark, run by hand (not in CI): a store of 100,000 synthetic events, 'attache serve' on loopback,
# and wrk against GET /api/events for 30 s. Prints throughput, latency percentiles (p99) and errors.
#   bench/load/run.sh [EVENTS=100000] [CONNECTIONS=32] [THREADS=2] [DURATION=30s] [RATE]
# RATE (requests/s, optional): each connection waits between requests so that all of them together send about RATE
# requests/s (wrk has no rate limit and Debian has no wrk2; this is still a closed loop, so read the achieved rate).
# Needs wrk (apt-get install -y wrk). The store is bulk-loaded straight into the tables by bench/Attache.Bench.Storage
# (seconds, not 'attache ingest'), once, and kept in bench/load/work/.
set -euo pipefail
cd "$(dirname "$0")/../.."
EVENTS=${1:-100000}; CONNECTIONS=${2:-32}; THREADS=${3:-2}; DURATION=${4:-30s}; RATE=${5:-}
PORT=${PORT:-5099}
WORK=bench/load/work; STORE=$WORK/store-$EVENTS; DB=$STORE/timeline.db
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
dotnet build src/Attache.Cli -c Release -v q -nologo >/dev/null
ATTACHE=src/Attache.Cli/bin/Release/net10.0/attache
mkdir -p "$WORK"
if [ ! -f "$DB" ]; then
  echo "bulk-loading $EVENTS synthetic events into $DB ..."
  dotnet run -c Release --project bench/Attache.Bench.Storage -- --skip-ingest --sqlite-only --events "$EVENTS" --keep "$STORE"
fi
"$ATTACHE" serve --db "$DB" --urls "http://127.0.0.1:$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/api/events?pageSize=1" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/api/events?pageSize=1" | head -c 200; echo
# Rotate through pages, filters and sorts so that one cached answer does not make the figures.
DELAY=0
[ -n "$RATE" ] && DELAY=$(( CONNECTIONS * 1000 / RATE ))
cat > "$WORK/paths.lua" <<LUA
local paths = {
  "/api/events", "/api/events?page=7", "/api/events?sort=-date", "/api/events?country=VNM",
  "/api/events?country=JPN&partner=VNM", "/api/events?type=visit&page=3", "/api/events?from=2010&to=2012",
  "/api/events?area=war_legacy&pageSize=20", "/api/events?page=1000", "/api/events?country=FRA&sort=-date&page=2",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
if $DELAY > 0 then
  delay = function() return $DELAY end
end
LUA
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION${RATE:+ at about $RATE requests/s} on $(nproc) cores, $EVENTS events; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/paths.lua" "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt"
