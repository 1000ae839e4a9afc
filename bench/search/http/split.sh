#!/usr/bin/env bash
# Usage: split.sh BEFORE_DB AFTER_DB RUNS — SQLite CPU (user+sys ms per run) of the search's streaming statement,
# split: bare FTS5 MATCH + bm25; + the posts' covering index; + facets as main reads them (post_tags join, BEFORE_DB);
# + facets as this branch reads them (facet_tags in the covering index, AFTER_DB). Alternated, same load.
set -euo pipefail
before="$1"; after="$2"; runs="${3:-5}"
q() { local db="$1" sql="$2" f; f=$(mktemp); for _ in $(seq "$runs"); do echo "$sql;" >> "$f"; done
  /usr/bin/time -f '%U %S' -o "$f.t" sqlite3 "file:$db?mode=ro" < "$f" > /dev/null
  awk -v n="$runs" '{ printf "%.0f", ($1 + $2) * 1000 / n }' "$f.t"; rm -f "$f" "$f.t"; }
echo "| text query | hits | bare | + posts | + tags (join, main) | + facet_tags (this branch) |"
echo "|---|---:|---:|---:|---:|---:|"
for m in eliquis 'eliquis OR apixaban' '"atrial fibrillation" NOT warfarin' 'metfor*' '(eliquis OR xarelto) AND bleeding' 'ozempic OR wegovy OR mounjaro' 'keytruda rash'; do
  esc="${m//\'/\'\'}"
  hits=$(sqlite3 "file:$after?mode=ro" "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH '$esc'")
  bare=$(q "$after" "SELECT rowid, bm25(posts_fts) FROM posts_fts WHERE posts_fts MATCH '$esc'")
  cols="p.id, -bm25(posts_fts), p.created_at, p.author_key, p.day, p.specialty, p.sentiment"
  posts=$(q "$after" "SELECT $cols FROM posts_fts JOIN posts p INDEXED BY ix_posts_search ON p.id = posts_fts.rowid WHERE posts_fts MATCH '$esc'")
  join=$(q "$before" "SELECT $cols, coalesce(t.kind = 'disease', -1), t.value, t.label FROM posts_fts JOIN posts p INDEXED BY ix_posts_search ON p.id = posts_fts.rowid LEFT JOIN post_tags t ON t.post_rowid = p.id AND t.kind IN ('brand', 'disease') WHERE posts_fts MATCH '$esc'")
  facet=$(q "$after" "SELECT $cols, p.facet_tags FROM posts_fts JOIN posts p INDEXED BY ix_posts_search ON p.id = posts_fts.rowid WHERE posts_fts MATCH '$esc'")
  echo "| \`$m\` | $hits | $bare | $posts | $join | $facet |"
done
