#!/usr/bin/env bash
# Where the client heat-map page spends its time (issue 18): `sermo serve` (Release) over `sermo demo` data, one client
# API key, wrk on one path for a while, dotnet-trace sampling the server's threads for part of it; then the methods
# longest on the stack (inclusive) from `dotnet-trace report topN`. Loopback only, bounded by the given seconds.
# From the repository root (after `dotnet tool restore`):
#   bench/portal/profile.sh [path=/portal/clients/northwind-cardio?interval=week] [seconds=30] [connections=50]
# Writes $PORTAL_BENCH_DIR/profile-<name>.txt (wrk's answer and the top 60 methods) and keeps the .nettrace beside it.
# PORTAL_BENCH_BIN: a Release build to run instead of building. Split the busy time by part of the page with
#   dotnet dotnet-trace convert --format speedscope T.nettrace -o T.json && bench/portal/breakdown.py T.speedscope.json
set -euo pipefail
# wrk drives the load: installed from Debian when a new machine lacks it.
command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cd "$(dirname "$0")/../.."
path="${1:-/portal/clients/northwind-cardio?interval=week}"; seconds="${2:-30}"; connections="${3:-50}"
name="$(echo "$path" | tr -c 'A-Za-z0-9\n' '-' | sed 's/^-*//;s/-*$//')"
source bench/portal/setup.sh profile-data profile-
url="http://127.0.0.1:$port$path"
curl -sf -o /dev/null -H "Authorization: Bearer $key" "$url" || { echo "GET $path failed" >&2; exit 1; }
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $key" "$url" > "$work/profile-wrk-$name.txt" &
load=$!
# Sample the middle of the run: past warm-up, before wrk stops.
sleep $((seconds / 4))
dotnet dotnet-trace collect -p "$server" --profile dotnet-sampled-thread-time --duration "00:00:$(printf '%02d' $((seconds / 2)))" \
  -o "$work/profile-$name.nettrace" > "$work/profile-trace.log" 2>&1
wait "$load"
{
  echo "# GET $path: wrk -t2 -c$connections -d${seconds}s; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(date -u +%Y-%m-%dT%H:%MZ); server built from commit $commit"
  cat "$work/profile-wrk-$name.txt"
  dotnet dotnet-trace report "$work/profile-$name.nettrace" topN -n 60 --inclusive
} > "$work/profile-$name.txt"
cat "$work/profile-$name.txt"
