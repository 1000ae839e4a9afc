#!/usr/bin/env bash
# Sermo's ML.NET sentiment model side by side with ML.NET's defaults (FeaturizeText + SDCA), fastText, LIBLINEAR,
# VADER and wink-nlp on the same data.
# Usage: bash bench/sentiment/compare.sh [threads] [runs]   → writes bench/sentiment/results.md (and prints it)
# Steps: 10-fold accuracy on the UCI sentences (every trained tool on the same folds), then training.sh (training
# time 3k and 300k vs fastText, same threads, median of runs; batch prediction speed).
# Installs what it needs: Debian fasttext + liblinear-tools (apt-get), npm sentiment@5.0.2 (UCI sentences as
# test fixtures), vader-sentiment, wink-nlp, wink-eng-lite-web-model (into bench/sentiment/.npm, not committed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
threads="${1:-1}"
runs="${2:-3}"
work="${SERMO_BENCH_WORK:-/tmp/sermo-sentiment-bench}"
folds=10
mkdir -p "$work"

if ! command -v fasttext >/dev/null || ! command -v liblinear-train >/dev/null; then
  apt-get install -y -qq fasttext liblinear-tools >/dev/null
fi
if [ ! -d "$here/.npm/node_modules/wink-eng-lite-web-model" ]; then
  mkdir -p "$here/.npm"
  (cd "$here/.npm" && echo '{"name":"sermo-sentiment-bench","private":true}' >package.json && npm install --no-audit --no-fund --silent \
    sentiment@5.0.2 vader-sentiment wink-nlp wink-eng-lite-web-model >/dev/null)
fi
dotnet build -c Release "$repo/src/Worker" -v q -nologo >/dev/null
sermo=(dotnet "$repo/src/Worker/bin/Release/net10.0/sermo.dll")

python3 "$here/folds.py" "$here/.npm/node_modules/sentiment/test/fixtures" "$work" "$folds" >/dev/null

# timed TOOL CMD...: runs CMD, adds its wall and CPU (user+sys) seconds to TOOL's totals. CPU time is what to compare
# on a shared machine; wall time is shown too.
declare -A correct wall cpu
for t in sermo mlnet fasttext fasttext25 liblinear; do correct[$t]=0 wall[$t]=0 cpu[$t]=0; done
timed() {
  local tool=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" >/dev/null
  read -r e u s <"$work/time.txt"
  wall[$tool]=$(python3 -c "print(${wall[$tool]} + $e)")
  cpu[$tool]=$(python3 -c "print(${cpu[$tool]} + $u + $s)")
}
total=0
for ((f = 0; f < folds; f++)); do
  n=$(($(wc -l <"$work/fold$f.test.ft")))
  total=$((total + n))
  for variant in sermo mlnet; do
    extra=(); [ "$variant" = mlnet ] && extra=(--mlnet-featurizer --trainer sdca)
    rm -rf "$work/reg$f"
    timed $variant "${sermo[@]}" train sentiment --labels "$work/fold$f.train.csv" --out "$work/reg$f" --holdout 0 --threads "$threads" "${extra[@]}"
    acc=$("${sermo[@]}" eval sentiment --model "$work/reg$f" --labels "$work/fold$f.test.csv" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["accuracy"])')
    correct[$variant]=$(python3 -c "print(${correct[$variant]} + round($acc * $n))")
  done

  timed fasttext fasttext supervised -input "$work/fold$f.train.ft" -output "$work/ft$f" -wordNgrams 2 -thread "$threads" -verbose 0
  p=$(fasttext test "$work/ft$f.bin" "$work/fold$f.test.ft" | awk '/^P@1/ {print $2}')
  correct[fasttext]=$(python3 -c "print(${correct[fasttext]} + round($p * $n))")
  timed fasttext25 fasttext supervised -input "$work/fold$f.train.ft" -output "$work/ftb$f" -wordNgrams 2 -epoch 25 -lr 0.5 -thread "$threads" -verbose 0
  p=$(fasttext test "$work/ftb$f.bin" "$work/fold$f.test.ft" | awk '/^P@1/ {print $2}')
  correct[fasttext25]=$(python3 -c "print(${correct[fasttext25]} + round($p * $n))")
  rm -f "$work/ft$f.bin" "$work/ft$f.vec" "$work/ftb$f.bin" "$work/ftb$f.vec"

  timed liblinear liblinear-train -s 0 -q "$work/fold$f.train.svm" "$work/ll$f.model"
  p=$(liblinear-predict "$work/fold$f.test.svm" "$work/ll$f.model" "$work/ll$f.out" | sed -E 's/.*= ([0-9.]+)%.*/\1/')
  correct[liblinear]=$(python3 -c "print(${correct[liblinear]} + round($p / 100 * $n))")
