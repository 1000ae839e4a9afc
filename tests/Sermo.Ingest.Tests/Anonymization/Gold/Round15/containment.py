"""Word-trigram containment of round 15's set in the older gold sets (decision 117).

Reads the older sets' texts in code and prints numbers only, never a sentence, so that the author of this set does
not read the older posts. Containment = share of this set's distinct word trigrams found in an older set.
"""
import json
import re
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+", re.UNICODE)


def texts(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l)["text"] for l in f if l.strip()]


def trigrams(text):
    words = [w.lower() for w in WORD.findall(text)]
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def main():
    ours = texts(GOLD / "Round15" / "round15.jsonl")
    per_post = [trigrams(t) for t in ours]
    mine = set().union(*per_post)
    older = {"gold": [GOLD / "gold.jsonl"], "Independent": sorted((GOLD / "Independent").glob("*.jsonl")),
             "Fresh": [GOLD / "Fresh" / "fresh.jsonl"]}
    older.update({f"Round{n}": [GOLD / f"Round{n}" / f"round{n}.jsonl"] for n in range(6, 15)})
    everything = set()
    for name, paths in older.items():
        theirs = set()
        for path in paths:
            for text in texts(path):
                theirs |= trigrams(text)
        everything |= theirs
        print(f"{name}: {len(mine & theirs) / len(mine):.3f}")
    shared = mine & everything
    print(f"any older set: {len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f})")
    half = sum(1 for grams in per_post if grams and len(grams & everything) * 2 >= len(grams))
    print(f"posts with half or more of their trigrams in an older set: {half} of {len(ours)}")


if __name__ == "__main__":
    main()
