#!/usr/bin/env bash
# Times the web host's start on a new, empty store: from process start to the first 200 from /readyz (polled every
# 20 ms), with the server's CPU time (user + system, from /proc) at that moment. The defaults apply, so the seed is
# loaded into the empty store as part of the start. Linux only.
#
#   bench/web-start.sh WEB_BUILD_DIR [RUNS] [PORT]
#   e.g. bench/web-start.sh src/GraphExplorer.Web/bin/Release/net10.0 5
set -euo pipefail
bin=$1 runs=${2:-5} port=${3:-5215}
url=http://127.0.0.1:$port
for run in $(seq 1 "$runs"); do
  folder=$(mktemp -d)
  start=$(date +%s.%N)
  dotnet "$bin/GraphExplorer.Web.dll" --urls "$url" --GraphExplorer:DataPath="$folder/store.db" > "$folder/log" 2>&1 &
  server=$!
  ready=no
  for _ in $(seq 1 1500); do
    if curl -sf -o /dev/null "$url/readyz"; then ready=yes; break; fi
    sleep 0.02
  done
  end=$(date +%s.%N)
  cpu=$(awk '{ print ($14 + $15) * 10 }' "/proc/$server/stat")
  echo "run $run: ready=$ready $(echo "$end - $start" | bc) s after start, server CPU $cpu ms, load $(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$server"; wait "$server" 2>/dev/null || true
  rm -rf "$folder"
done
