#!/usr/bin/env bash
# Training time, Sermo (ML.NET) vs fastText, same thread count, same files, median of N runs taken in this run
# (interleaved), on the 3,000 UCI sentences and on a 300,000-post synthetic physician set; plus Sermo's batch
# prediction speed per CPU second (`eval sentiment --speed`: ingest's path, batches of 500 posts).
# Sermo trains with its defaults (L-BFGS, word n-grams) and, as a second row, with `--trainer sdca`.
# Usage: bash bench/sentiment/training.sh [threads] [runs]   → prints a markdown section (compare.sh puts it in results.md)
# The synthetic set: samples/labels/generate_labels.py --per-label 100000 --lexicons src/Analytics/Lexicons (seeded,
# composed from the hand-written clauses with every drug and disease name of the clinical lexicons as slot fillers).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
threads="${1:-1}"
runs="${2:-3}"
work="${SERMO_BENCH_WORK:-/tmp/sermo-sentiment-bench}/training"
mkdir -p "$work"
command -v fasttext >/dev/null || apt-get install -y -qq fasttext >/dev/null
if [ ! -d "$here/.npm/node_modules/sentiment" ]; then
  mkdir -p "$here/.npm"
  (cd "$here/.npm" && { [ -f package.json ] || echo '{"name":"sermo-sentiment-bench","private":true}' >package.json; } \
    && npm install --no-audit --no-fund --silent sentiment@5.0.2 >/dev/null)
fi
sermo=(dotnet "$repo/src/Worker/bin/Release/net10.0/sermo.dll")
[ -f "${sermo[1]}" ] || dotnet build -c Release "$repo/src/Worker" -v q -nologo >/dev/null

python3 "$here/folds.py" "$here/.npm/node_modules/sentiment/test/fixtures" "$work" 2 >/dev/null
python3 "$repo/samples/labels/generate_labels.py" --per-label 100000 --lexicons "$repo/src/Analytics/Lexicons" --out "$work/synthetic.csv" >/dev/null
python3 - "$work" <<'PY'
import csv, re, sys
work = sys.argv[1]
token = re.compile(r"[a-z0-9']+|[!?.,;:]")
for name in ("uci", "synthetic"):
    with open(f"{work}/{name}.csv", encoding="utf-8") as src, open(f"{work}/{name}.ft", "w", encoding="utf-8") as dst:
        for row in csv.DictReader(src):
            dst.write(f"__label__{row['label']} {' '.join(token.findall(row['text'].lower()))}\n")
with open(f"{work}/synthetic.csv", encoding="utf-8") as src, open(f"{work}/posts20k.csv", "w", encoding="utf-8") as dst:
    for n, line in enumerate(src):
        if n > 20000: break
        dst.write(line)
PY

# timed NAME CMD...: appends "NAME wall cpu" (cpu = user + sys of the whole process) to times.txt
: >"$work/times.txt"
timed() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" >/dev/null
  read -r e u s <"$work/time.txt"
  echo "$name $e $(python3 -c "print($u + $s)")" >>"$work/times.txt"
}
for ((r = 1; r <= runs; r++)); do
  rm -rf "$work/reg3k" "$work/reg300k" "$work/reg300kfast"
  timed sermo3k "${sermo[@]}" train sentiment --labels "$work/uci.csv" --out "$work/reg3k" --holdout 0 --threads "$threads"
  timed ft3k fasttext supervised -input "$work/uci.ft" -output "$work/ft3k" -wordNgrams 2 -thread "$threads" -verbose 0
  timed ft3k25 fasttext supervised -input "$work/uci.ft" -output "$work/ft3k25" -wordNgrams 2 -epoch 25 -lr 0.5 -thread "$threads" -verbose 0
  timed sermo300k "${sermo[@]}" train sentiment --labels "$work/synthetic.csv" --out "$work/reg300k" --holdout 0 --threads "$threads"
  timed sermo300kfast "${sermo[@]}" train sentiment --labels "$work/synthetic.csv" --out "$work/reg300kfast" --holdout 0 --threads "$threads" --trainer sdca
  timed ft300k fasttext supervised -input "$work/synthetic.ft" -output "$work/ft300k" -wordNgrams 2 -thread "$threads" -verbose 0
  rm -f "$work"/ft*.bin "$work"/ft*.vec
