#!/usr/bin/env bash
# Held-out accuracy on the 309 hand-written harder posts (samples/labels/sentiment-hard.csv), with and without the
# lexicon features:
#  A. trained on the 960 composed posts only, tested on all 309 hand-written ones (none seen in training);
#  B. 10 folds over the hand-written posts (stratified, seed 1): train on the 960 + 9/10, test on the other 1/10.
# Usage: bash bench/sentiment/hard.sh   → prints a markdown table (compare.sh puts it in results.md)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${SERMO_BENCH_WORK:-/tmp/sermo-sentiment-bench}/hard"
mkdir -p "$work"
sermo=(dotnet "$repo/src/Worker/bin/Release/net10.0/sermo.dll")
[ -f "${sermo[1]}" ] || dotnet build -c Release "$repo/src/Worker" -v q -nologo >/dev/null
python3 "$repo/samples/labels/generate_labels.py" --out "$work/composed.csv" >/dev/null
python3 - "$work" "$work/composed.csv" "$repo/samples/labels/sentiment-hard.csv" <<'PY'
import csv, random, sys
work, composed, hard = sys.argv[1:]
base = [(r["label"], r["text"]) for r in csv.DictReader(open(composed, encoding="utf-8"))]
hand = [(r["label"], r["text"]) for r in csv.DictReader(open(hard, encoding="utf-8"))]
rng, fold = random.Random(1), {}
for label in sorted({l for l, _ in hand}):
    members = [i for i, (l, _) in enumerate(hand) if l == label]
    rng.shuffle(members)
    for n, i in enumerate(members): fold[i] = n % 10
def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(["label", "text"]); w.writerows(rows)
for f in range(10):
    write(f"{work}/fold{f}.train.csv", base + [hand[i] for i in range(len(hand)) if fold[i] != f])
    write(f"{work}/fold{f}.test.csv", [hand[i] for i in range(len(hand)) if fold[i] == f])
PY
accuracy() { "${sermo[@]}" eval sentiment --model "$1" --labels "$2" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["accuracy"], d["macroF1"], d["examples"])'; }
echo "| lexicon features | A: trained on the 960 composed posts → 309 hand-written (accuracy, macro-F1) | B: 10 folds over the hand-written posts, + the 960 in every training fold (pooled accuracy) |"
echo "|---|---|---|"
for lexicon in afinn-111+liu none; do
  rm -rf "$work/reg"
  "${sermo[@]}" train sentiment --labels "$work/composed.csv" --out "$work/reg" --holdout 0 --lexicon "$lexicon" >/dev/null
  read -r a f1 _ < <(accuracy "$work/reg" "$repo/samples/labels/sentiment-hard.csv")
  correct=0 total=0
  for f in 0 1 2 3 4 5 6 7 8 9; do
    rm -rf "$work/reg$f"
    "${sermo[@]}" train sentiment --labels "$work/fold$f.train.csv" --out "$work/reg$f" --holdout 0 --lexicon "$lexicon" >/dev/null
    read -r acc _ n < <(accuracy "$work/reg$f" "$work/fold$f.test.csv")
    correct=$(python3 -c "print($correct + round($acc * $n))"); total=$((total + n))
    rm -rf "$work/reg$f"
  done
  echo "| $lexicon | $a, $f1 | $(python3 -c "print(f'{$correct / $total:.4f} ($correct / $total)')") |"
done
