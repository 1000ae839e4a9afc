"""Word-trigram overlap of round 40 with every older gold set (decision 247). Reads the older sets in code and prints
numbers and this set's own post ids only, never an older set's text."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

ours = [json.loads(l) for l in (HERE / "round40.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
older = {name: set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
         for name, paths in goldmarkup.older_set_paths(HERE.parent, 40).items() if all(Path(p).exists() for p in paths)}
everything = set().union(*older.values())
mine = set().union(*(goldmarkup.trigrams(p["text"]) for p in ours))
shared = mine & everything
print(f"distinct trigrams {len(mine)}, in an older set {len(shared)} ({len(shared) / len(mine):.3f})")
worst = max(older, key=lambda n: len(mine & older[n]))
print(f"per set at most {len(mine & older[worst]) / len(mine):.3f} ({worst})")
for post in ours:
    grams = goldmarkup.trigrams(post["text"])
    if grams and len(grams & everything) * 2 >= len(grams):
        print(f"{post['id']}: {len(grams & everything)} of {len(grams)} trigrams in an older set")
