#!/usr/bin/env bash
# Search over HTTP (issue 19): `sermo serve` on a data folder, wrk driving GET /api/search with the search bench's
# 20-query mix at 1, 8 and 50 connections; at 50 the admission gate (Search:Admission, decision 019) must shed with
# 503 + Retry-After rather than let requests time out. From the repository root:
#   bench/search/http/run.sh DATA_DIR [seconds=20] [results=bench/search/http/results-latest.md]
# DATA_DIR is a data folder with posts, e.g. the one bench/ingest/run.sh leaves in /tmp/sermo-ingest-bench/data.
# /api/search is analysts' (issue 18): the script adds a machine analyst account to DATA_DIR once, issues it a key and
# lifts the per-key rate limit for the served process, so wrk measures search rather than 429s. CPU per answered search
# is the server's user+sys over the 200 answers of each step (CPU, not wall time, is what a loaded machine still
# measures); its same-run peer is a bare FTS5 MATCH with bm25 over the same table in the sqlite3 shell (the text terms
# of the mix, every match read, no filters, facets, page or JSON).
# The served process reads Search:CacheEntries from the environment (decision 061): `Search__CacheEntries=0 run.sh …`
# measures every answer's own search; with the cache on (the default) the mix's 20 queries repeat, so after the warm-up
# nearly every answer is a cache hit until the store changes: an upper bound, not a new query's cost.
set -euo pipefail
# wrk drives the load: installed from Debian when a new machine lacks it.
command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cd "$(dirname "$0")/../../.."
data="$1"; seconds="${2:-20}"; results="${3:-bench/search/http/results-latest.md}"
work="${SEARCH_HTTP_BENCH_DIR:-/tmp/sermo-search-http-bench}"; port="${SEARCH_HTTP_BENCH_PORT:-5391}"
mkdir -p "$work"
export MSBUILDDISABLENODEREUSE=1
# SERMO_BIN: a Release build of src/Worker to use as is (bench/ingest/run.sh leaves one in /tmp/sermo-ingest-bench/bin/sermo).
source bench/build-commit.sh
sermo_bin="${SERMO_BIN:-$work/sermo}"
if [ -z "${SERMO_BIN:-}" ]; then
  bench_build src/Worker/Sermo.Worker.csproj "$sermo_bin" "$work/build.log" || exit 1
fi
commit="$(bench_commit "$sermo_bin")"
posts="$(sqlite3 "$data/sermo.db" 'SELECT count(*) FROM posts' 2>/dev/null || echo '?')"
sermo=(dotnet "$sermo_bin/sermo.dll")
analyst="search-bench@analysts.example"
"${sermo[@]}" portal user add --email "$analyst" --role analyst --machine --data "$data" > /dev/null 2>&1 || true
key="$("${sermo[@]}" portal key issue --email "$analyst" --name "search-bench" --days 1 --data "$data" | grep -o 'sermo_pk_[A-Za-z0-9_-]*' | head -1)"
[ -n "$key" ] || { echo "could not issue an analyst key in $data" >&2; exit 1; }
auth="Authorization: Bearer $key"
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is already taken: another server answers there" >&2; exit 1; fi
# The columns' build (decision 076) reports done or failed in the log at Information (decision 085): let that one category through.
env "Logging__LogLevel__Sermo.Storage.Search.Sqlite.SqliteSearchIndex=Information" Portal__Access__RequestsPerMinute=10000000 \
  "${sermo[@]}" serve --data "$data" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
# Wait for the server to exit: a run started right after must not find this one still holding the port (or answering).
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -sf -o /dev/null -H "$auth" "http://127.0.0.1:$port/api/search?q=eliquis" && break; sleep 1; done
# Answering again proves the search works. The first search starts the columns' build, and searches on the text pass
# beside it may pass Search:Admission:AnswerWithin under load (503): give it as long as the first search had.
for _ in $(seq 60); do curl -sf -o /dev/null -H "$auth" "http://127.0.0.1:$port/api/search?q=eliquis" && break; sleep 2; done
curl -sf -o /dev/null -H "$auth" "http://127.0.0.1:$port/api/search?q=eliquis" || { tail -5 "$work/serve.log" >&2; exit 1; }
# The first search starts the in-memory columns' build (decision 076) and searches take the slower text pass until it is
# swapped in: time nothing before the server says it is built. A build that failed, or was not made (row ids above
# Search:ColumnRows), stops the run. A build from before decision 085 says nothing: SEARCH_HTTP_BENCH_COLUMNS_WAIT
# (seconds, default 600) bounds the wait, and the results file says whether the signal came.
columns_wait="${SEARCH_HTTP_BENCH_COLUMNS_WAIT:-600}"; columns="not signalled within ${columns_wait} s"
waited_from="$(date +%s)"
while [ $(( $(date +%s) - waited_from )) -lt "$columns_wait" ]; do
  if grep -q 'Search columns build failed\|Search columns not built' "$work/serve.log"; then
    grep -A3 'Search columns build failed\|Search columns not built' "$work/serve.log" >&2; exit 1
  fi
  if grep -q 'Search columns built' "$work/serve.log"; then
    columns="built $(( $(date +%s) - waited_from )) s after the first search"; break
  fi
  sleep 0.5
