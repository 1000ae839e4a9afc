#!/usr/bin/env bash
# Sourced by answers.sh and profile.sh (decision 289), from the repository root: serves DATA with the match cache off
# and a 5-minute answer deadline, with an analyst key, and returns once the in-memory columns are built, so every
# answer after it is read through them as the HTTP bench times them. Also queries_of_mix (the mix's 20 queries, one a
# line, from queries.lua) and url_encode.
#   serve_uncached BIN DATA PORT LOG [VAR=VALUE…]   sets auth, server (the pid) and verb (the served process)
serve_uncached() {
  local bin=$1 data=$2 port=$3 log=$4; shift 4
  local sermo=(dotnet "$bin/sermo.dll") analyst="search-bench@analysts.example" key
  "${sermo[@]}" portal user add --email "$analyst" --role analyst --machine --data "$data" > /dev/null 2>&1 || true
  key="$("${sermo[@]}" portal key issue --email "$analyst" --name "search-uncached" --days 1 --data "$data" | grep -o 'sermo_pk_[A-Za-z0-9_-]*' | head -1)"
  auth="Authorization: Bearer $key"
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is already taken" >&2; exit 1; fi
  env "$@" Search__CacheEntries=0 "Logging__LogLevel__Sermo.Storage.Search.Sqlite.SqliteSearchIndex=Information" \
    Portal__Access__RequestsPerMinute=10000000 Search__Admission__AnswerWithin=00:05:00 \
    "${sermo[@]}" serve --data "$data" --port "$port" > "$log" 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
  for _ in $(seq 180); do curl -sf -o /dev/null -H "$auth" "http://127.0.0.1:$port/api/search?q=eliquis" && break; sleep 1; done
  for _ in $(seq 1200); do grep -q 'Search columns built' "$log" && break; sleep 0.5; done
  grep -q 'Search columns built' "$log" || { echo "columns not built" >&2; exit 1; }
  verb="$(pgrep -P "$server" | head -1 || true)"; verb="${verb:-$server}"
}

queries_of_mix() {
  python3 -c 'import re; t = open("bench/search/http/queries.lua").read(); t = t[t.index("{"):t.index("}")]
print("\n".join(m.replace(chr(92) + chr(34), chr(34)) for m in re.findall(r"\"((?:[^\"\\]|\\.)*)\"", t)))'
}

url_encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
