#!/usr/bin/env bash
# Issue #13's targets side by side, each with the command that measures it; writes bench/sentiment/targets.md.
# Usage: bash bench/sentiment/targets.sh [--reuse]
#   --reuse: take the UCI 10-fold and training figures from the last compare.sh run (results.json, training.json)
#            and the prediction figure from the last BenchmarkDotNet report instead of running them again.
# Held-out files are only ever evaluated here, after training on the training files; nothing is tuned on them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${SERMO_BENCH_WORK:-/tmp/sermo-sentiment-bench}"
labels="$repo/samples/labels"
mkdir -p "$work/targets"
dotnet build -c Release "$repo/src/Worker" -v q -nologo >/dev/null
sermo=(dotnet "$repo/src/Worker/bin/Release/net10.0/sermo.dll")
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# 1. Own held-out physician posts, 3 classes: train on the training part, evaluate once on the held-out part.
rm -rf "$work/targets/sentiment"
"${sermo[@]}" train sentiment --labels "$labels/physician-posts-train.csv" --out "$work/targets/sentiment" --holdout 0 >/dev/null
read -r heldAcc heldF1 heldN < <("${sermo[@]}" eval sentiment --model "$work/targets/sentiment" --labels "$labels/physician-posts-heldout3.csv" --json | json 'd["accuracy"], d["macroF1"], d["examples"]')

# 2. Aspects on the held-out clauses (aspect macro-F1; polarity and both-right figures beside it).
rm -rf "$work/targets/aspects"
"${sermo[@]}" train aspects --labels "$labels/aspects-train.csv" --out "$work/targets/aspects" --holdout 0 >/dev/null
read -r aspF1 aspAcc polF1 jointF1 jointAcc aspN < <("${sermo[@]}" eval aspects --model "$work/targets/aspects" --labels "$labels/aspects-heldout.csv" --json \
  | json 'd["macroF1"], d["accuracy"], d["polarity"]["macroF1"], d["joint"]["macroF1"], d["joint"]["accuracy"], d["examples"]')

# 3. UCI 10-fold on the shared folds next to the peers, and training time vs fastText: compare.sh (runs training.sh).
if [ "${1:-}" != "--reuse" ]; then bash "$here/compare.sh" 1 "${RUNS:-1}" >/dev/null; fi
uci=$(cat "$here/results.json")
training=$(cat "$work/training/training.json")

# 4. Trained on UCI, tested on another domain: the outside set (VADER's rated tweets, decision 070) with every peer in
#    the same run (outside.sh), and beside it leave one UCI source out.
bash "$here/outside.sh" >/dev/null
outside=$(cat "$here/outside.json")
python3 - "$here/.npm/node_modules/sentiment/test/fixtures" "$work/targets" <<'PY'
import csv, json, os, sys
fixtures, out = sys.argv[1], sys.argv[2]
# Each fixture ends with an empty item without a class, which the label CSV reader refuses (folds.py does the same).
rows = {n: [("positive" if r["class"] == 1 else "negative", r["text"].strip()) for r in json.load(open(os.path.join(fixtures, n + ".json")))
            if r["class"] in (0, 1) and r["text"].strip()] for n in ("amazon", "imdb", "yelp")}
for test in rows:
    for name, data in ((f"without-{test}.csv", [r for n in rows if n != test for r in rows[n]]), (f"only-{test}.csv", rows[test])):
        with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n"); w.writerow(["label", "text"]); w.writerows(data)
PY
cross=""
for domain in amazon imdb yelp; do
  rm -rf "$work/targets/cross"
  "${sermo[@]}" train sentiment --labels "$work/targets/without-$domain.csv" --out "$work/targets/cross" --holdout 0 >/dev/null
  cross+="$domain $("${sermo[@]}" eval sentiment --model "$work/targets/cross" --labels "$work/targets/only-$domain.csv" --json | json 'd["accuracy"]');"
done

# 5. Prediction per CPU second: the BenchmarkDotNet run (a batch of 500 posts on one pooled engine against the previous batch Transform, one thread).
report="$repo/BenchmarkDotNet.Artifacts/results/Sermo.Benchmarks.Sentiment.SentimentPredictionBenchmarks-report.csv"
if [ "${1:-}" != "--reuse" ] || [ ! -f "$report" ]; then
  (cd "$repo" && dotnet run -c Release --project bench/Sermo.Benchmarks -- --filter '*SentimentPrediction*' >/dev/null)
fi

