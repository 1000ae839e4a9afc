#!/usr/bin/env bash
# End-to-end ingest (issue 19): the `sermo ingest` verb on a drop of forum-like posts made from the sample forum's
# sentences (~280 bytes of text each), next to a bare SQLite FTS5 insert of the same texts in the same run.
# From the repository root:
#   bench/ingest/run.sh [posts=200000] [rounds=3] [results=bench/ingest/results-latest.md]
# Each round copies a data folder `sermo demo` built (the sample forum ingested, the sample sentiment model promoted:
# what a new user has before a large drop), adds the drop, runs `sermo ingest --data DIR` under /usr/bin/time (wall,
# CPU, peak RSS of the whole verb: ingest and cube rollup), samples the process's RSS (anonymous and file-backed) once
# a second, and runs the bare FTS5 insert right after it. The verb's own `time:` line gives the ingest phase alone, its
# `cost:` line each stage's CPU time and allocations per record and the runtime's JIT and GC counters.
# INGEST_BENCH_BIN=DIR runs the builds already in DIR/sermo and DIR/bench (another commit's, for a before/after pair in
# one sitting) instead of building this tree; INGEST_BENCH_DIR sets the work folder (default /tmp/sermo-ingest-bench).
set -euo pipefail
cd "$(dirname "$0")/../.."
posts="${1:-200000}"; rounds="${2:-3}"; results="${3:-bench/ingest/results-latest.md}"
work="${INGEST_BENCH_DIR:-/tmp/sermo-ingest-bench}"
bin="${INGEST_BENCH_BIN:-$work/bin}"
mkdir -p "$work"
export MSBUILDDISABLENODEREUSE=1
source bench/build-commit.sh
if [ -z "${INGEST_BENCH_BIN:-}" ]; then
  bench_build src/Worker/Sermo.Worker.csproj "$bin/sermo" "$work/build.log" || exit 1
  bench_build bench/ingest/Sermo.IngestBench.csproj "$bin/bench" "$work/build.log" || exit 1
fi
commit="$(bench_commit "$bin/sermo")"
sermo=(dotnet "$bin/sermo/sermo.dll"); bench=(dotnet "$bin/bench/Sermo.IngestBench.dll")
drop="$work/drop-$posts.jsonl"
[ -f "$drop" ] || "${bench[@]}" drop samples/forum/posts.jsonl "$posts" "$drop"
if [ ! -f "$work/template/sermo.db" ]; then
  rm -rf "$work/template"
  "${sermo[@]}" demo --out "$work/template" >/dev/null
fi
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"

rss_sampler() { # pid → prints "peak_rss_kb peak_anon_kb peak_file_kb" once the process is gone
  local pid=$1 rss=0 anon=0 file=0 r a f
  while [ -e "/proc/$pid/status" ]; do
    read -r r a f < <(awk '/^VmRSS/{r=$2} /^RssAnon/{a=$2} /^RssFile/{f=$2} END{print r+0, a+0, f+0}' "/proc/$pid/status" 2>/dev/null || echo "0 0 0")
    (( r > rss )) && rss=$r; (( a > anon )) && anon=$a; (( f > file )) && file=$f
    sleep 1
  done
  echo "$rss $anon $file"
}

