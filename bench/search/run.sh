#!/usr/bin/env bash
# Search benchmark: SQLite FTS5 and PostgreSQL in one run. From the repository root:
#   source .ci/postgres && bench/search/run.sh [posts=1000000] [runs=5] [backends=sqlite,postgres] [results]
# The PostgreSQL section's header names the server's fsync, synchronous_commit and full_page_writes as read with SHOW;
# for durable figures start the server with SERMO_PG_DURABLE=1 (see .ci/postgres).
# backends may include elasticsearch: SERMO_TEST_ELASTICSEARCH=http://localhost:9200 bench/search/run.sh 1000000 5 elasticsearch
# Writes bench/search/results-latest.md unless results names another file; the figures in docs/search.md come from it.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project bench/search/Sermo.SearchBench.csproj -- "${1:-1000000}" "${2:-5}" "${3:-sqlite,postgres}" "${4:-bench/search/results-latest.md}"
