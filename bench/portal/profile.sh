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
cd "$(dirname "$0")/../.."
client=northwind-cardio
path="${1:-/portal/clients/$client?interval=week}"; seconds="${2:-30}"; connections="${3:-50}"
work="${PORTAL_BENCH_DIR:-/tmp/sermo-portal-bench}"; port="${PORTAL_BENCH_PORT:-5197}"
name="$(echo "$path" | tr -c 'A-Za-z0-9\n' '-' | sed 's/^-*//;s/-*$//')"
export MSBUILDDISABLENODEREUSE=1
mkdir -p "$work"
bin="${PORTAL_BENCH_BIN:-$work/bin}"
[ -n "${PORTAL_BENCH_BIN:-}" ] || dotnet build -c Release src/Worker/Sermo.Worker.csproj -o "$bin" -v q -nologo > "$work/build.log" \
  || { grep -E "error" "$work/build.log" >&2; exit 1; }
sermo=(dotnet "$bin/sermo.dll")
data="$work/profile-data"
rm -rf "$data"
"${sermo[@]}" demo --out "$data" > "$work/profile-demo.log"
"${sermo[@]}" portal user add --email "bench@$client.clients.test" --role client --client "$client" --machine --data "$data" > /dev/null
key="$("${sermo[@]}" portal key issue --email "bench@$client.clients.test" --name bench --days 1 --data "$data" | grep -o 'sermo_pk_[A-Za-z0-9_-]*' | head -1)"
SERMO_Portal__Access__RequestsPerMinute=10000000 "${sermo[@]}" serve --port "$port" --data "$data" > "$work/profile-serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 1; done
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
  echo "# GET $path: wrk -t2 -c$connections -d${seconds}s; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(date -u +%Y-%m-%dT%H:%MZ)"
  cat "$work/profile-wrk-$name.txt"
  dotnet dotnet-trace report "$work/profile-$name.nettrace" topN -n 60 --inclusive
} > "$work/profile-$name.txt"
cat "$work/profile-$name.txt"
