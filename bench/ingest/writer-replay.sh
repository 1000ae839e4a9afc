#!/usr/bin/env bash
# Where the ingest writer's SQLite work goes, by SQLite's own counters (decision 142): replays a finished ingest's new
# rows into a copy of the data folder it started from, in the writer's batches and statement order (the post row, then
# the batch's dirty days, FTS5 text, author postings and tag rows, the generation bump, COMMIT), with the store's
# pragmas, in the sqlite3 shell with `.stats on` and `.timer on`. Prints, per statement kind and a post: CPU µs (user +
# sys), page cache hits / misses / writes and VDBE steps. The product binds one post row a statement and 64 tag rows a
# statement; the replay copies each batch's rows with one INSERT ... SELECT each, so its per-row statement starts are
# fewer: it splits the SQLite side of the writer, not the whole writer.
# The new rows are first copied into in-memory temporary tables (not counted), so reading them costs a rowid range.
# TAG_ORDER sets the order a batch's tag rows are inserted in (default: the writer's, post by post).
#   bench/ingest/writer-replay.sh TEMPLATE_DIR INGESTED_DIR [batch=2000] [scratch=/tmp/writer-replay] [extra SQL run first]
set -euo pipefail
template="$1"; ingested="$2"; batch="${3:-2000}"; scratch="${4:-/tmp/writer-replay}"; setup="${5:-}"
tag_order="${TAG_ORDER:-post_rowid}"
mkdir -p "$scratch"
rm -f "$scratch/replay.db"*
cp "$template/sermo.db" "$scratch/replay.db"
src="$ingested/sermo.db"
first="$(sqlite3 "$scratch/replay.db" "SELECT coalesce(max(id), 0) FROM posts")"
last="$(sqlite3 "$src" "SELECT max(id) FROM posts")"
columns="post_id, source, author_key, created_at, day, specialty, state, text, redactions, sentiment, sentiment_score, entities_json, adverse_json, facet_tags"
{
  echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-8192; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=0; PRAGMA wal_autocheckpoint=25000;"
  echo "ATTACH '$src' AS src;"
  echo "CREATE TEMP TABLE new_posts AS SELECT id, $columns FROM src.posts WHERE id > $first ORDER BY id;"
  echo "CREATE TEMP TABLE new_tags (seq INTEGER PRIMARY KEY, kind, value, post_rowid, name, label);"
  # In insert order, so each batch's rows are one seq range read alike whatever the order.
  echo "INSERT INTO new_tags (kind, value, post_rowid, name, label) SELECT kind, value, post_rowid, name, label FROM src.post_tags WHERE post_rowid > $first ORDER BY (post_rowid - $first - 1) / $batch, $tag_order;"
  echo "CREATE INDEX temp.new_tags_post ON new_tags(post_rowid, seq);"
  echo "DETACH src;"
  if [ -n "$setup" ]; then echo "$setup"; fi
  echo ".stats on"
  echo ".timer on"
  for ((from = first; from < last; from += batch)); do
    through=$((from + batch < last ? from + batch : last))
    echo ".print @@ begin"; echo "BEGIN;"
    echo ".print @@ read_rows"; echo "SELECT count(*), sum(length(post_id) + length(source) + length(author_key) + length(created_at) + length(day) + coalesce(length(specialty), 0) + coalesce(length(state), 0) + length(text) + redactions + sentiment + sentiment_score + length(entities_json) + length(adverse_json) + length(facet_tags)) FROM new_posts WHERE id > $from AND id <= $through; SELECT count(*), sum(length(kind) + length(value) + post_rowid + length(name) + length(label)) FROM new_tags WHERE seq BETWEEN (SELECT min(seq) FROM new_tags WHERE post_rowid > $from AND post_rowid <= $through) AND (SELECT max(seq) FROM new_tags WHERE post_rowid > $from AND post_rowid <= $through);"
    echo ".print @@ posts"; echo "INSERT INTO posts ($columns) SELECT $columns FROM new_posts WHERE id > $from AND id <= $through ORDER BY id;"
    echo ".print @@ dirty_days"; echo "INSERT INTO cube_dirty_days(day) SELECT DISTINCT day FROM posts NOT INDEXED WHERE id > $from AND day NOT IN (SELECT day FROM cube_dirty_days);"
    echo ".print @@ posts_fts"; echo "INSERT INTO posts_fts(rowid, text) SELECT id, text FROM posts WHERE id > $from;"
    echo ".print @@ posts_authors"; echo "INSERT INTO posts_authors(rowid, author) SELECT id, hex(author_key) FROM posts WHERE id > $from;"
    echo ".print @@ post_tags"; echo "INSERT INTO post_tags (kind, value, post_rowid, name, label) SELECT kind, value, post_rowid, name, label FROM new_tags WHERE seq BETWEEN (SELECT min(seq) FROM new_tags WHERE post_rowid > $from AND post_rowid <= $through) AND (SELECT max(seq) FROM new_tags WHERE post_rowid > $from AND post_rowid <= $through) ORDER BY seq;"
    echo ".print @@ generation"; echo "UPDATE search_generation SET generation = generation + 1 WHERE id = 1;"
    echo ".print @@ commit"; echo "COMMIT;"
  done
} > "$scratch/replay.sql"
sqlite3 "$scratch/replay.db" < "$scratch/replay.sql" > "$scratch/replay.out" 2>&1
posts=$((last - first))
awk -v posts="$posts" '
  /^@@ / { stage = $2; if (!(stage in seen)) { seen[stage] = 1; order[++n] = stage } next }
  /^[0-9]+\|/ { next }
  /^Run Time:/ { cpu[stage] += $6 + $8; next }
  /^Page cache hits:/ { hits[stage] += $NF; next }
  /^Page cache misses:/ { misses[stage] += $NF; next }
  /^Page cache writes:/ { writes[stage] += $NF; next }
  /^Virtual Machine Steps:/ { steps[stage] += $NF; next }
  END {
    printf "| statement | CPU µs a post | page cache hits a post | misses a post | writes a post | VDBE steps a post |\n|---|---:|---:|---:|---:|---:|\n"
    for (i = 1; i <= n; i++) { s = order[i]; tc += cpu[s]
      printf "| %s | %.1f | %.1f | %.3f | %.2f | %.0f |\n", s, cpu[s] * 1e6 / posts, hits[s] / posts, misses[s] / posts, writes[s] / posts, steps[s] / posts }
    printf "| all | %.1f | | | | |\n", tc * 1e6 / posts
  }' "$scratch/replay.out"
echo "posts $posts, batches of $batch; WAL at the end $(( $(stat -c %s "$scratch/replay.db-wal" 2>/dev/null || echo 0) / 1024 / 1024 )) MB; sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
