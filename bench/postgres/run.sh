#!/usr/bin/env bash
# Store benchmark (issue 20): the `sermo ingest` verb (one cycle over a drop file, then the cube rollup) on the SQLite
# store and on PostgreSQL run durable (fsync, synchronous_commit, full_page_writes on: PostgreSQL's defaults) and
# unsafe (all three off, as the test server runs). From the repository root:
#   bench/postgres/run.sh [posts=20000] [runs=3] [results=bench/postgres/results-latest.md]
# Each run starts from an empty store and a fresh data folder; each PostgreSQL listens only on a socket in its own
# folder, so the benchmark touches no port another server uses. Timings are wall time of the whole process.
set -euo pipefail
cd "$(dirname "$0")/../.."
posts="${1:-20000}"; runs="${2:-3}"; results="${3:-bench/postgres/results-latest.md}"
root=/tmp/sermo-pg-bench; bin="$root/bin"; pg=/usr/lib/postgresql/15/bin
mkdir -p "$root"; chmod 777 "$root"
dotnet build -c Release src/Worker/Sermo.Worker.csproj -o "$bin" >/dev/null

python3 - "$posts" "$root/posts.jsonl" <<'PY'
import json, random, sys, datetime
n, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(20)
brands = ["Eliquis", "apixaban", "Xarelto", "rivaroxaban", "warfarin", "Ozempic", "semaglutide", "Jardiance", "metformin", "Entresto"]
specialties = ["Cardiology", "Endocrinology", "Family Medicine", "Internal Medicine", "Nephrology", "Neurology"]
states = ["CA", "TX", "NY", "OH", "FL", "WA", "IL"]
shapes = [
    "Started {b} last month in a patient with afib, no bleeding so far and good adherence.",
    "Switched from {b} to {c} after minor bleeding; the patient prefers fewer pills and is doing well.",
    "Anyone seeing nausea with {b}? Two of my patients stopped it after a few weeks, one came back to {c}.",
    "Prior auth for {b} denied again. Insurance wants {c} first. Frustrating for everyone involved.",
    "Good results with {b} in elderly CKD patients, renal dosing matters. Would not go back to {c}.",
]
day0 = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
with open(out, "w") as f:
    for i in range(n):
        b, c = rnd.sample(brands, 2)
        at = day0 + datetime.timedelta(minutes=rnd.randrange(365 * 24 * 60))
        f.write(json.dumps({"id": f"p{i}", "author": f"ext-{rnd.randrange(2000)}", "createdAt": at.isoformat(),
                            "specialty": rnd.choice(specialties), "state": rnd.choice(states),
                            "text": rnd.choice(shapes).format(b=b, c=c)}) + "\n")
PY

start_pg() { # name, settings...
  local data="$root/$1" sock="$root/$1-sock"; shift
  runuser -u postgres -- "$pg/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$data" "$sock"; mkdir -p "$data" "$sock"; chown postgres:postgres "$data" "$sock"
  runuser -u postgres -- "$pg/initdb" -D "$data" -A trust -U postgres -E UTF8 >/dev/null
  runuser -u postgres -- "$pg/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-p 5432 -k $sock -c listen_addresses= -c max_connections=50 $*" start >/dev/null
}
stop_pg() { runuser -u postgres -- "$pg/pg_ctl" -D "$root/$1" -m fast stop >/dev/null 2>&1 || true; }
trap 'stop_pg durable; stop_pg unsafe' EXIT
start_pg durable -c fsync=on -c synchronous_commit=on -c full_page_writes=on
start_pg unsafe -c fsync=off -c synchronous_commit=off -c full_page_writes=off

