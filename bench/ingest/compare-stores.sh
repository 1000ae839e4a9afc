#!/usr/bin/env bash
# Are two data folders' stores the same after an ingest of the same drop (decision 088)? Dumps every real table of
# each sermo.db, sorted, and diffs the dumps. An FTS5 index is compared by what it holds, not by how its segments are
# laid out (which depends on how many rows each transaction added): its _data and _idx shadow tables are replaced by
# every (term, row, column, offset) instance fts5vocab lists; its _docsize and _config tables are compared as they are.
# Blanked: columns the clock or the process fills (CLOCK_COLUMNS, table.column), and counters whose value counts
# transactions, not content (COUNTER_COLUMNS); set either to "" to compare them too.
#   bench/ingest/compare-stores.sh DATA_A DATA_B [scratch=/tmp/compare-stores]
# Exit 0 and "identical" when the dumps agree; otherwise the first lines of the diff and exit 1.
set -euo pipefail
a="$1"; b="$2"; scratch="${3:-/tmp/compare-stores}"
mkdir -p "$scratch"
CLOCK_COLUMNS="${CLOCK_COLUMNS-checkpoints.updated_at dead_letters.received_at dead_letters.replayed_at source_leases.expires_at source_leases.holder safety_queue.queued_at safety_queue.due_at}"
# search_generation is bumped once per transaction that inserts posts: readers only compare it with the value they saw.
COUNTER_COLUMNS="${COUNTER_COLUMNS-search_generation.generation}"

dump() { # db out
  local db=$1 out=$2 table columns select fts
  : > "$out"
  for fts in $(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE % USING fts5(%' ORDER BY name"); do
    echo "== $fts (fts5vocab instances)" >> "$out"
    sqlite3 "$db" "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, '$fts', 'instance'); SELECT hex(term), doc, col, offset FROM temp.vocab" | LC_ALL=C sort >> "$out"
  done
  for table in $(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'
      AND name NOT IN (SELECT f.name || s.suffix FROM sqlite_master f, (SELECT '_data' AS suffix UNION ALL SELECT '_idx') s
                        WHERE f.sql LIKE 'CREATE VIRTUAL TABLE % USING fts5(%') ORDER BY name"); do
    columns="$(sqlite3 "$db" "SELECT group_concat(name, ' ') FROM pragma_table_info('$table')")"
    select=""
    for column in $columns; do
      if [[ " $CLOCK_COLUMNS $COUNTER_COLUMNS " == *" $table.$column "* ]]; then
        select+="'(blanked)', "
      else
        # hex() so blobs (FTS5's segments) and text compare alike, byte for byte
        select+="typeof(\"$column\") || ':' || hex(\"$column\"), "
      fi
    done
    echo "== $table ($(sqlite3 "$db" "SELECT count(*) FROM \"$table\"") rows)" >> "$out"
    case "$table" in
      # The rollup numbers cube members in an order that differs between two runs of the same build on the same data
      # (seen on main c4b1a9b): members are compared by author key, the cues by their member's author key, and the
      # author sets (encoded member numbers: their size follows the numbering too) only by their keys.
      cube_members) sqlite3 "$db" "SELECT hex(author_key) FROM cube_members" ;;
      cube_aspect_cues) sqlite3 "$db" "SELECT client_id, seg_kind, bucket, hex(term), hex(segment), aspect, polarity, hex(cue), hex(m.author_key), mentions
                                       FROM cube_aspect_cues c JOIN cube_members m ON m.member_no = c.member" ;;
      cube_author_sets) sqlite3 "$db" "SELECT client_id, grain, seg_kind, bucket, hex(term) FROM cube_author_sets" ;;
      *) sqlite3 "$db" "SELECT ${select%, } FROM \"$table\"" ;;
    esac | LC_ALL=C sort >> "$out"
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
