#!/usr/bin/env bash
# Issue #13's "trained on UCI, tested on a public sentence set from another domain": every tool trains on all 3,000
# UCI sentences (amazon, imdb, yelp) and is tested once on VADER's human-rated tweets (samples/labels/outside/,
# decision 070): Sermo's defaults, ML.NET's defaults, fastText (defaults and tuned), LIBLINEAR, and the lexicon
# scorers VADER and wink-nlp (no training), all in this run. Writes bench/sentiment/outside.md and outside.json.
# Usage: bash bench/sentiment/outside.sh [threads]   (needs what compare.sh installs; targets.sh runs it)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
threads="${1:-1}"
work="${SERMO_BENCH_WORK:-/tmp/sermo-sentiment-bench}/outside"
test_set="$repo/samples/labels/outside/vader-tweets.csv"
mkdir -p "$work"
sermo=(dotnet "$repo/src/Worker/bin/Release/net10.0/sermo.dll")
[ -f "${sermo[1]}" ] || dotnet build -c Release "$repo/src/Worker" -v q -nologo >/dev/null

# The UCI sentences as folds.py reads them (2 folds: only uci.csv and uci.jsonl are used), then the same training
# and test text in every tool's format; LIBLINEAR's vocabulary comes from the training sentences only.
python3 "$here/folds.py" "$here/.npm/node_modules/sentiment/test/fixtures" "$work" 2 >/dev/null
python3 - "$work" "$test_set" <<'PY'
import csv, json, re, sys
work, test_set = sys.argv[1:]
TOKEN = re.compile(r"[a-z0-9']+|[!?.,;:]")
def tokens(text): return TOKEN.findall(text.lower())
def grams(text):
    t = tokens(text)
    return t + [a + " " + b for a, b in zip(t, t[1:])]
train = [(r["label"], r["text"]) for r in csv.DictReader(open(f"{work}/uci.csv", encoding="utf-8"))]
test = [(r["label"], r["text"]) for r in csv.DictReader(open(test_set, encoding="utf-8"))]
with open(f"{work}/test.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n"); w.writerow(["label", "text"]); w.writerows(test)
with open(f"{work}/test.jsonl", "w", encoding="utf-8") as fh:
    for label, text in test: fh.write(json.dumps({"label": label, "text": text}) + "\n")
with open(f"{work}/test.labels", "w", encoding="utf-8") as fh:
    for label, _ in test: fh.write(label + "\n")
vocab = {}
for _, text in train:
    for g in grams(text): vocab.setdefault(g, len(vocab) + 1)
for part, data in (("train", train), ("test", test)):
    with open(f"{work}/{part}.ft", "w", encoding="utf-8") as fh:
        for label, text in data: fh.write(f"__label__{label} {' '.join(tokens(text))}\n")
    with open(f"{work}/{part}.svm", "w", encoding="utf-8") as fh:
        for label, text in data:
            ids = sorted({vocab[g] for g in grams(text) if g in vocab})
            value = 1 / len(ids) ** 0.5 if ids else 0
            fh.write(("+1" if label == "positive" else "-1") + "".join(f" {i}:{value:.6f}" for i in ids) + "\n")
PY

# Each tool writes one predicted label per test line into pred.TOOL; scoring is the same for all (below).
for variant in sermo mlnet; do
  extra=(); [ "$variant" = mlnet ] && extra=(--mlnet-featurizer --trainer sdca)
  rm -rf "$work/reg-$variant"
  "${sermo[@]}" train sentiment --labels "$work/uci.csv" --out "$work/reg-$variant" --holdout 0 --threads "$threads" "${extra[@]}" >/dev/null
  "${sermo[@]}" eval sentiment --model "$work/reg-$variant" --labels "$work/test.csv" --json >"$work/eval-$variant.json"