done
echo "search columns: $columns" >&2
verb="$(pgrep -P "$server" | head -1 || true)"; verb="${verb:-$server}" # `dotnet sermo.dll` may run the host in a child
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$verb/stat"; }
tick="$(getconf CLK_TCK)"
# Warm-up: every query once, so the first measured requests do not pay for JIT and cold pages.
wrk -t1 -c1 -d5s -H "$auth" -s bench/search/http/queries.lua "http://127.0.0.1:$port" > /dev/null
# The peer: the mix's text terms as bare FTS5 matches with bm25, each match read in full, 5 passes, in one sqlite3 shell.
peer_sql="$work/peer.sql"; : > "$peer_sql"
for _ in 1 2 3 4 5; do
  for match in eliquis 'eliquis OR apixaban' '"atrial fibrillation" NOT warfarin' 'metfor*' bleeding '(eliquis OR xarelto) AND bleeding' \
      '"heart failure"' 'insulin NOT metformin' 'ozempic OR wegovy OR mounjaro' '"chronic kidney disease"' 'keytruda rash' 'atorva* myalgia'; do
    printf "SELECT rowid, bm25(posts_fts) FROM posts_fts WHERE posts_fts MATCH '%s';\n" "$match" >> "$peer_sql"
  done
done
peer_queries="$(grep -c MATCH "$peer_sql")"
/usr/bin/time -f '%U %S' -o "$work/peer.time" sqlite3 "file:$data/sermo.db?mode=ro" < "$peer_sql" > /dev/null
peer_us="$(awk -v n="$peer_queries" '{ printf "%.0f", ($1 + $2) * 1e6 / n }' "$work/peer.time")"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
cache="Search:CacheEntries ${Search__CacheEntries:-128 (default)}"
rows=()
for connections in 1 8 50; do
  threads=$(( connections < 2 ? 1 : 2 ))
  before="$(cpu_ticks)"
  out="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 2s -H "$auth" -s bench/search/http/queries.lua "http://127.0.0.1:$port")"
  after="$(cpu_ticks)"
  line="$(grep '^RESULT' <<< "$out")"
  field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<< " $line"; }
  cpu_us="$(awk -v t=$((after - before)) -v hz="$tick" -v n="$(field ok)" 'BEGIN { printf "%.0f", n ? t / hz * 1e6 / n : 0 }')"
  ratio="$(awk -v a="$cpu_us" -v b="$peer_us" 'BEGIN { printf "%.1f", b ? a / b : 0 }')"
  rows+=("| $connections | **$(field rps)** | $(field p50_ms) | **$(field p99_ms)** | $(field max_ms) | $(field timeouts) | $(field statuses) | $(field retry_after_503) | **$cpu_us** | $peer_us | $ratio |")
  echo "$connections connections: $line cpu_us_per_ok=$cpu_us peer_fts5_cpu_us=$peer_us" >&2
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
{
  echo "# Search over HTTP: \`GET /api/search\`, the 20-query mix${SEARCH_HTTP_BENCH_CLASS:+ (class $SEARCH_HTTP_BENCH_CLASS only)}, wrk"
  echo
  echo "Command: \`bench/search/http/run.sh $data $seconds\` ($(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, server built from commit $commit); server build \`$sermo_bin\`; $posts posts; $cache; search columns $columns; load average $load_start at the start, $load_end at the end (measured under load unless both are near 0). wrk and the server share the machine."
  echo
  echo "| connections | requests/s | p50 ms | p99 ms | max ms | timeouts (2 s) | answers by status | 503 with Retry-After | server CPU µs per 200 answer | peer: bare FTS5 MATCH + bm25, CPU µs per query (same run) | × peer |"
  echo "|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Targets (issue 19, at 1M posts): ≥ 100 requests/s with p99 ≤ 300 ms at 8 connections; at 50 no timeouts (overload shed with 503 + Retry-After). Latencies are over every answer, the 503s (answered at once, or after at most Search:Admission:MaxQueueWait in the queue) included. Server CPU: user+sys of \`sermo serve\` (/proc) over the step divided by its 200 answers (the 503s cost a little of it too). Peer: $peer_queries bare FTS5 matches with bm25 in the sqlite3 shell on the same database (the mix's text terms, every match read), user+sys per query."
} > "$results"
cat "$results"
