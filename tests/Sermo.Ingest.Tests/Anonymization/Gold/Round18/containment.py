"""How much of round 18's wording already occurs in an older gold set: word-trigram containment, numbers only.

Reads the older sets' texts in code and prints figures and this set's own post ids, never an older post, so the
author can check overlap without reading the sets the brief keeps from them.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
sys.path.insert(0, str(GOLD))

import goldmarkup  # noqa: E402

OLDER = {"gold": [GOLD / "gold.jsonl"], "Independent": sorted((GOLD / "Independent").glob("*.jsonl")),
         "Fresh": [GOLD / "Fresh" / "fresh.jsonl"]}
OLDER.update({f"Round{n}": [GOLD / f"Round{n}" / f"round{n}.jsonl"] for n in range(6, 18)})


def main():
    posts = [json.loads(line) for line in (HERE / "round18.jsonl").read_text(encoding="utf-8").splitlines() if line]
    ours = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
    every_older = set()
    for name, paths in OLDER.items():
        theirs = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
        every_older |= theirs
        print(f"{name}: {len(ours & theirs) / len(ours):.3f}")
    shared = ours & every_older
    print(f"any older set: {len(shared)} of {len(ours)} distinct trigrams ({len(shared) / len(ours):.3f})")
    for post in posts:
        grams = goldmarkup.trigrams(post["text"])
        if grams and len(grams & every_older) * 2 >= len(grams):
            print(f"half or more in an older set: {post['id']} ({len(grams & every_older)} of {len(grams)})")


if __name__ == "__main__":
    main()
