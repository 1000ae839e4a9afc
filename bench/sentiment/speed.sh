#!/usr/bin/env bash
# Post sentiment prediction speed on ingest's path (issue #13: >= 100,000 posts per CPU second in ingest batches).
# Runs the BenchmarkDotNet class SentimentPredictionBenchmarks (in process, one thread, warm JIT) and writes
# bench/sentiment/speed.md: mean time per post and posts per second for each method, with the load average, so the
# same-run ratios (IngestClassify and Batch against PreviousTransformBatch) can be read beside the absolute figures.
# One thread: on an idle machine wall time per post is CPU time per post.
# Usage: bash bench/sentiment/speed.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
load_before=$(cut -d' ' -f1 /proc/loadavg)
(cd "$repo" && dotnet run -c Release --project bench/Sermo.Benchmarks -- --filter '*SentimentPrediction*' >/dev/null)
report="$repo/BenchmarkDotNet.Artifacts/results/Sermo.Benchmarks.Sentiment.SentimentPredictionBenchmarks-report.csv"
python3 - "$report" "$here/speed.md" "$load_before" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import csv, datetime, sys
report, out, before, after = sys.argv[1:]
unit = {"ns": 1, "μs": 1e3, "us": 1e3, "ms": 1e6}
def ns(cell):
    value, u = cell.replace(",", "").split()
    return float(value) * unit[u]
rows = list(csv.DictReader(open(report, encoding="utf-8")))
peer = next(ns(r["Mean"]) for r in rows if r["Method"] == "PreviousTransformBatch")
lines = ["# Post sentiment prediction speed", "",
         f"`bash bench/sentiment/speed.sh`, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, load average {before} before, {after} after "
         "(2 cores; above ~1 the figures are measured under load and the absolute numbers are low, the same-run ratios hold better).", "",
         "| method | mean per post | median per post | posts per second (one thread, from the mean) | × previous batch Transform | allocated per post |", "|---|---|---|---|---|---|"]
for r in rows:
    mean = ns(r["Mean"])
    lines.append(f"| {r['Method']} | {r['Mean']} | {r['Median']} | {1e9 / mean:,.0f} | {peer / mean:.2f} | {r.get('Allocated', '')} |")
lines += ["", "IngestClassify is ingest's call (PostSentimentModel.Classify: context features from the tags, then one pooled engine for the slice); "
          "the issue's target is 100,000 posts per CPU second on it."]
open(out, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