done
fasttext supervised -input "$work/train.ft" -output "$work/ft" -wordNgrams 2 -thread "$threads" -verbose 0
fasttext predict "$work/ft.bin" "$work/test.ft" | sed 's/__label__//' >"$work/pred.fasttext"
fasttext supervised -input "$work/train.ft" -output "$work/ft25" -wordNgrams 2 -epoch 25 -lr 0.5 -thread "$threads" -verbose 0
fasttext predict "$work/ft25.bin" "$work/test.ft" | sed 's/__label__//' >"$work/pred.fasttext25"
rm -f "$work"/ft*.bin "$work"/ft*.vec
liblinear-train -s 0 -q "$work/train.svm" "$work/ll.model"
liblinear-predict "$work/test.svm" "$work/ll.model" "$work/ll.out" >/dev/null
sed 's/^-1$/negative/; s/^1$/positive/' "$work/ll.out" >"$work/pred.liblinear"
NODE_PATH="$here/.npm/node_modules" node "$here/lexicons.js" --predictions "$work" <"$work/test.jsonl" >/dev/null

python3 - "$work" "$here" "$threads" <<'PY'
import datetime, json, subprocess, sys
work, here, threads = sys.argv[1:]
gold = open(f"{work}/test.labels").read().split()
def scores(predicted):
    assert len(predicted) == len(gold), "one prediction per test sentence"
    acc = sum(p == g for p, g in zip(predicted, gold)) / len(gold)
    f1s = []
    for label in ("negative", "positive"):
        tp = sum(p == g == label for p, g in zip(predicted, gold))
        fp = sum(p == label != g for p, g in zip(predicted, gold))
        fn = sum(g == label != p for p, g in zip(predicted, gold))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return {"accuracy": acc, "macroF1": sum(f1s) / 2}
result = {}
for key in ("sermo", "mlnet"):
    d = json.load(open(f"{work}/eval-{key}.json"))
    assert d["examples"] == len(gold)
    result[key] = {"accuracy": d["accuracy"], "macroF1": d["macroF1"]}
for key in ("fasttext", "fasttext25", "liblinear", "vader-sentiment", "wink-nlp"):
    result[key] = scores(open(f"{work}/pred.{key}").read().split())
majority = max(set(gold), key=gold.count)
result["majority"] = scores([majority] * len(gold))
names = {
    "sermo": "**Sermo on ML.NET, defaults** (`train sentiment --holdout 0`, as for the UCI folds)",
    "mlnet": "ML.NET defaults (`--mlnet-featurizer --trainer sdca`)",
    "fasttext": "fastText `-wordNgrams 2`",
    "fasttext25": "fastText `-wordNgrams 2 -epoch 25 -lr 0.5`",
    "liblinear": "LIBLINEAR `-s 0`, binary word 1-2 grams",
    "vader-sentiment": "VADER (npm `vader-sentiment`, no training; the set comes from its own paper, see decision 070)",
    "wink-nlp": "wink-nlp (no training)",
    "majority": f"every tweet `{majority}` (the majority class)",
}
load = open("/proc/loadavg").read().split()[0]
pos = gold.count("positive")
uci = sum(1 for _ in open(f"{work}/uci.jsonl"))
lines = ["# Trained on UCI, tested on tweets (outside domain)", "",
         f"Command: `bash bench/sentiment/outside.sh {threads}` ({datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, "
         f"load average {load} at the end). Training: all {uci:,} UCI sentences (amazon, imdb, yelp). Test: "
         f"`samples/labels/outside/vader-tweets.csv`, {len(gold):,} tweets rated by people ({pos:,} positive, {len(gold) - pos:,} negative; "
         "tweets rated between −1 and +1 left out, decision 070). Every row is from this run; accuracy only, no timing.", "",
         "| tool | accuracy | macro-F1 |", "|---|---|---|"]
for key, name in names.items():
    lines.append(f"| {name} | {result[key]['accuracy']:.4f} | {result[key]['macroF1']:.4f} |")
lines.append("")
open(f"{here}/outside.md", "w").write("\n".join(lines))
json.dump({"tweets": len(gold), "positive": pos, "uciSentences": uci, "load": load, "tools": result}, open(f"{here}/outside.json", "w"), indent=1)
print("\n".join(lines))
PY
