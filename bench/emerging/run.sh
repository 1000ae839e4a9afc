#!/usr/bin/env bash
# Precision and recall at 10 of emerging topics (docs/emerging-topics.md). From the repository root:
#   bench/emerging/run.sh [seeds="1 2 3 4 5"]
# Generates one forum stream per seed with the demo's sample generator (samples/generator, its own seed replaced),
# plants five rising topics and a one-author flood into a random week of each, and ranks that week's emerging topics
# with the same Analytics path `topics emerging` runs (candidates, distinct-author counts, binomial test), leaving out
# the sample clients' watched terms. Writes bench/emerging/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
seeds="${1:-1 2 3 4 5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dirs=()
for seed in $seeds; do
  mkdir -p "$work/seed-$seed/generator"
  cp samples/generator/phrases.txt "$work/seed-$seed/generator/"
  dotnet run samples/generator/generate-samples.cs -- "$work/seed-$seed" "$seed" >/dev/null
  dirs+=("$work/seed-$seed/forum")
done
dotnet run -c Release --project bench/emerging -- "${dirs[@]}" --clients samples/clients --out bench/emerging/results.md
