#!/usr/bin/env bash
# CPU of `sermo tag` through the verb, two builds on the same posts, paired: ROUNDS rounds, each runs the before build
# then the after build back to back (order alternating by round), and fails unless their outputs are byte-identical.
# CPU = user + sys of the whole process (/usr/bin/time), start-up included; a one-line input gives the start-up alone.
# Usage (repo root): bash bench/tagging/verb.sh BEFORE_DLL AFTER_DLL INPUT.jsonl [rounds=3] [results.md]
# Build the dlls with bench/build-commit.sh's bench_build (src/Worker) so the results name their commits.
# TAG_OUTPUT_MAY_DIFFER=1 compares builds with other lexicons (a round that changed what is tagged): the rounds go on and
# the results count the lines whose output differs instead of failing.
set -euo pipefail
before="$1"; after="$2"; input="$3"; rounds="${4:-3}"; results="${5:-bench/tagging/verb-results.md}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -1 "$input" > "$work/one.jsonl"
source "$(dirname "$0")/../build-commit.sh"
cpu() { # dll input out -> user+sys seconds
  /usr/bin/time -f '%U %S' -o "$work/time" dotnet "$1" tag --in "$2" --out "$3" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  awk '{ printf "%.2f", $1 + $2 }' "$work/time"
}
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"; start="$(date -u +%H:%M)"
b=(); a=(); b1=(); a1=(); loads=(); differing=
for round in $(seq "$rounds"); do
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  if (( round % 2 )); then
    b+=("$(cpu "$before" "$input" "$work/before.jsonl")"); a+=("$(cpu "$after" "$input" "$work/after.jsonl")")
  else
    a+=("$(cpu "$after" "$input" "$work/after.jsonl")"); b+=("$(cpu "$before" "$input" "$work/before.jsonl")")
  fi
  if ! cmp -s "$work/before.jsonl" "$work/after.jsonl"; then
    [ -n "${TAG_OUTPUT_MAY_DIFFER:-}" ] || { echo "outputs differ in round $round" >&2; exit 1; }
    differing="$(diff "$work/before.jsonl" "$work/after.jsonl" | grep -c '^>' || true)"
  fi
  b1+=("$(cpu "$before" "$work/one.jsonl" "$work/b1.jsonl")"); a1+=("$(cpu "$after" "$work/one.jsonl" "$work/a1.jsonl")")
  echo "round $round (load ${loads[-1]}): before ${b[-1]} s, after ${a[-1]} s; one line: before ${b1[-1]} s, after ${a1[-1]} s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
mb="$(median "${b[@]}")"; ma="$(median "${a[@]}")"; m1b="$(median "${b1[@]}")"; m1a="$(median "${a1[@]}")"
posts="$(wc -l < "$input")"
cat > "$results" <<MD
# \`sermo tag\` through the verb: before vs after, same posts

\`bash bench/tagging/verb.sh $before $after $input $rounds\`, $(date -u +%Y-%m-%d) $start–$(date -u +%H:%M) UTC, $(nproc) cores,
load average $load_start at start, $(cut -d' ' -f1-3 /proc/loadavg) at end (1-min load per round: ${loads[*]}).
Input: $posts posts ($(( $(stat -c %s "$input") / 1024 / 1024 )) MB JSONL). Before: $(bench_commit "$(dirname "$before")"); after: $(bench_commit "$(dirname "$after")").
$( [ -n "${differing:-}" ] && echo "Output differs on $differing of $(wc -l < "$work/after.jsonl") lines (TAG_OUTPUT_MAY_DIFFER=1: other lexicons)." || echo "Output byte-identical (cmp) in every round." ) CPU = user + sys of the whole process, start-up included.

| build | CPU s, median | rounds | one-line input (start-up), median | per post, start-up removed |
|---|---:|---|---:|---:|
| before | $mb | ${b[*]} | $m1b | $(awk -v t="$mb" -v s="$m1b" -v n="$posts" 'BEGIN { printf "%.1f µs", (t - s) / n * 1e6 }') |
| after | $ma | ${a[*]} | $m1a | $(awk -v t="$ma" -v s="$m1a" -v n="$posts" 'BEGIN { printf "%.1f µs", (t - s) / n * 1e6 }') |
| after ÷ before | $(awk -v a="$ma" -v b="$mb" 'BEGIN { printf "%.3f", a / b }') | | | $(awk -v a="$ma" -v b="$mb" -v sa="$m1a" -v sb="$m1b" 'BEGIN { printf "%.3f", (a - sa) / (b - sb) }') |
MD
cat "$results"
