"""Word-trigram overlap of round 34 with every older gold set (decision 210). Reads the older texts in code and prints
numbers and this set's own post ids only, so that no older post is seen."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

mine = [json.loads(line) for line in (HERE / "round34.jsonl").open(encoding="utf-8") if line.strip()]
older = {name: set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
         for name, paths in goldmarkup.older_set_paths(HERE.parent, 34).items()}
every_older = set().union(*older.values())
all_mine = set().union(*(goldmarkup.trigrams(p["text"]) for p in mine))
shared = all_mine & every_older
print(f"distinct trigrams {len(all_mine)}, shared with an older set {len(shared)} ({len(shared) / len(all_mine):.3f})")
worst = max(older, key=lambda name: len(all_mine & older[name]))
print(f"most shared with one set: {worst} {len(all_mine & older[worst]) / len(all_mine):.3f}")
flagged = 0
for post in mine:
    grams = goldmarkup.trigrams(post["text"])
    if grams and len(grams & every_older) * 2 >= len(grams):
        flagged += 1
        print(f"{post['id']}: {len(grams & every_older)} of {len(grams)} trigrams in an older set")
print(f"posts with half or more of their trigrams in an older set: {flagged}")
