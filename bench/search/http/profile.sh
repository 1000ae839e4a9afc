#!/usr/bin/env bash
# Where a new search's CPU goes (decision 289): `sermo serve` on DATA_DIR with the match cache off, then
#  1. each query of the HTTP bench's mix asked REPEATS times alone, the server's user+sys CPU per answer (/proc) and
#     the answer's hit total, into OUT_DIR/per-query.md;
#  2. perf over the served process while wrk drives the whole mix at 8 connections (the JIT's perf map on), into
#     OUT_DIR/perf.data and OUT_DIR/perf-top.txt (the leading symbols, self and with children).
# From the repository root:   bench/search/http/profile.sh SERMO_BIN DATA_DIR OUT_DIR [repeats=10] [perf seconds=20]
set -euo pipefail
cd "$(dirname "$0")/../../.."
bin="$1"; data="$2"; out="$3"; repeats="${4:-10}"; seconds="${5:-20}"; port="${SEARCH_HTTP_BENCH_PORT:-5391}"
mkdir -p "$out"
sermo=(dotnet "$bin/sermo.dll")
analyst="search-bench@analysts.example"
"${sermo[@]}" portal user add --email "$analyst" --role analyst --machine --data "$data" > /dev/null 2>&1 || true
key="$("${sermo[@]}" portal key issue --email "$analyst" --name "search-profile" --days 1 --data "$data" | grep -o 'sermo_pk_[A-Za-z0-9_-]*' | head -1)"
auth="Authorization: Bearer $key"
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is already taken" >&2; exit 1; fi
env DOTNET_PerfMapEnabled=1 Search__CacheEntries=0 "Logging__LogLevel__Sermo.Storage.Search.Sqlite.SqliteSearchIndex=Information" \
  Portal__Access__RequestsPerMinute=10000000 Search__Admission__AnswerWithin=00:05:00 \
  "${sermo[@]}" serve --data "$data" --port "$port" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 180); do curl -sf -o /dev/null -H "$auth" "http://127.0.0.1:$port/api/search?q=eliquis" && break; sleep 1; done
for _ in $(seq 1200); do grep -q 'Search columns built' "$out/serve.log" && break; sleep 0.5; done
grep -q 'Search columns built' "$out/serve.log" || { echo "columns not built" >&2; exit 1; }
verb="$(pgrep -P "$server" | head -1 || true)"; verb="${verb:-$server}"
ticks() { awk '{ print $14 + $15 }' "/proc/$verb/stat"; }
hz="$(getconf CLK_TCK)"
encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
queries="$(python3 -c 'import re; t = open("bench/search/http/queries.lua").read(); t = t[t.index("{"):t.index("}")]
print("\n".join(m.replace(chr(92) + chr(34), chr(34)) for m in re.findall(r"\"((?:[^\"\\]|\\.)*)\"", t)))')"
wrk -t1 -c1 -d5s -H "$auth" -s bench/search/http/queries.lua "http://127.0.0.1:$port" > /dev/null
{
  echo "| query | hits | server CPU ms per answer ($repeats answers alone, cache off) |"
  echo "|---|---:|---:|"
  while IFS= read -r q; do
    url="http://127.0.0.1:$port/api/search?q=$(encode "$q")"
    total="$(curl -s -H "$auth" "$url" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("total", "?"))')"
    before="$(ticks)"
    for _ in $(seq "$repeats"); do curl -s -o /dev/null -H "$auth" "$url"; done
    after="$(ticks)"
    echo "| \`$q\` | $total | $(awk -v t=$((after - before)) -v hz="$hz" -v n="$repeats" 'BEGIN { printf "%.1f", t / hz * 1000 / n }') |"
  done <<< "$queries"
} > "$out/per-query.md"
cat "$out/per-query.md"
wrk -t2 -c8 -d"$((seconds + 4))s" --timeout 2s -H "$auth" -s bench/search/http/queries.lua "http://127.0.0.1:$port" > "$out/wrk.txt" &
load=$!
sleep 2
perf record -F 999 -g -p "$verb" -o "$out/perf.data" -- sleep "$seconds" 2> "$out/perf-record.log" || true
wait "$load" || true
perf report -i "$out/perf.data" --no-children --sort symbol --stdio 2> /dev/null | grep -E '^ +[0-9]' | head -60 > "$out/perf-top.txt" || true
perf report -i "$out/perf.data" --no-children --sort dso --stdio 2> /dev/null | grep -E '^ +[0-9]' | head -15 > "$out/perf-dso.txt" || true
perf report -i "$out/perf.data" --children --sort symbol --stdio -g none 2> /dev/null | grep -E '^ +[0-9]' | head -80 > "$out/perf-children.txt" || true
grep RESULT "$out/wrk.txt" >&2 || true
