#!/usr/bin/env bash
# Training time on the 300,000 synthetic posts of training.sh, two Sermo builds and fastText interleaved, so a change
# is judged against main's build under the same load (round 11, decision 086). Needs training.sh's work folder
# (run it once, or generate synthetic.csv / synthetic.ft the same way).
# Usage: bash bench/sentiment/training-pair.sh BEFORE_DIR AFTER_DIR [runs]   (folders holding sermo.dll, e.g. from
#   `source bench/build-commit.sh; bench_build src/Worker DIR LOG` at each commit) → one line per run and the medians
set -euo pipefail
before="$1"; after="$2"; runs="${3:-3}"
work="${SERMO_BENCH_WORK:-/tmp/sermo-sentiment-bench}/training"
[ -f "$work/synthetic.csv" ] && [ -f "$work/synthetic.ft" ] || { echo "no $work/synthetic.csv or .ft: run training.sh first" >&2; exit 1; }
: >"$work/pair.txt"
timed() { # NAME CMD...: appends "NAME run cpu wall load" (cpu = user + sys of the whole process)
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" >/dev/null
  read -r e u s <"$work/time.txt"
  echo "$name $r $(python3 -c "print(round($u + $s, 2))") $e $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$work/pair.txt"
}
for ((r = 1; r <= runs; r++)); do
  # The order turns each run so that no build always runs first.
  order=(before after fasttext); ((r % 2 == 0)) && order=(after fasttext before)
  for who in "${order[@]}"; do
    rm -rf "$work/pair-$who"
    case $who in
      fasttext) timed fasttext fasttext supervised -input "$work/synthetic.ft" -output "$work/pair-ft" -wordNgrams 2 -thread 1 -verbose 0 ;;
      *) dir=$before; [ "$who" = after ] && dir=$after
         timed "$who" dotnet "$dir/sermo.dll" train sentiment --labels "$work/synthetic.csv" --out "$work/pair-$who" --holdout 0 --threads 1 ;;
    esac
  done
  rm -f "$work"/pair-ft.bin "$work"/pair-ft.vec
done
python3 - "$work/pair.txt" <<'PY'
import statistics, sys
from collections import defaultdict
cpu = defaultdict(list)
for line in open(sys.argv[1]):
    name, _, c, _, _ = line.split(); cpu[name].append(float(c))
m = {k: statistics.median(v) for k, v in cpu.items()}
print(f"medians (CPU s): before {m['before']:.2f}, after {m['after']:.2f}, fastText {m['fasttext']:.2f}; "
      f"before/fastText {m['before']/m['fasttext']:.3f}, after/fastText {m['after']/m['fasttext']:.3f}, after/before {m['after']/m['before']:.3f}")
PY
