"""Word-trigram containment of round 15's set in the older gold sets (decision 117).

Reads the older sets' texts in code and prints numbers only, never a sentence, so that the author of this set does
not read the older posts. Containment = share of this set's distinct word trigrams found in an older set.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldmarkup import jsonl_texts, trigrams  # noqa: E402  shared by every round's containment script

GOLD = Path(__file__).resolve().parent.parent


def main():
    ours = jsonl_texts(GOLD / "Round15" / "round15.jsonl")
    per_post = [trigrams(t) for t in ours]
    mine = set().union(*per_post)
    older = {"gold": [GOLD / "gold.jsonl"], "Independent": sorted((GOLD / "Independent").glob("*.jsonl")),
             "Fresh": [GOLD / "Fresh" / "fresh.jsonl"]}
    older.update({f"Round{n}": [GOLD / f"Round{n}" / f"round{n}.jsonl"] for n in range(6, 15)})
    everything = set()
    for name, paths in older.items():
        theirs = set()
        for path in paths:
            for text in jsonl_texts(path):
                theirs |= trigrams(text)
        everything |= theirs
        print(f"{name}: {len(mine & theirs) / len(mine):.3f}")
    shared = mine & everything
    print(f"any older set: {len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f})")
    half = sum(1 for grams in per_post if grams and len(grams & everything) * 2 >= len(grams))
    print(f"posts with half or more of their trigrams in an older set: {half} of {len(ours)}")


if __name__ == "__main__":
    main()