done
lex=$(NODE_PATH="$here/.npm/node_modules" node "$here/lexicons.js" <"$work/uci.jsonl")
folds_summary=""
for t in sermo mlnet fasttext fasttext25 liblinear; do folds_summary+="$t ${correct[$t]} ${wall[$t]} ${cpu[$t]};"; done
training=$(SERMO_BENCH_WORK="$work" bash "$here/training.sh" "$threads" "$runs")

python3 - "$here/results.md" "$total" "$threads $runs" "$lex" "$folds_summary" "$training" <<'PY'
import json, subprocess, sys, datetime
out, total, threads, lex, summary, training = sys.argv[1], int(sys.argv[2]), sys.argv[3], json.loads(sys.argv[4]), sys.argv[5], sys.argv[6]
threads, runs = threads.split()
tools = {p.split()[0]: [float(x) for x in p.split()[1:]] for p in summary.split(";") if p.strip()}
names = {
    "sermo": "**Sermo on ML.NET, defaults** (Sermo's tokens: hashed word 1-2 grams with negation scope, AFINN-111 + Hu & Liu lexicon and clinical context features; L-BFGS maximum entropy)",
    "mlnet": "ML.NET defaults (`FeaturizeText` with its default options + SDCA maximum entropy; `--mlnet-featurizer --trainer sdca`)",
    "fasttext": "fastText (Debian `fasttext`, `-wordNgrams 2`, defaults otherwise)",
    "fasttext25": "fastText (`-wordNgrams 2 -epoch 25 -lr 0.5`)",
    "liblinear": "LIBLINEAR (Debian `liblinear-tools`, `-s 0` L2 logistic regression, binary word 1-2 grams)",
}
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
load = open("/proc/loadavg").read().split()[0]
lines = ["# Sentiment: Sermo (ML.NET) vs reference tools", "",
         f"Command: `bash bench/sentiment/compare.sh {threads} {runs}` ({datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {cpu}, {threads} thread(s) for every tool; "
         f"the machine is shared (load average {load} on {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores at the end), so compare CPU seconds, not wall seconds).", "",
         f"Data: UCI Sentiment Labelled Sentences (Amazon, IMDB, Yelp; CC BY 4.0) from npm `sentiment@5.0.2` test fixtures, {total} sentences, 10 stratified folds (seed 1), the same folds for every trained tool.", "",
         "| tool | 10-fold CV accuracy | training, all 10 folds: CPU s (wall s), whole process incl. start-up |", "|---|---|---|"]
for key in names:
    c, w, u = tools[key]
    lines.append(f"| {names[key]} | {c / total:.4f} | {u:.2f} ({w:.2f}) |")
for name, v in lex.items():
    lines.append(f"| {name} (npm lexicon scorer, score > 0 → positive, no training) | {v['accuracy']:.4f} | — ({v['sentencesPerSecond']:,.0f} sentences/s wall in node) |")
lines += ["", training, ""]
open(out, "w").write("\n".join(lines))
accuracy = {key: tools[key][0] / total for key in names}
accuracy.update({name: v["accuracy"] for name, v in lex.items()})
json.dump({"uciTenFold": accuracy, "sentences": total}, open(out.replace(".md", ".json"), "w"), indent=1)
print("\n".join(lines))
PY
