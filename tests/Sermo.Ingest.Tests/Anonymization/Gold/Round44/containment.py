"""Round 44's overlap with every older gold set (decision 275): the share of this set's distinct word trigrams found in
an older set, overall and at most per set, and this set's posts with half or more of their trigrams in an older set.
Reads the older sets in code only; prints numbers and this set's own post ids, never an older set's name or text.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402


def main():
    posts = [json.loads(l) for l in (HERE / "round44.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    older = {name: set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
             for name, paths in goldmarkup.older_set_paths(HERE.parent, 44).items() if all(Path(p).exists() for p in paths)}
    every_older = set().union(*older.values())
    mine = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
    shared = mine & every_older
    per_set = max(len(mine & grams) / len(mine) for grams in older.values())
    print(f"{len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f}) occur in an older set; "
          f"per set at most {per_set:.3f}; {len(older)} older sets read")
    for p in posts:
        grams = goldmarkup.trigrams(p["text"])
        if grams and len(grams & every_older) * 2 >= len(grams):
            print(f"{p['id']}: {len(grams & every_older)} of {len(grams)} trigrams in an older set")


if __name__ == "__main__":
    main()
