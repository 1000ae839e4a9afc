#!/usr/bin/env bash
# Sermo's sentiment classifier side by side with fastText, LIBLINEAR, VADER and wink-nlp on the same data.
# Usage: bash bench/sentiment/compare.sh [threads]   → writes bench/sentiment/results.md (and prints it)
# Installs what it needs: Debian fasttext + liblinear-tools (apt-get), npm sentiment@5.0.2 (UCI sentences as
# test fixtures), vader-sentiment, wink-nlp, wink-eng-lite-web-model (into bench/sentiment/.npm, not committed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
threads="${1:-1}"
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

now() { date +%s.%N; }
declare -A correct=([sermo]=0 [fasttext]=0 [liblinear]=0) seconds=([sermo]=0 [fasttext]=0 [liblinear]=0)
total=0
for ((f = 0; f < folds; f++)); do
  n=$(($(wc -l <"$work/fold$f.test.ft")))
  total=$((total + n))
  rm -rf "$work/reg$f"
  t0=$(now); "${sermo[@]}" train sentiment --labels "$work/fold$f.train.csv" --out "$work/reg$f" --holdout 0 --threads "$threads" >/dev/null; t1=$(now)
  acc=$("${sermo[@]}" eval sentiment --model "$work/reg$f" --labels "$work/fold$f.test.csv" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["accuracy"])')
  correct[sermo]=$(python3 -c "print(${correct[sermo]} + round($acc * $n))")
  seconds[sermo]=$(python3 -c "print(${seconds[sermo]} + $t1 - $t0)")

  t0=$(now); fasttext supervised -input "$work/fold$f.train.ft" -output "$work/ft$f" -wordNgrams 2 -thread "$threads" -verbose 0 >/dev/null; t1=$(now)
  p=$(fasttext test "$work/ft$f.bin" "$work/fold$f.test.ft" | awk '/^P@1/ {print $2}')
  correct[fasttext]=$(python3 -c "print(${correct[fasttext]} + round($p * $n))")
  seconds[fasttext]=$(python3 -c "print(${seconds[fasttext]} + $t1 - $t0)")

  t0=$(now); liblinear-train -s 0 -q "$work/fold$f.train.svm" "$work/ll$f.model" >/dev/null; t1=$(now)
  p=$(liblinear-predict "$work/fold$f.test.svm" "$work/ll$f.model" "$work/ll$f.out" | sed -E 's/.*= ([0-9.]+)%.*/\1/')
  correct[liblinear]=$(python3 -c "print(${correct[liblinear]} + round($p / 100 * $n))")
  seconds[liblinear]=$(python3 -c "print(${seconds[liblinear]} + $t1 - $t0)")
done
lex=$(NODE_PATH="$here/.npm/node_modules" node "$here/lexicons.js" <"$work/uci.jsonl")
speed=$("${sermo[@]}" train sentiment --labels "$work/uci.csv" --out "$work/regall" --holdout 0 >/dev/null && \
  "${sermo[@]}" eval sentiment --model "$work/regall" --labels "$work/uci.csv" --json --speed | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["sentencesPerSecond"]))')

# 300,000 synthetic physician posts: training time, same threads.
python3 "$repo/samples/labels/generate_labels.py" --per-label 100000 --out "$work/synthetic.csv" >/dev/null
python3 - "$work/synthetic.csv" "$work/synthetic.ft" <<'PY'
import csv, re, sys
token = re.compile(r"[a-z0-9']+|[!?.,;:]")
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as dst:
    for row in csv.DictReader(src):
        dst.write(f"__label__{row['label']} {' '.join(token.findall(row['text'].lower()))}\n")
PY
rm -rf "$work/regbig"
t0=$(now); "${sermo[@]}" train sentiment --labels "$work/synthetic.csv" --out "$work/regbig" --holdout 0 --threads "$threads" >/dev/null; t1=$(now)
big_sermo=$(python3 -c "print(round($t1 - $t0, 2))")
t0=$(now); fasttext supervised -input "$work/synthetic.ft" -output "$work/ftbig" -wordNgrams 2 -thread "$threads" -verbose 0 >/dev/null; t1=$(now)
big_ft=$(python3 -c "print(round($t1 - $t0, 2))")

python3 - "$here/results.md" "$total" "$threads" "$lex" "$speed" "$big_sermo" "$big_ft" \
  "${correct[sermo]}" "${seconds[sermo]}" "${correct[fasttext]}" "${seconds[fasttext]}" "${correct[liblinear]}" "${seconds[liblinear]}" <<'PY'
import json, platform, subprocess, sys, datetime
out, total, threads, lex, speed, big_sermo, big_ft = sys.argv[1], int(sys.argv[2]), sys.argv[3], json.loads(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7]
r = sys.argv[8:]
rows = [("Sermo (hashed word 1-2 grams + char 3-5 grams, negation scope, multinomial LR, AdaGrad)", int(r[0]) / total, float(r[1])),
        ("fastText (Debian `fasttext`, -wordNgrams 2, defaults otherwise)", int(r[2]) / total, float(r[3])),
        ("LIBLINEAR (Debian `liblinear-tools`, -s 0 L2 logistic regression, binary word 1-2 grams)", int(r[4]) / total, float(r[5]))]
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
lines = [f"# Sentiment: Sermo vs reference tools", "",
         f"Command: `bash bench/sentiment/compare.sh {threads}` ({datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC, {cpu}, {threads} thread(s) for every tool; machine shared with other jobs).", "",
         f"Data: UCI Sentiment Labelled Sentences (Amazon, IMDB, Yelp; CC BY 4.0) from npm `sentiment@5.0.2` test fixtures, {total} sentences, 10 stratified folds (seed 1), identical for all trained tools.", "",
         "| tool | 10-fold CV accuracy | training wall time, 10 folds (process incl. start-up) |", "|---|---|---|"]
lines += [f"| {n} | {a:.4f} | {s:.2f} s |" for n, a, s in rows]
for name, v in lex.items():
    lines.append(f"| {name} (npm lexicon scorer, score > 0 → positive, no training) | {v['accuracy']:.4f} | — ({v['sentencesPerSecond']:,.0f} sentences/s in node) |")
lines += ["", f"Training on 300,000 synthetic physician posts (`samples/labels/generate_labels.py --per-label 100000`), {threads} thread(s), wall time: Sermo {big_sermo} s, fastText {big_ft} s.", "",
          f"Prediction (Sermo, one thread, featurize + score, in process): {int(speed):,} sentences/s.", ""]
open(out, "w").write("\n".join(lines))
print("\n".join(lines))
PY
