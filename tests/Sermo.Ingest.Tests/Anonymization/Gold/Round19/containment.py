"""How much of round 19's wording occurs in the older gold sets: word trigrams, printed as numbers and own ids only.

Reads the older sets' texts in code and never prints them, so the author learns no sentence of theirs.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
sys.path.insert(0, str(GOLD))

import goldmarkup  # noqa: E402


def older_sets():
    sets = {"gold": [GOLD / "gold.jsonl"], "Independent": sorted((GOLD / "Independent").glob("*.jsonl")),
            "Fresh": [GOLD / "Fresh" / "fresh.jsonl"]}
    for n in range(6, 19):
        sets[f"Round{n}"] = [GOLD / f"Round{n}" / f"round{n}.jsonl"]
    return sets


def main():
    posts = [json.loads(line) for line in (HERE / "round19.jsonl").read_text(encoding="utf-8").splitlines() if line]
    ours = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
    everything = set()
    for label, paths in older_sets().items():
        theirs = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
        everything |= theirs
        print(f"{label}: {len(ours & theirs) / len(ours):.3f}")
    shared = ours & everything
    print(f"any older set: {len(shared)} of {len(ours)} distinct trigrams ({len(shared) / len(ours):.3f})")
    for post in posts:
        grams = goldmarkup.trigrams(post["text"])
        if grams and len(grams & everything) * 2 >= len(grams):
            print(f"half or more shared: {post['id']} ({len(grams & everything)} of {len(grams)})")


if __name__ == "__main__":
    main()
