#!/usr/bin/env bash
# Are two data folders' stores the same after an ingest of the same drop (decision 088)? Dumps every real table of
# each sermo.db (FTS5's shadow tables included, so the search indexes are compared byte for byte; the virtual tables
# themselves are read through them) in a fixed order and diffs the dumps. Columns the clock fills are blanked: their
# names are listed in CLOCK_COLUMNS (table.column), the commit's and the host's times, not the posts' own.
#   bench/ingest/compare-stores.sh DATA_A DATA_B [scratch=/tmp/compare-stores]
# Exit 0 and "identical" when the dumps agree; otherwise the first lines of the diff and exit 1.
set -euo pipefail
a="$1"; b="$2"; scratch="${3:-/tmp/compare-stores}"
mkdir -p "$scratch"
CLOCK_COLUMNS="${CLOCK_COLUMNS:-checkpoints.updated_at dead_letters.created_at dead_letters.replayed_at dead_letters.last_seen_at search_generation.changed_at source_leases.expires_at source_leases.acquired_at model_versions.promoted_at model_versions.trained_at cube_runs.finished_at cube_runs.started_at}"

dump() { # db out
  local db=$1 out=$2 table columns select
  : > "$out"
  for table in $(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"); do
    columns="$(sqlite3 "$db" "SELECT group_concat(name, ' ') FROM pragma_table_info('$table')")"
    select=""
    for column in $columns; do
      if [[ " $CLOCK_COLUMNS " == *" $table.$column "* ]]; then
        select+="'(clock)', "
      else
        # hex() so blobs (FTS5's segments) and text compare alike, byte for byte
        select+="typeof(\"$column\") || ':' || hex(\"$column\"), "
      fi
    done
    echo "== $table ($(sqlite3 "$db" "SELECT count(*) FROM \"$table\"") rows)" >> "$out"
    sqlite3 "$db" "SELECT ${select%, } FROM \"$table\"" | LC_ALL=C sort >> "$out"
  done
}

dump "$a/sermo.db" "$scratch/a.dump"
dump "$b/sermo.db" "$scratch/b.dump"
if diff -q "$scratch/a.dump" "$scratch/b.dump" > /dev/null; then
  echo "identical: $(grep -c '^== ' "$scratch/a.dump") tables, $(wc -l < "$scratch/a.dump") lines ($a, $b)"
else
  grep '^== ' "$scratch/a.dump" > "$scratch/a.tables"; grep '^== ' "$scratch/b.dump" > "$scratch/b.tables"
  diff "$scratch/a.tables" "$scratch/b.tables" || true
  diff "$scratch/a.dump" "$scratch/b.dump" | head -20
  exit 1
fi
