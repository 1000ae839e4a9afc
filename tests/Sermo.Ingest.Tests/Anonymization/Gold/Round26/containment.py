"""How much of Round 26's text already occurs in an older gold set (decision 169). Reads the older sets' texts in
code and prints numbers and this set's own post ids only, so that its author never reads an older post."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402

ours = goldmarkup.jsonl_texts(HERE / "round26.jsonl")
ids = [line.split('"id": "')[1].split('"')[0] for line in (HERE / "round26.jsonl").read_text(encoding="utf-8").splitlines() if line]
older = {name: set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
         for name, paths in goldmarkup.older_set_paths(HERE.parent, 26).items() if all(Path(p).exists() for p in paths)}
every_older = set().union(*older.values())
mine = set().union(*(goldmarkup.trigrams(t) for t in ours))
shared = mine & every_older
print(f"{len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f}) occur in an older set")
for name, grams in older.items():
    print(f"  {name}: {len(mine & grams) / len(mine):.3f}")
for post_id, text in zip(ids, ours):
    grams = goldmarkup.trigrams(text)
    if grams and len(grams & every_older) * 2 >= len(grams):
        print(f"  {post_id}: {len(grams & every_older)} of {len(grams)} trigrams in an older set")