python3 - "$here/targets.md" "$heldAcc $heldF1 $heldN" "$aspF1 $aspAcc $polF1 $jointF1 $jointAcc $aspN" "$uci" "$training" "$cross" "$report" "$outside" <<'PY'
import csv, datetime, json, sys
out, held, asp, uci, training, cross, report, outside = sys.argv[1:]
outside = json.loads(outside)
heldAcc, heldF1, heldN = held.split(); aspF1, aspAcc, polF1, jointF1, jointAcc, aspN = asp.split()
uci, training = json.loads(uci), json.loads(training)
cross = {p.split()[0]: float(p.split()[1]) for p in cross.split(";") if p.strip()}
def mean_ns(method):
    for row in csv.DictReader(open(report, encoding="utf-8")):
        if row["Method"] == method:
            value, unit = row["Mean"].replace(",", "").split()
            return float(value) * {"ns": 1, "μs": 1e3, "us": 1e3, "ms": 1e6}[unit]
batch, previous, engine = 1e9 / mean_ns("Batch"), 1e9 / mean_ns("PreviousTransformBatch"), 1e9 / mean_ns("PooledEngine")
ok = lambda v, t: "met" if v >= t else "**missed**"
u = uci["uciTenFold"]
peers = ", ".join(f"{k} {v:.4f}" for k, v in u.items() if k != "sermo")
crossMean = sum(cross.values()) / len(cross)
o = outside['tools']
outsidePeers = ', '.join(f"{k} {v['accuracy']:.4f}" for k, v in o.items() if k not in ('sermo', 'majority'))
ratio = training["sermo300kCpu"] / training["fastText300kCpu"]
ratioFast = training["sermo300kFastCpu"] / training["fastText300kCpu"]
load = open("/proc/loadavg").read().split()[0]
lines = ["# Issue #13 targets", "", f"`bash bench/sentiment/targets.sh` ({datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, load average {load} on 2 cores: measured under load).", "",
  "| target | figure | verdict | how |", "|---|---|---|---|",
  f"| own held-out physician posts, 3 classes, accuracy ≥ 0.85 | **{float(heldAcc):.4f}** (macro-F1 {float(heldF1):.4f}, {heldN} posts) | {ok(float(heldAcc), 0.85)} | `train sentiment --labels samples/labels/physician-posts-train.csv` then `eval sentiment --labels samples/labels/physician-posts-heldout3.csv` |",
  f"| aspects macro-F1 ≥ 0.75 (held-out clauses) | **{float(aspF1):.4f}** aspect (accuracy {float(aspAcc):.4f}); polarity macro-F1 {float(polF1):.4f}; aspect:polarity both right: accuracy {float(jointAcc):.4f}, macro-F1 {float(jointF1):.4f} ({aspN} clauses) | {ok(float(aspF1), 0.75)} | `train aspects --labels samples/labels/aspects-train.csv` then `eval aspects --labels samples/labels/aspects-heldout.csv` |",
  f"| UCI sentences 10-fold, same folds, ≥ 0.864 | **{u['sermo']:.4f}** (peers on the same folds: {peers}) | {ok(u['sermo'], 0.864)} | `bash bench/sentiment/compare.sh` (results.md) |",
  f"| trained on UCI, tested on another domain ≥ 0.70 | trained on all UCI, tested on {outside['tweets']:,} rated tweets: **{o['sermo']['accuracy']:.4f}** (macro-F1 {o['sermo']['macroF1']:.4f}; majority-class baseline {o['majority']['accuracy']:.4f}; same run: {outsidePeers}); leave one UCI source out: {', '.join(f'{k} {v:.4f}' for k, v in cross.items())} (mean {crossMean:.4f}) | {ok(o['sermo']['accuracy'], 0.70)} on the outside set | `bash bench/sentiment/outside.sh` (outside.md); train on two of amazon/imdb/yelp, `eval` on the third |",
  f"| prediction ≥ 100,000 posts per CPU second in ingest batches | **{batch:,.0f}** per second on one thread (a batch of 500 physician posts on one pooled engine); previous batch Transform over an IDataView {previous:,.0f} (same run); pooled engine per post {engine:,.0f} | {ok(batch, 100000)} | BenchmarkDotNet `--filter '*SentimentPrediction*'`, mean per post |",
  f"| training on 300k posts no slower than fastText | defaults {training['sermo300kCpu']:.1f} CPU s vs fastText {training['fastText300kCpu']:.1f} (×{ratio:.2f}); `--trainer sdca` {training['sermo300kFastCpu']:.1f} (×{ratioFast:.2f}) | defaults {ok(1/ratio, 1)}, sdca {ok(1/ratioFast, 1)} | `bash bench/sentiment/training.sh` |",
  "", "Batch prediction in process (`eval sentiment --speed`, training.sh): " + f"{training['postsPerCpuSecond']:,.0f} synthetic posts per CPU second.", ""]
open(out, "w").write("\n".join(lines))
print("\n".join(lines))
PY
