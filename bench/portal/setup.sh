#!/usr/bin/env bash
# Sourced by bench/portal/run.sh and profile.sh, from the repository root under `set -euo pipefail`:
#   source bench/portal/setup.sh DATA_NAME LOG_PREFIX
# Builds `sermo` (Release) unless PORTAL_BENCH_BIN names a build, runs `sermo demo` into $work/DATA_NAME, adds a
# machine client account with a one-day API key, and serves that folder on loopback until the sourcing script exits
# (logs $work/LOG_PREFIX{demo,serve}.log). Sets: client, work, port, bin, commit (the binary's, bench/build-commit.sh),
# sermo, data, key, server, base. PORTAL_BENCH_DIR, PORTAL_BENCH_PORT: work folder and port.
client=northwind-cardio
work="${PORTAL_BENCH_DIR:-/tmp/sermo-portal-bench}"; port="${PORTAL_BENCH_PORT:-5197}"
export MSBUILDDISABLENODEREUSE=1
mkdir -p "$work"
source bench/build-commit.sh
# PORTAL_BENCH_BIN runs a build made before (e.g. of another commit, for a before/after pair in one sitting).
bin="${PORTAL_BENCH_BIN:-$work/bin}"
[ -n "${PORTAL_BENCH_BIN:-}" ] || bench_build src/Worker/Sermo.Worker.csproj "$bin" "$work/build.log" || exit 1
commit="$(bench_commit "$bin")"
sermo=(dotnet "$bin/sermo.dll")
data="$work/$1"
rm -rf "$data"
"${sermo[@]}" demo --out "$data" > "$work/${2}demo.log"
"${sermo[@]}" portal user add --email "bench@$client.clients.test" --role client --client "$client" --machine --data "$data" > /dev/null
key="$("${sermo[@]}" portal key issue --email "bench@$client.clients.test" --name bench --days 1 --data "$data" | grep -o 'sermo_pk_[A-Za-z0-9_-]*' | head -1)"
# One key drives every connection: its per-key limit is raised for the run (the default is 600 a minute).
SERMO_Portal__Access__RequestsPerMinute=10000000 "${sermo[@]}" serve --port "$port" --data "$data" > "$work/${2}serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 1; done
base="http://127.0.0.1:$port"
