#!/usr/bin/env bash
# Error the release adds to clients' numbers on the demo data (decision 013). From the repository root:
#   bench/privacy/run.sh [data=/tmp/sermo-privacy-bench]
# Builds the demo into a fresh folder through the `demo` verb, then releases every report definition of every client
# as ClientReportRunner does and writes bench/privacy/results-demo.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-/tmp/sermo-privacy-bench}"
rm -rf "$data"
dotnet run -c Release --project src/Worker -- demo --out "$data" >/dev/null
dotnet run -c Release --project bench/privacy -- "$data" bench/privacy/results-demo.md
