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
source bench/search/http/serve-uncached.sh
serve_uncached "$bin" "$data" "$port" "$out.serve.log"
queries="$(queries_of_mix)"
strip() { python3 -c 'import json, sys; d = json.load(sys.stdin); d.pop("traceId", None) if isinstance(d, dict) else None; print(json.dumps(d, ensure_ascii=False, sort_keys=False))'; }
n=0
while IFS= read -r q; do
  n=$((n + 1))
  for sort in relevance newest; do
    base="http://127.0.0.1:$port/api/search?q=$(url_encode "$q")&sort=$sort"
    curl -s -H "$auth" "$base" | strip > "$out/$(printf %02d $n)-$sort-1.json"
    cursor="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("nextCursor") or "")' "$out/$(printf %02d $n)-$sort-1.json" 2>/dev/null || true)"
    if [ -n "$cursor" ]; then
      curl -s -H "$auth" "$base&cursor=$(url_encode "$cursor")" | strip > "$out/$(printf %02d $n)-$sort-2.json"
    fi
    curl -s -H "$auth" "$base&size=100&interval=month" | strip > "$out/$(printf %02d $n)-$sort-100.json"
  done
done <<< "$queries"
echo "$(ls "$out" | wc -l) answers in $out" >&2
