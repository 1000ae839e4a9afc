"""Round 27's overlap with every older gold set (decision 173): distinct lower-case word trigrams of this set that occur
in an older set, overall and per set, and this set's posts with half or more of their trigrams in an older set. Older
sets are read in code only; the script prints numbers and this set's own post ids, never an older post."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402

ours = goldmarkup.jsonl_texts(HERE / "round27.jsonl")
older = {name: set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
         for name, paths in goldmarkup.older_set_paths(HERE.parent, 27).items()}
everything_older = set().union(*older.values())
mine = set().union(*(goldmarkup.trigrams(t) for t in ours))
shared = mine & everything_older
print(f"distinct trigrams {len(mine)}, in an older set {len(shared)} ({len(shared) / len(mine):.3f})")
for name, grams in older.items():
    print(f"  {name}: {len(mine & grams) / len(mine):.3f}")
post_ids = [json.loads(line)["id"] for line in (HERE / "round27.jsonl").read_text(encoding="utf-8").splitlines()]
flagged = 0
for post_id, text in zip(post_ids, ours):
    grams = goldmarkup.trigrams(text)
    if grams and len(grams & everything_older) * 2 >= len(grams):
        flagged += 1
        print(f"{post_id}: {len(grams & everything_older)} of {len(grams)} trigrams in an older set")
print(f"posts with half or more shared: {flagged}")
