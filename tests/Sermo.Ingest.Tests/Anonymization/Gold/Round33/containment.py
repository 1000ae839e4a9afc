"""Round 33's overlap with older gold sets (decision 206): distinct word trigrams shared, read in code.

Prints numbers and this set's own post ids only; never an older set's text.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

older_by_set = {name: set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
                for name, paths in goldmarkup.older_set_paths(HERE.parent, 33).items() if all(Path(p).exists() for p in paths)}
older = set().union(*older_by_set.values())
posts = [json.loads(l) for l in (HERE / "round33.jsonl").read_text(encoding="utf-8").splitlines()]
mine = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
shared = mine & older
print(f"distinct trigrams {len(mine)}, in an older set {len(shared)} ({len(shared) / len(mine):.3f})")
worst = max(older_by_set, key=lambda n: len(mine & older_by_set[n]))
print(f"most shared with one set: {worst} {len(mine & older_by_set[worst]) / len(mine):.3f}")
over = 0
for post in posts:
    grams = goldmarkup.trigrams(post["text"])
    if grams and len(grams & older) * 2 >= len(grams):
        over += 1
        print(f"{post['id']}: {len(grams & older)} of {len(grams)} trigrams in an older set")
print(f"posts with half or more shared: {over}")
