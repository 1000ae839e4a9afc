#!/usr/bin/env bash
# API latency of the portal host (issue 18): wrk, 50 connections for 60 s each, on loopback against `sermo serve` over
# the demo data, as a client's API key: the client's heat-map page and API (the released heat map, kept between rollups,
# audited per view) and the report API (the list, then one report file). From the repository root:
#   bench/portal/run.sh [seconds=60] [connections=50] [results=bench/portal/results-latest.md]
# (PORTAL_BENCH_DIR, PORTAL_BENCH_PORT: work folder and port; PORTAL_BENCH_BIN: a Release build to run instead of building.)
# Target: p99 <= 300 ms and no errors (non-2xx or socket errors) on each endpoint.
set -euo pipefail
# wrk drives the load: installed from Debian when a new machine lacks it.
command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cd "$(dirname "$0")/../.."
seconds="${1:-60}"; connections="${2:-50}"; results="${3:-bench/portal/results-latest.md}"
source bench/portal/setup.sh data ""
auth="Authorization: Bearer $key"
report="$(curl -sf -H "$auth" "$base/api/clients/$client/reports" | grep -o '"name":"[^"]*"' | head -1 | cut -d'"' -f4)"
[ -n "$report" ] || { echo "no published report for $client" >&2; exit 1; }
# A file the report's manifest lists (every report has its manifest; heatmap.csv only where the definition asks for csv).
file="$(curl -sf -H "$auth" "$base/api/clients/$client/reports/$report/manifest.json" | grep -o '"name": *"[^"]*\.\(csv\|html\|svg\)"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')"
file="${file:-manifest.json}"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
rows=()
run() { # name path
  local out p50 p99 rps non2xx errors
  out="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "$auth" "$base$2")"
  echo "$out" > "$work/wrk-$1.txt"
  p50="$(echo "$out" | awk '$1=="50%"{print $2}')"; p99="$(echo "$out" | awk '$1=="99%"{print $2}')"
  rps="$(echo "$out" | awk '/Requests\/sec/{print $2}')"
  non2xx="$(echo "$out" | awk '/Non-2xx/{print $5}')"; errors="$(echo "$out" | awk '/Socket errors/{print $4+$6+$8+$10}')"
  rows+=("| $1 | \`GET $2\` | $p50 | $p99 | $rps | ${non2xx:-0} | ${errors:-0} |")
}
run heat-map "/portal/clients/$client?interval=week"
run heat-map-api "/api/clients/$client/heatmap?interval=week"
run report-list "/api/clients/$client/reports"
run report-file "/api/clients/$client/reports/$report/$file"
{
  echo "# Portal API latency (bench/portal/run.sh)"
  echo
  echo "wrk -t2 -c$connections -d${seconds}s on loopback, one client API key, \`sermo serve\` (Release) over \`sermo demo\` data."
  echo "$(nproc) cores; load average $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end (wrk and the server count in it: read a start near 0 as an idle machine)."
  echo "Target: p99 <= 300 ms, 0 errors. $(date -u +%Y-%m-%dT%H:%MZ); server built from commit $commit."
  echo
  echo "| endpoint | request | p50 | p99 | requests/s | non-2xx | socket errors |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$results"
cat "$results"
