"""How much of round 25's text occurs in older gold sets: distinct word trigrams shared, overall and per set, and this
set's posts with half or more of their trigrams in an older set. Prints numbers and this set's own ids only."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

posts = [json.loads(line) for line in (HERE / "round25.jsonl").read_text(encoding="utf-8").splitlines() if line]
ours = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
older = {name: set().union(set(), *(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
         for name, paths in goldmarkup.older_set_paths(HERE.parent, 25).items()}
everything_older = set().union(*older.values())
shared = ours & everything_older
print(f"distinct trigrams {len(ours)}, in an older set {len(shared)} ({len(shared) / len(ours):.3f})")
for name, grams in older.items():
    print(f"  {name}: {len(ours & grams) / len(ours):.3f}")
for post in posts:
    grams = goldmarkup.trigrams(post["text"])
    if grams and len(grams & everything_older) * 2 >= len(grams):
        print(f"half or more shared: {post['id']} ({len(grams & everything_older)} / {len(grams)})")
