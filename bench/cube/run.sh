#!/usr/bin/env bash
# Cube benchmark (issue 7). From the repository root:
#   bench/cube/run.sh [posts=10000000] [runs=21] [peer_runs=3] [db=/tmp/sermo-cube-bench/posts.db]
# INGEST_POSTS=N (default: all) sends the first N posts through the ingest store's bulk path (IIngestStore.CommitAsync,
# FTS5 and tags included) and appends the rest of the same deterministic stream straight into the posts table.
# The post store is kept for later runs; each run rebuilds the whole cube, times incremental rollups and the
# heat-map reads, and writes bench/cube/results-latest.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
posts="${1:-10000000}"; runs="${2:-21}"; peer_runs="${3:-3}"; db="${4:-/tmp/sermo-cube-bench/posts.db}"
bin=/tmp/sermo-cube-bench/bin
dotnet build -c Release bench/cube/Sermo.CubeBench.csproj -o "$bin" >/dev/null
mkdir -p "$(dirname "$db")"
if [ ! -f "$db" ]; then
  dotnet "$bin/Sermo.CubeBench.dll" load "$db" "${INGEST_POSTS:-$posts}"
  if [ -n "${INGEST_POSTS:-}" ]; then dotnet "$bin/Sermo.CubeBench.dll" append "$db" "$posts"; fi
fi
dotnet "$bin/Sermo.CubeBench.dll" run "$db" "$runs" "$peer_runs" bench/cube/results-latest.md
