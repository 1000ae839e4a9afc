#!/usr/bin/env bash
# CPU of `sermo scrub` THROUGH THE VERB (JSONL in and out, both cores) against the npm package redact-pii 3.4.0 on the
# same 200,000 forum-like posts (bench/scrub/forum-texts.mjs). CPU = user + sys of each whole process (/usr/bin/time),
# startup included; ROUNDS runs of each, alternated, median reported. Issue #19's target: sermo <= 1/5 of redact-pii.
# Usage (repo root): bash bench/scrub/verb.sh [posts=200000] [rounds=3]   -> bench/scrub/verb-results.md
# SCRUB_BEFORE_DLL=/path/to/sermo.dll (another build, e.g. main's, in its own folder) adds that build to every round, before this one
# in even rounds and after it in odd ones, and
# fails unless its output and this branch's are byte-identical (cmp): a speed change must not change what is scrubbed.
# SCRUB_OUTPUT_MAY_DIFFER=1 compares a build with other rules (a round that changed what is scrubbed): the rounds go on
# and the table counts the lines whose output differs instead of failing.
# SCRUB_RESULTS=path writes the table elsewhere (default bench/scrub/verb-results.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
posts="${1:-200000}"
rounds="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent redact-pii@3.4.0)
node "$root/bench/scrub/forum-texts.mjs" "$root/samples/forum/posts.jsonl" "$posts" "$work/in.jsonl"
dotnet build -c Release "$root/src/Worker" -v q -nologo >/dev/null
dll="$(dotnet msbuild "$root/src/Worker" -getProperty:TargetPath -p:Configuration=Release)"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"

cpu() { # prints user+sys seconds of the command
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  awk '{ printf "%.2f", $1 + $2 }' "$work/time"
}
before_dll="${SCRUB_BEFORE_DLL:-}"
results="${SCRUB_RESULTS:-$root/bench/scrub/verb-results.md}"
sermo=(); peer=(); before=()
for round in $(seq "$rounds"); do
  peer+=("$(cpu node "$root/bench/scrub/redact-pii-jsonl.js" "$work" "$work/in.jsonl" "$work/redact-pii.jsonl")")
  # The two builds swap places every round: the first of a back-to-back pair ran slower in 9 of 12 pairs (decision 129).
  if [ -n "$before_dll" ] && (( round % 2 == 0 )); then
    before+=("$(cpu dotnet "$before_dll" scrub --in "$work/in.jsonl" --out "$work/before.jsonl")")
  fi
  sermo+=("$(cpu dotnet "$dll" scrub --in "$work/in.jsonl" --out "$work/sermo.jsonl")")
  if [ -n "$before_dll" ]; then
    if (( round % 2 == 1 )); then
      before+=("$(cpu dotnet "$before_dll" scrub --in "$work/in.jsonl" --out "$work/before.jsonl")")
    fi
    if [ -n "${SCRUB_OUTPUT_MAY_DIFFER:-}" ]; then
      differing="$(cmp -l "$work/before.jsonl" "$work/sermo.jsonl" >/dev/null 2>&1 && echo 0 || paste -d '\n' "$work/before.jsonl" "$work/sermo.jsonl" | paste - - | awk -F '\t' '$1 != $2' | wc -l)"
    else
      cmp "$work/before.jsonl" "$work/sermo.jsonl" || { echo "the before build's output differs from this branch's" >&2; exit 1; }
    fi
  fi
  echo "round $round: sermo ${sermo[-1]} s, ${before_dll:+before ${before[-1]} s, }redact-pii ${peer[-1]} s CPU"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
s="$(median "${sermo[@]}")"; p="$(median "${peer[@]}")"
ratio="$(awk -v s="$s" -v p="$p" 'BEGIN { printf "%.3f", s / p }')"
before_row=""
if [ -n "$before_dll" ]; then
  b="$(median "${before[@]}")"
  same="output cmp-identical in every round"
  [ -n "${SCRUB_OUTPUT_MAY_DIFFER:-}" ] && same="output differs on $differing of $(wc -l < "$work/sermo.jsonl") lines: other rules"
  before_row="| \`sermo scrub\`, before build ($before_dll; $same) | $b | ${before[*]} |
| ratio before / redact-pii | $(awk -v s="$b" -v p="$p" 'BEGIN { printf "%.3f", s / p }') | |"
fi
lines="$(wc -l < "$work/sermo.jsonl")"
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
cat > "$results" <<MD
# \`sermo scrub\` through the verb vs redact-pii, same texts

Produced by \`${SCRUB_OUTPUT_MAY_DIFFER:+SCRUB_OUTPUT_MAY_DIFFER=1 }${before_dll:+SCRUB_BEFORE_DLL=$before_dll }bash bench/scrub/verb.sh $posts $rounds\` on $(date -u +%Y-%m-%d) ($(nproc) cores; load average $load_start at start, $load_end at end:
measured under load unless these are near 0). Input: $posts posts of forum-like text (bench/scrub/forum-texts.mjs over
samples/forum/posts.jsonl), $(du -m "$work/in.jsonl" | cut -f1) MB JSONL; sermo wrote $lines lines.
CPU = user + sys of the whole process (startup, JSON, threads), median of $rounds alternated runs.

| tool | CPU seconds per run | runs |
|---|---|---|
| \`sermo scrub\` (this branch) | $s | ${sermo[*]} |
| redact-pii 3.4.0 (node, same JSONL in and out) | $p | ${peer[*]} |
| **ratio sermo / redact-pii** | **$ratio** | target <= 0.200 |
$before_row
MD
cat "$results"
