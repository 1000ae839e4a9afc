#!/usr/bin/env bash
# The full fuzz run: N generated malformed inputs (default 12,000) through every source, the query parser and every
# search backend, every HTTP route and parameter, every verb, option and file argument, and the client files.
# Writes tests/Sermo.Worker.Tests/Fuzz/results.md. Needs the test PostgreSQL (.ci/postgres starts one).
# Usage: tests/Sermo.Worker.Tests/Fuzz/run.sh [cases] [seed]
set -euo pipefail
cd "$(dirname "$0")/../../.."
source .ci/postgres
trap sermo_pg_stop EXIT
export SERMO_FUZZ_CASES="${1:-12000}" SERMO_FUZZ_SEED="${2:-20261130}"
export SERMO_FUZZ_RESULTS="$PWD/tests/Sermo.Worker.Tests/Fuzz/results.md"
dotnet test tests/Sermo.Worker.Tests --filter "FullyQualifiedName~FuzzRunTests" --logger "console;verbosity=normal"
echo "results: $SERMO_FUZZ_RESULTS"
