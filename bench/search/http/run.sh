#!/usr/bin/env bash
# Search over HTTP (issue 19): `sermo serve` on a data folder, wrk driving GET /api/search with the search bench's
# 20-query mix at 1, 8 and 50 connections; at 50 the admission gate (Search:Admission, decision 019) must shed with
# 503 + Retry-After rather than let requests time out. From the repository root:
#   bench/search/http/run.sh DATA_DIR [seconds=20] [results=bench/search/http/results-latest.md]
# DATA_DIR is a data folder with posts, e.g. the one bench/ingest/run.sh leaves in /tmp/sermo-ingest-bench/data.
set -euo pipefail
cd "$(dirname "$0")/../../.."
data="$1"; seconds="${2:-20}"; results="${3:-bench/search/http/results-latest.md}"
work="${SEARCH_HTTP_BENCH_DIR:-/tmp/sermo-search-http-bench}"; port="${SEARCH_HTTP_BENCH_PORT:-5391}"
mkdir -p "$work"
export MSBUILDDISABLENODEREUSE=1
# SERMO_BIN: a Release build of src/Worker to use as is (bench/ingest/run.sh leaves one in /tmp/sermo-ingest-bench/bin/sermo).
sermo_bin="${SERMO_BIN:-$work/sermo}"
if [ -z "${SERMO_BIN:-}" ]; then
  dotnet build -c Release src/Worker/Sermo.Worker.csproj -o "$sermo_bin" -v q -nologo > "$work/build.log" || { grep -E "error|rror\(s\)" "$work/build.log" >&2; exit 1; }
fi
posts="$(sqlite3 "$data/sermo.db" 'SELECT count(*) FROM posts' 2>/dev/null || echo '?')"
dotnet "$sermo_bin/sermo.dll" serve --data "$data" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/search?q=eliquis" && break; sleep 1; done
# Warm-up: every query once, so the first measured requests do not pay for JIT and cold pages.
wrk -t1 -c1 -d5s -s bench/search/http/queries.lua "http://127.0.0.1:$port" > /dev/null
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
rows=()
for connections in 1 8 50; do
  threads=$(( connections < 2 ? 1 : 2 ))
  out="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 2s -s bench/search/http/queries.lua "http://127.0.0.1:$port")"
  line="$(grep '^RESULT' <<< "$out")"
  field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<< " $line"; }
  rows+=("| $connections | **$(field rps)** | $(field p50_ms) | **$(field p99_ms)** | $(field max_ms) | $(field timeouts) | $(field statuses) | $(field retry_after_503) |")
  echo "$connections connections: $line" >&2
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
{
  echo "# Search over HTTP: \`GET /api/search\`, the 20-query mix, wrk"
  echo
  echo "Command: \`bench/search/http/run.sh $data $seconds\` ($(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' + local changes')); $posts posts; load average $load_start at the start, $load_end at the end (measured under load unless both are near 0). wrk and the server share the machine."
  echo
  echo "| connections | requests/s | p50 ms | p99 ms | max ms | timeouts (2 s) | answers by status | 503 with Retry-After |"
  echo "|---:|---:|---:|---:|---:|---:|---|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Targets (issue 19, at 1M posts): ≥ 100 requests/s with p99 ≤ 300 ms at 8 connections; at 50 no timeouts (overload shed with 503 + Retry-After). Latencies are over every answer, the 503s (answered at once, or after at most Search:Admission:MaxQueueWait in the queue) included."
} > "$results"
cat "$results"
