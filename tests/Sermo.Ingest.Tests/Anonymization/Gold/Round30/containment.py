"""Round 30's overlap with older gold sets (decision 185): distinct word trigrams shared, overall, per set and per post.

Reads older sets' texts in code only and prints numbers and this set's own post ids, never an older post.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

ours = goldmarkup.jsonl_texts(HERE / "round30.jsonl")
ids = [line.split('"id": "')[1].split('"')[0] for line in (HERE / "round30.jsonl").read_text(encoding="utf-8").splitlines()]
older = {name: set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
         for name, paths in goldmarkup.older_set_paths(HERE.parent, 30).items() if all(Path(p).exists() for p in paths)}
everything_older = set().union(*older.values())
mine = set().union(*(goldmarkup.trigrams(t) for t in ours))
print(f"distinct trigrams {len(mine)}, in an older set {len(mine & everything_older)} ({len(mine & everything_older) / len(mine):.3f})")
worst = max(older, key=lambda n: len(mine & older[n]))
print(f"most shared with one set: {worst} {len(mine & older[worst]) / len(mine):.3f}")
flagged = 0
for post_id, text in zip(ids, ours):
    grams = goldmarkup.trigrams(text)
    shared = len(grams & everything_older)
    if grams and shared * 2 >= len(grams):
        flagged += 1
        print(f"{post_id}: {shared} of {len(grams)} trigrams in an older set")
print(f"posts at half or more: {flagged}")