done
speed() { "${sermo[@]}" eval sentiment --model "$1" --labels "$2" --json --speed | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["postsPerCpuSecond"], d["postsPerSecond"])'; }
: >"$work/speed.txt"
for ((r = 1; r <= runs; r++)); do
  echo "uci $(speed "$work/reg3k" "$work/uci.csv")" >>"$work/speed.txt"
  echo "posts $(speed "$work/reg300k" "$work/posts20k.csv")" >>"$work/speed.txt"
done

python3 - "$work" "$threads" "$runs" <<'PY'
import statistics, sys
from collections import defaultdict
work, threads, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
t = defaultdict(lambda: ([], []))
for line in open(f"{work}/times.txt"):
    name, wall, cpu = line.split(); t[name][0].append(float(wall)); t[name][1].append(float(cpu))
s = defaultdict(lambda: ([], []))
for line in open(f"{work}/speed.txt"):
    name, cpu, wall = line.split(); s[name][0].append(float(cpu)); s[name][1].append(float(wall))
med = statistics.median
def cell(name): return f"{med(t[name][1]):.2f} ({med(t[name][0]):.2f})"
def ratio(a, b, i): return med(t[a][i]) / med(t[b][i])
load = open("/proc/loadavg").read().split()[0]
import json
json.dump({"sermo300kCpu": med(t["sermo300k"][1]), "sermo300kFastCpu": med(t["sermo300kfast"][1]), "fastText300kCpu": med(t["ft300k"][1]),
           "postsPerCpuSecond": med(s["posts"][0]), "uciPerCpuSecond": med(s["uci"][0]), "load": load},
          open(f"{work}/training.json", "w"))
print(f"Training time, {threads} thread(s) for both tools (Sermo `--threads {threads}`: the ML.NET trainer's threads; tagging the posts for the clinical features runs on every core; fastText `-thread {threads}`), median of {runs} runs interleaved in one session, whole process incl. start-up; load average {load} at the end:\n")
print("| data | Sermo: CPU s (wall s) | fastText: CPU s (wall s) | Sermo / fastText, CPU (wall) |")
print("|---|---|---|---|")
print(f"| 3,000 UCI sentences, Sermo defaults vs fastText `-wordNgrams 2` | {cell('sermo3k')} | {cell('ft3k')} | {ratio('sermo3k','ft3k',1):.2f} ({ratio('sermo3k','ft3k',0):.2f}) |")
print(f"| 3,000 UCI sentences vs tuned fastText `-wordNgrams 2 -epoch 25 -lr 0.5` | {cell('sermo3k')} | {cell('ft3k25')} | {ratio('sermo3k','ft3k25',1):.2f} ({ratio('sermo3k','ft3k25',0):.2f}) |")
print(f"| 300,000 synthetic posts, Sermo defaults (L-BFGS, word n-grams) vs fastText defaults | {cell('sermo300k')} | {cell('ft300k')} | {ratio('sermo300k','ft300k',1):.2f} ({ratio('sermo300k','ft300k',0):.2f}) |")
print(f"| 300,000 synthetic posts, Sermo `--trainer sdca` vs fastText defaults | {cell('sermo300kfast')} | {cell('ft300k')} | {ratio('sermo300kfast','ft300k',1):.2f} ({ratio('sermo300kfast','ft300k',0):.2f}) |")
print(f"\nBatch prediction, Sermo defaults, in process (`eval sentiment --speed`: batches of 500 tagged posts, one pooled prediction engine per slice, CPU time of the process), median of {runs}: "
      f"**{med(s['uci'][0]):,.0f} UCI sentences per CPU second** ({med(s['uci'][1]):,.0f} per wall second); "
      f"{med(s['posts'][0]):,.0f} synthetic posts (mean {sum(len(l) for l in open(f'{work}/posts20k.csv'))/20001:.0f} characters) per CPU second ({med(s['posts'][1]):,.0f} per wall second).")
PY
