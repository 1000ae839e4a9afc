#!/usr/bin/env bash
# Where the ingest verb's memory is (decision 114): one `sermo ingest` with dotnet-counters attached (System.Runtime
# every 2 s: working set, GC committed, each generation's size and fragmentation after the last collection) and the
# process's RSS split (anonymous / file-backed) with the drop's progress once a second. No timing figures: the
# counters session and the sampling cost CPU. Run from the repository root after `dotnet tool restore`:
#   bench/ingest/heap-probe.sh NAME BINDIR DROP TEMPLATE [VAR=value ...]
# BINDIR holds a `sermo` build (as for INGEST_BENCH_BIN), DROP a JSONL drop, TEMPLATE a data folder `sermo demo` made
# (bench/ingest/run.sh leaves one in its work folder); VAR=value pairs go to the verb's environment (a GC setting).
# Output in ${HEAP_PROBE_DIR:-/tmp/sermo-heap-probe}/NAME: counters.csv, rss ("s posts rss_kb anon_kb file_kb"), time.
set -u
name=$1; bin=$2; drop=$3; template=$4; shift 4
out="${HEAP_PROBE_DIR:-/tmp/sermo-heap-probe}/$name"; rm -rf "$out"; mkdir -p "$out"
data="$out/data"; cp -r "$template" "$data"; cp "$drop" "$data/drop/"
env "$@" /usr/bin/time -f '%e %U %S %M' -o "$out/time" dotnet "$bin/sermo/sermo.dll" ingest --data "$data" > "$out/ingest.log" 2>&1 &
timer=$!; sleep 0.3; pid=$(pgrep -P "$timer" | head -1)
dotnet counters collect -p "$pid" --refresh-interval 2 --format csv -o "$out/counters.csv" --counters System.Runtime \
  > "$out/counters.log" 2>&1 < /dev/null &
start=$(date +%s)
while [ -e "/proc/$pid/status" ]; do
  posts=$(grep -o '[0-9,]* read' "$out/ingest.log" 2>/dev/null | tail -1 | tr -d ', read')
  echo "$(( $(date +%s) - start )) ${posts:-0} $(awk '/^VmRSS/{r=$2} /^RssAnon/{a=$2} /^RssFile/{f=$2} END{print r+0, a+0, f+0}' "/proc/$pid/status" 2>/dev/null)" >> "$out/rss"
  sleep 1
done
wait "$timer"; echo "rc=$? wall/user/sys/maxrss_kb $(cat "$out/time")"
rm -rf "$data"