costs=(); rows=(); rates=(); bares=(); ratios=(); rsss=(); cpus=(); bare_cpus=(); cpu_ratios=()
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
write_results() { # after every round, so a run stopped early still leaves the rounds it finished
  load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
{
  echo "# End-to-end ingest: \`sermo ingest\` vs a bare SQLite FTS5 insert of the same texts"
  echo
  echo "Command: \`${INGEST_BENCH_BIN:+INGEST_BENCH_BIN=$INGEST_BENCH_BIN }bench/ingest/run.sh $posts $rounds\`, ${#rows[@]} of $rounds rounds done ($(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, binaries built from commit $commit${INGEST_BENCH_BIN:+ (in $INGEST_BENCH_BIN)}); load average $load_start at the start, $load_end at the end (measured under load unless both are near 0)."
  echo "Input: $posts posts, $(( $(stat -c %s "$drop") / 1024 / 1024 )) MB of JSONL made from the sample forum's sentences (\`Sermo.IngestBench drop\`), into a data folder \`sermo demo\` built."
  echo
  echo "| round | ingest s | ingest posts/s | bare FTS5 posts/s (same run) | ratio (target ≥ 0.35) | ingest CPU µs per post | bare FTS5 CPU µs per post (same run) | CPU ratio bare / ingest | cores busy during ingest | rollup s | verb wall s | verb CPU s | peak RSS MB (target ≤ 400) | peak anon / file-backed RSS MB | stage busy times |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
  printf '%s\n' "${rows[@]}"
  echo "| **median** | | **$(median "${rates[@]}")** | $(median "${bares[@]}") | **$(median "${ratios[@]}")** | **$(median "${cpus[@]}")** | $(median "${bare_cpus[@]}") | **$(median "${cpu_ratios[@]}")** | | | | | **$(median "${rsss[@]}")** | | |"
  echo
  echo "| round | the verb's \`cost:\` line (per record: each stage's CPU on its own threads / managed bytes it allocated; the runtime's counters over the ingest phase) |"
  echo "|---:|---|"
  printf '%s\n' "${costs[@]}"
  echo
  echo "ingest s and posts/s: the verb's \`time:\` line (host start to the end of the ingest cycle, every record of the drop and the forum feed). Bare FTS5: the drop's texts into \`fts5(text, tokenize='porter unicode61 remove_diacritics 2')\`, WAL, synchronous=NORMAL, one prepared insert, 500 rows per transaction (\`Sermo.IngestBench fts5\`). CPU per post (user+sys; what a loaded machine still measures): the ingest phase's, from the \`time:\` line, and the bare insert's, over the posts each handled; on two idle cores a CPU ratio r allows at most a rate ratio of about 2r (both cores busy). Peak RSS: /usr/bin/time's maximum resident set of the whole verb, rollup included; the anonymous / file-backed split is the largest of each seen by a once-a-second sample. Stage busy times are explained in docs/ingest-speed.md."
} > "$results"
}
for round in $(seq "$rounds"); do
  data="$work/data"
  rm -rf "$data"; cp -r "$work/template" "$data"; cp "$drop" "$data/drop/"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "${sermo[@]}" ingest --data "$data" > "$work/ingest.log" 2>&1 &
  timer=$!
  sleep 0.2
  verb="$(pgrep -P "$timer" | head -1)"
  rss_sampler "$verb" > "$work/rss" &
  wait "$timer" || { tail -20 "$work/ingest.log" >&2; exit 1; }
  wait
  read -r wall user sys maxrss < "$work/time"
  read -r _ anon file < "$work/rss"
  line="$(grep '^time: ingest' "$work/ingest.log")"
  costs+=("| $round | $(grep '^cost:' "$work/ingest.log" | sed -E 's/^cost: //' || echo '(this build prints no cost line)') |")
  ingest_s="$(sed -E 's/^time: ingest ([0-9.]+) s.*/\1/' <<< "$line")"
  rate="$(sed -E 's/^time: ingest [0-9.]+ s \(([0-9]+) records\/s.*/\1/' <<< "$line")"
  cores="$(sed -E 's/.* records\/s, ([0-9.]+) cores busy.*/\1/' <<< "$line")"
  rollup="$(sed -E 's/.*rollup ([0-9.]+) s;.*/\1/' <<< "$line")"
  stages="$(sed -E 's/.*stages: //' <<< "$line")"
  cpu_us="$(sed -E 's/.*CPU ([0-9]+) µs per record.*/\1/' <<< "$line")"
  read -r _ bare_s bare_rate bare_cpu < <("${bench[@]}" fts5 "$drop" "$work/bare.db" 500)
  rm -f "$work/bare.db"*
  ratio="$(awk -v a="$rate" -v b="$bare_rate" 'BEGIN { printf "%.2f", a / b }')"
  cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')"
  bare_us="$(awk -v c="$bare_cpu" -v n="$posts" 'BEGIN { printf "%.0f", c * 1e6 / n }')"
  cpu_ratio="$(awk -v a="$bare_us" -v b="$cpu_us" 'BEGIN { printf "%.2f", a / b }')"
  cpus+=("$cpu_us"); bare_cpus+=("$bare_us"); cpu_ratios+=("$cpu_ratio")
  rates+=("$rate"); bares+=("$bare_rate"); ratios+=("$ratio"); rsss+=("$((maxrss / 1024))")
  rows+=("| $round | $ingest_s | **$rate** | $bare_rate | **$ratio** | **$cpu_us** | $bare_us | **$cpu_ratio** | $cores | $rollup | $wall | $cpu | **$((maxrss / 1024))** | $((anon / 1024)) / $((file / 1024)) | $stages |")
  echo "round $round: ingest $rate posts/s, bare FTS5 $bare_rate/s, ratio $ratio; CPU per post $cpu_us µs vs bare $bare_us µs (ratio $cpu_ratio); $cores cores busy, peak RSS $((maxrss / 1024)) MB" >&2
  write_results
done
cat "$results"
