"""Round 38's overlap measure (decision 231): distinct lower-case word trigrams this set shares with every older gold
set, read in code. Prints numbers and this set's own post ids only, never an older set's text."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402

HALF = 0.5


def main():
    posts = [json.loads(line) for line in (HERE / "round38.jsonl").read_text(encoding="utf-8").splitlines() if line]
    older = {}
    for name, paths in goldmarkup.older_set_paths(HERE.parent, 38).items():
        grams = set()
        for text in goldmarkup.jsonl_texts([p for p in paths if p.exists()]):
            grams |= goldmarkup.trigrams(text)
        older[name] = grams
    every_older = set().union(*older.values())
    ours = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
    shared = ours & every_older
    print(f"distinct trigrams {len(ours)}, in an older set {len(shared)} ({len(shared) / len(ours):.3f})")
    worst = max(older, key=lambda name: len(ours & older[name]))
    print(f"most shared with one set: {worst} {len(ours & older[worst]) / len(ours):.3f}")
    too_close = 0
    for post in posts:
        grams = goldmarkup.trigrams(post["text"])
        if grams and len(grams & every_older) / len(grams) >= HALF:
            too_close += 1
            print(f"{post['id']}: {len(grams & every_older)} of {len(grams)} trigrams in an older set")
    print(f"posts at half or more: {too_close}")
    return 1 if too_close else 0


if __name__ == "__main__":
    sys.exit(main())