run_once() { # backend → seconds
  local backend="$1" data="$root/data-$1"
  rm -rf "$data"; mkdir -p "$data/drop"; cp "$root/posts.jsonl" "$data/drop/posts.jsonl"
  # A data folder with only the two secrets is a fresh host's (the SQLite store creates its file).
  printf 'c2VybW8tc3RvcmUtYmVuY2htYXJrLXNlY3JldC0wMDAwMDA=' > "$data/author-key.secret"
  printf 'c2VybW8tc3RvcmUtYmVuY2htYXJrLXJlbGVhc2UtMDAwMDA=' > "$data/release-noise.secret"
  local -a env=()
  if [ "$backend" != sqlite ]; then
    local sock="$root/$backend-sock"
    runuser -u postgres -- "$pg/psql" -h "$sock" -q -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench" >/dev/null
    local cs="Host=$sock;Port=5432;Username=postgres;Database=bench"
    env=(SERMO_Storage__Provider=postgres "SERMO_Storage__PostgresConnectionString=$cs" SERMO_Search__Provider=postgres "SERMO_Search__PostgresConnectionString=$cs")
  fi
  local t0 t1; t0=$(date +%s.%N)
  if ! env "${env[@]}" dotnet "$bin/sermo.dll" ingest --data "$data" >"$root/ingest-$backend.log" 2>&1; then
    echo "ingest on $backend failed:" >&2; cat "$root/ingest-$backend.log" >&2; return 1
  fi
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A times
for r in $(seq "$runs"); do
  for backend in sqlite durable unsafe; do t=$(run_once "$backend"); times[$backend]+="$t "; done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
# Each server's durability as the server itself reports it, so a label cannot claim what the server did not run with.
settings() {
  runuser -u postgres -- "$pg/psql" -h "$root/$1-sock" -d bench -tA -F= -c "SELECT name, setting FROM pg_settings
    WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_buffers', 'max_wal_size') ORDER BY name" | paste -sd' '
}
durable_settings=$(settings durable); unsafe_settings=$(settings unsafe)
stored=$(runuser -u postgres -- "$pg/psql" -h "$root/durable-sock" -d bench -tAc "SELECT count(*) FROM posts")
pg_bytes=$(runuser -u postgres -- "$pg/psql" -h "$root/durable-sock" -d bench -tAc "SELECT pg_database_size('bench')")
sqlite_bytes=$(du -cb "$root/data-sqlite"/sermo.db* | tail -n 1 | cut -f1)

{
  echo "# Store benchmark: \`sermo ingest\` of $posts posts — $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores"
  echo
  echo "Command: \`bench/postgres/run.sh $posts $runs\`. Path: the \`ingest\` verb (Release build), one cycle over one drop file"
  echo "of $posts synthetic forum posts into an empty store (scrub, tag, store, search index), then the cube rollup; wall"
  echo "time of the whole process, start-up and migrations included. Runs interleave the backends. Load average before"
  echo "\`$load_before\`, after \`$load_after\`. Posts stored (last PostgreSQL run): $stored. Size after the last run:"
  echo "PostgreSQL database $((pg_bytes / 1024 / 1024)) MiB (posts, search, cube, forum, empty database included), SQLite files"
  echo "$((sqlite_bytes / 1024 / 1024)) MiB."
  echo
  echo "Server settings (read back from each server; wal_buffers in 8 kB pages, max_wal_size in MB):"
  echo "- PostgreSQL durable: \`$durable_settings\`"
  echo "- PostgreSQL unsafe (fast and unsafe, as the test server): \`$unsafe_settings\`"
  echo
  echo "| store | runs (s) | median (s) | posts/s (median) | × SQLite |"
  echo "|---|---|---|---|---|"
  sqlite_median=$(echo "${times[sqlite]}" | tr ' ' '\n' | grep . | median)
  for backend in sqlite durable unsafe; do
    m=$(echo "${times[$backend]}" | tr ' ' '\n' | grep . | median)
    label=$backend; [ "$backend" = durable ] && label="PostgreSQL durable (fsync on)"; [ "$backend" = unsafe ] && label="PostgreSQL unsafe (fsync off)"
    echo "| $label | $(echo "${times[$backend]}" | xargs printf '%.1f ') | $(printf '%.1f' "$m") | $(echo "$posts / $m" | bc) | $(printf '%.2f' "$(echo "$sqlite_median / $m" | bc -l)") |"
  done
} | tee "$results"
