#!/usr/bin/env bash
# The answers of the HTTP bench's 20-query mix, saved for a before/after check that a speed change kept every answer
# (decision 289): `sermo serve` on DATA_DIR with the match cache off, each query asked with both sorts, a second page
# by cursor and a page of 100 hits, each body written to OUT_DIR as one JSON file; a problem body's traceId (the only
# field that differs between two asks) is removed. From the repository root:
#   bench/search/http/answers.sh SERMO_BIN DATA_DIR OUT_DIR
# Compare two runs with `diff -r OUT_BEFORE OUT_AFTER` (no output: byte-identical answers).
set -euo pipefail
cd "$(dirname "$0")/../../.."
bin="$1"; data="$2"; out="$3"; port="${SEARCH_HTTP_BENCH_PORT:-5391}"
mkdir -p "$out"
sermo=(dotnet "$bin/sermo.dll")
analyst="search-bench@analysts.example"
"${sermo[@]}" portal user add --email "$analyst" --role analyst --machine --data "$data" > /dev/null 2>&1 || true
key="$("${sermo[@]}" portal key issue --email "$analyst" --name "search-answers" --days 1 --data "$data" | grep -o 'sermo_pk_[A-Za-z0-9_-]*' | head -1)"
auth="Authorization: Bearer $key"
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is already taken" >&2; exit 1; fi
env Search__CacheEntries=0 "Logging__LogLevel__Sermo.Storage.Search.Sqlite.SqliteSearchIndex=Information" \
  Portal__Access__RequestsPerMinute=10000000 Search__Admission__AnswerWithin=00:05:00 \
  "${sermo[@]}" serve --data "$data" --port "$port" > "$out.serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 180); do curl -sf -o /dev/null -H "$auth" "http://127.0.0.1:$port/api/search?q=eliquis" && break; sleep 1; done
# Every answer below is read through the columns, as the bench times them.
for _ in $(seq 1200); do grep -q 'Search columns built' "$out.serve.log" && break; sleep 0.5; done
grep -q 'Search columns built' "$out.serve.log" || { echo "columns not built" >&2; exit 1; }
queries="$(python3 -c 'import re; t = open("bench/search/http/queries.lua").read(); t = t[t.index("{"):t.index("}")]
print("\n".join(m.replace(chr(92) + chr(34), chr(34)) for m in re.findall(r"\"((?:[^\"\\]|\\.)*)\"", t)))')"
encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
strip() { python3 -c 'import json, sys; d = json.load(sys.stdin); d.pop("traceId", None) if isinstance(d, dict) else None; print(json.dumps(d, ensure_ascii=False, sort_keys=False))'; }
n=0
while IFS= read -r q; do
  n=$((n + 1))
  for sort in relevance newest; do
    base="http://127.0.0.1:$port/api/search?q=$(encode "$q")&sort=$sort"
    curl -s -H "$auth" "$base" | strip > "$out/$(printf %02d $n)-$sort-1.json"
    cursor="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("nextCursor") or "")' "$out/$(printf %02d $n)-$sort-1.json" 2>/dev/null || true)"
    if [ -n "$cursor" ]; then
      curl -s -H "$auth" "$base&cursor=$(encode "$cursor")" | strip > "$out/$(printf %02d $n)-$sort-2.json"
    fi
    curl -s -H "$auth" "$base&size=100&interval=month" | strip > "$out/$(printf %02d $n)-$sort-100.json"
  done
done <<< "$queries"
echo "$(ls "$out" | wc -l) answers in $out" >&2
