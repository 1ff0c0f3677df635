#!/usr/bin/env bash
# Load benchmark, run by hand (not in CI): a store of 100,000 synthetic events, 'attache serve' on loopback,
# and wrk against GET /api/events for 30 s. Prints throughput, latency percentiles (p99) and errors.
#   bench/load/run.sh [EVENTS=100000] [CONNECTIONS=16] [THREADS=2] [DURATION=30s]
# Needs wrk (apt-get install -y wrk) and python3. The store is built once and kept in bench/load/work/.
set -euo pipefail
cd "$(dirname "$0")/../.."
EVENTS=${1:-100000}; CONNECTIONS=${2:-16}; THREADS=${3:-2}; DURATION=${4:-30s}
PORT=${PORT:-5099}
WORK=bench/load/work; DB=$WORK/load-$EVENTS.db
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
dotnet build src/Attache.Cli -c Release -v q -nologo >/dev/null
ATTACHE=src/Attache.Cli/bin/Release/net10.0/attache
mkdir -p "$WORK"
if [ ! -f "$DB" ]; then
  echo "building a store of $EVENTS synthetic events in $DB ..."
  python3 bench/load/generate.py "$EVENTS" "$WORK"
  time "$ATTACHE" ingest "$WORK/docs.jsonl" --events "$WORK/events.jsonl" --db "$DB" >/dev/null
fi
"$ATTACHE" serve --db "$DB" --urls "http://127.0.0.1:$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/api/events?pageSize=1" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/api/events?pageSize=1" | head -c 200; echo
# Rotate through pages, filters and sorts so that one cached answer does not make the figures.
cat > "$WORK/paths.lua" <<'LUA'
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
LUA
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores, $EVENTS events"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/paths.lua" "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt"
