"""Overlap of round 43 with every older set: the share of its distinct word trigrams found in an older set, the
highest share per set, and this set's posts with half or more of their trigrams in an older set. Prints numbers and
this set's own post ids only (no older text, no set name)."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402


def main():
    ours = [json.loads(l) for l in (HERE / "round43.jsonl").read_text(encoding="utf-8").splitlines()]
    older = {}
    for name, paths in goldmarkup.older_set_paths(HERE.parent, 43).items():
        grams = set()
        for text in goldmarkup.jsonl_texts([p for p in paths if Path(p).exists()]):
            grams |= goldmarkup.trigrams(text)
        older[name] = grams
    every = set().union(*older.values())
    mine = set().union(*(goldmarkup.trigrams(p["text"]) for p in ours))
    shared = mine & every
    print(f"{len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f}) occur in an older set")
    print(f"highest share in one set: {max(len(mine & g) / len(mine) for g in older.values()):.3f}")
    for post in ours:
        grams = goldmarkup.trigrams(post["text"])
        hit = len(grams & every)
        if grams and hit * 2 >= len(grams):
            print(f"{post['id']}: {hit} of {len(grams)} trigrams in an older set")


if __name__ == "__main__":
    main()
