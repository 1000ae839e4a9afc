"""Word-trigram containment of round 17's set in every older gold set. Reads the older sets' texts in code and prints
numbers and this set's own post ids only, so that its author never reads an older post (decision 127)."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402

GOLD = HERE.parent
OLDER = {"gold": [GOLD / "gold.jsonl"], "Independent": sorted((GOLD / "Independent").glob("*.jsonl")),
         "Fresh": [GOLD / "Fresh" / "fresh.jsonl"]}
OLDER.update({f"Round{n}": [GOLD / f"Round{n}" / f"round{n}.jsonl"] for n in range(6, 17)})


def main():
    with open(HERE / "round17.jsonl", encoding="utf-8") as lines:
        posts = [json.loads(line) for line in lines if line.strip()]
    ours = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
    everything = set()
    for name, paths in OLDER.items():
        theirs = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
        everything |= theirs
        print(f"{name}: {len(ours & theirs) / len(ours):.3f}")
    print(f"any older set: {len(ours & everything)} of {len(ours)} distinct trigrams ({len(ours & everything) / len(ours):.3f})")
    half = [p["id"] for p in posts if (grams := goldmarkup.trigrams(p["text"])) and len(grams & everything) * 2 >= len(grams)]
    print(f"posts with half or more of their trigrams in an older set: {len(half)} of {len(posts)} {half}")


if __name__ == "__main__":
    main()
