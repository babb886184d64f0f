#!/usr/bin/env bash
# Times GET /api/flows over HTTP on a store, as a user of a server just opened meets it: once the web host is ready (the
# store open, so opening is not counted), the first flows call (it builds the move and retention tables) and five
# repeated calls, each with the server's CPU time read from /proc. Linux only.
#
#   bench/flows-http.sh WEB_BUILD_DIR STORE.db [PORT]
#   e.g. bench/flows-http.sh src/GraphExplorer.Web/bin/Release/net10.0 /data/1m.db 5214
set -euo pipefail
bin=$1 data=$2 port=${3:-5214}
url=http://127.0.0.1:$port
dotnet "$bin/GraphExplorer.Web.dll" --urls "$url" --GraphExplorer:DataPath="$data" > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
cpu() { awk '{ print ($14 + $15) * 10 }' "/proc/$server/stat"; }   # user + system, in ms (100 ticks a second)
start=$(date +%s.%N)
for _ in $(seq 1 1200); do curl -sf -o /dev/null "$url/readyz" && break; sleep 0.2; done
echo "open     ready $(echo "$(date +%s.%N) - $start" | bc) s after start, server CPU $(cpu) ms"
echo "load     $(cut -d' ' -f1-3 /proc/loadavg)"
before=$(cpu)
curl -s -o /dev/null -w "first    %{http_code}, %{time_total} s, %{size_download} bytes" "$url/api/flows"
after=$(cpu); echo ", server CPU $((after - before)) ms"
for i in 1 2 3 4 5; do
  before=$(cpu)
  curl -s -o /dev/null -w "repeated %{http_code}, %{time_total} s, %{size_download} bytes" "$url/api/flows"
  after=$(cpu); echo ", server CPU $((after - before)) ms"
done
echo "memory   $(grep VmHWM "/proc/$server/status" | tr -s ' ')"
