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
source bench/search/http/serve-uncached.sh
serve_uncached "$bin" "$data" "$port" "$out/serve.log" DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
ticks() { awk '{ print $14 + $15 }' "/proc/$verb/stat"; }
hz="$(getconf CLK_TCK)"
queries="$(queries_of_mix)"
wrk -t1 -c1 -d5s -H "$auth" -s bench/search/http/queries.lua "http://127.0.0.1:$port" > /dev/null
{
  echo "| query | hits | server CPU ms per answer ($repeats answers alone, cache off) |"
  echo "|---|---:|---:|"
  while IFS= read -r q; do
    url="http://127.0.0.1:$port/api/search?q=$(url_encode "$q")"
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
