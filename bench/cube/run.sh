#!/usr/bin/env bash
# Cube benchmark (issue 7). From the repository root:
#   bench/cube/run.sh [posts=10000000] [runs=21] [peer_runs=5] [db=/tmp/sermo-cube-bench/posts.db]
# Loads the post store once (kept for later runs), rolls it into the cube, times the heat-map reads and writes
# bench/cube/results-latest.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
posts="${1:-10000000}"; runs="${2:-21}"; peer_runs="${3:-5}"; db="${4:-/tmp/sermo-cube-bench/posts.db}"
dotnet build -c Release bench/cube/Sermo.CubeBench.csproj -o /tmp/sermo-cube-bench/bin >/dev/null
mkdir -p "$(dirname "$db")"
if [ ! -f "$db" ]; then
  dotnet /tmp/sermo-cube-bench/bin/Sermo.CubeBench.dll load "$db" "$posts"
fi
dotnet /tmp/sermo-cube-bench/bin/Sermo.CubeBench.dll run "$db" "$runs" "$peer_runs" bench/cube/results-latest.md
