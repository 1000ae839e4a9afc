#!/usr/bin/env bash
# Compares Sermo's scrubber with the npm scrubbers redact-pii and @openredaction/openredaction on the gold set,
# in one run, with one evaluator. Usage (repo root): bash bench/scrub/run.sh   -> bench/scrub/results.md
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
gold="$root/tests/Sermo.Ingest.Tests/Anonymization/Gold/gold.jsonl"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "peers -> $work"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent redact-pii@3.4.0 @openredaction/openredaction@1.0.4)
node -e 'const fs=require("fs");for(const l of fs.readFileSync(process.argv[1],"utf8").split("\n").filter(Boolean)){const p=JSON.parse(l);console.log(JSON.stringify({id:p.id,text:p.text}))}' "$gold" > "$work/in.jsonl"
for _ in $(seq 20); do cat "$work/in.jsonl"; done > "$work/in20.jsonl"

node "$root/bench/scrub/peers.mjs" redact-pii "$work" "$work/in.jsonl" "$work/redact-pii.jsonl" | tee "$work/redact-pii.json"
node "$root/bench/scrub/peers.mjs" openredaction "$work" "$work/in.jsonl" "$work/openredaction.jsonl" | tee "$work/openredaction.json"

dotnet build -c Release "$root/src/Worker" -v q -nologo >/dev/null
dll="$(dotnet msbuild "$root/src/Worker" -getProperty:TargetPath -p:Configuration=Release)"
dotnet "$dll" scrub --in "$work/in.jsonl" --out "$work/sermo.jsonl"
start=$(date +%s.%N)
dotnet "$dll" scrub --in "$work/in20.jsonl" --out "$work/sermo20.jsonl"
end=$(date +%s.%N)
node -e 'const n=+process.argv[1], s=process.argv[3]-process.argv[2]; console.log(JSON.stringify({tool:"sermo",posts:n,seconds:s,postsPerSecond:n/s}))' "$(wc -l < "$work/in20.jsonl")" "$start" "$end" | tee "$work/sermo.json"

node "$root/bench/scrub/evaluate.mjs" "$gold" "$root/bench/scrub/results.md" \
  "Sermo PhiScrubber=$work/sermo.jsonl=$work/sermo.json" \
  "redact-pii 3.4.0=$work/redact-pii.jsonl=$work/redact-pii.json" \
  "@openredaction/openredaction 1.0.4=$work/openredaction.jsonl=$work/openredaction.json"
