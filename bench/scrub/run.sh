#!/usr/bin/env bash
# Compares Sermo's scrubber with the npm scrubbers redact-pii and @openredaction/openredaction on both gold sets (the
# project's gold set, issue #14's independent set's two parts and round 5's fresh held-out set), in one run, with one evaluator.
# Usage (repo root): bash bench/scrub/run.sh   -> bench/scrub/results.md
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
gold="$root/tests/Sermo.Ingest.Tests/Anonymization/Gold"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "peers -> $work"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent redact-pii@3.4.0 @openredaction/openredaction@1.0.4)
dotnet build -c Release "$root/src/Worker" -v q -nologo >/dev/null
dll="$(dotnet msbuild "$root/src/Worker" -getProperty:TargetPath -p:Configuration=Release)"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"

sections=()
for set in "project gold set=$gold/gold.jsonl" "independent set, tuning part=$gold/Independent/tune.jsonl" "independent set, round-4 held-out part=$gold/Independent/holdout.jsonl" "fresh held-out set (round 5)=$gold/Fresh/fresh.jsonl"; do
  title="${set%%=*}"; file="${set#*=}"; name="$(basename "$file" .jsonl)"
  node -e 'const fs=require("fs");for(const l of fs.readFileSync(process.argv[1],"utf8").split("\n").filter(Boolean)){const p=JSON.parse(l);console.log(JSON.stringify({id:p.id,text:p.text}))}' "$file" > "$work/$name.in.jsonl"
  for _ in $(seq 20); do cat "$work/$name.in.jsonl"; done > "$work/$name.in20.jsonl"
  node "$root/bench/scrub/peers.mjs" redact-pii "$work" "$work/$name.in.jsonl" "$work/$name.redact-pii.jsonl" > "$work/$name.redact-pii.json"
  node "$root/bench/scrub/peers.mjs" openredaction "$work" "$work/$name.in.jsonl" "$work/$name.openredaction.jsonl" > "$work/$name.openredaction.json"
  dotnet "$dll" scrub --in "$work/$name.in.jsonl" --out "$work/$name.sermo.jsonl" 2>/dev/null
  start=$(date +%s.%N)
  dotnet "$dll" scrub --in "$work/$name.in20.jsonl" --out "$work/$name.sermo20.jsonl" 2>/dev/null
  end=$(date +%s.%N)
  node -e 'const n=+process.argv[1], s=process.argv[3]-process.argv[2]; console.log(JSON.stringify({tool:"sermo",posts:n,seconds:s,postsPerSecond:n/s}))' "$(wc -l < "$work/$name.in20.jsonl")" "$start" "$end" > "$work/$name.sermo.json"
  node "$root/bench/scrub/evaluate.mjs" "$file" "$work/$name.md" "$title" \
    "Sermo PhiScrubber=$work/$name.sermo.jsonl=$work/$name.sermo.json" \
    "redact-pii 3.4.0=$work/$name.redact-pii.jsonl=$work/$name.redact-pii.json" \
    "@openredaction/openredaction 1.0.4=$work/$name.openredaction.jsonl=$work/$name.openredaction.json" >/dev/null
  sections+=("$work/$name.md")
done

{
  echo "# Scrubber comparison on both gold sets"
  echo
  echo "Produced by \`bash bench/scrub/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores; load average $load_start at start, $(cut -d' ' -f1-3 /proc/loadavg) at end; posts/s are noisy, compare within one run)."
  echo "Recall here counts an identifier caught when none of its tokens is left in the output text. posts/s: npm peers time their redaction loop"
  echo "only (package load excluded); Sermo is the whole \`sermo scrub\` process (startup, JSON read/write included) over the set repeated 20 times."
  for section in "${sections[@]}"; do echo; cat "$section"; done
} > "$root/bench/scrub/results.md"
cat "$root/bench/scrub/results.md"
