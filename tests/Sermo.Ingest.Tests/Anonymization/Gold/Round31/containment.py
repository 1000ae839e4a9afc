"""Round 31's overlap check (decision 193): the share of this set's distinct word trigrams that occur in an older gold
set, overall, per older set and per post. It reads the older sets' texts in code and prints numbers and this set's own
post ids only, so that its author never sees an older post."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402

posts = [json.loads(line) for line in (HERE / "round31.jsonl").read_text(encoding="utf-8").splitlines() if line]
older = {name: set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
         for name, paths in goldmarkup.older_set_paths(HERE.parent, 31).items()}
every_older = set().union(*older.values())

mine = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
shared = mine & every_older
print(f"{len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f}) occur in an older set")
for name, grams in older.items():
    print(f"  {name}: {len(mine & grams) / len(mine):.3f}")

too_close = 0
for post in posts:
    grams = goldmarkup.trigrams(post["text"])
    if grams and len(grams & every_older) * 2 >= len(grams):
        print(f"{post['id']}: {len(grams & every_older)} of {len(grams)} trigrams in an older set")
        too_close += 1
print(f"{too_close} posts share half or more of their trigrams with an older set")
sys.exit(1 if too_close else 0)
