"""Word-trigram containment of round11.jsonl in the older gold sets (decision 080). Prints numbers only, never text,
so that its author does not read the older sets' posts. Run from this folder: python3 containment.py."""
import glob
import json
import os
import re

GOLD = os.path.dirname(os.path.abspath(os.path.dirname(__file__) or "."))
OLDER = {
    "gold": [os.path.join(GOLD, "gold.jsonl")],
    "Independent": sorted(glob.glob(os.path.join(GOLD, "Independent", "*.jsonl"))),
    "Fresh": sorted(glob.glob(os.path.join(GOLD, "Fresh", "*.jsonl"))),
    **{f"Round{n}": sorted(glob.glob(os.path.join(GOLD, f"Round{n}", "*.jsonl"))) for n in range(6, 11)},
}


def trigrams(text):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def texts(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)["text"]


def main():
    posts = [trigrams(t) for t in texts([os.path.join(GOLD, "Round11", "round11.jsonl")])]
    mine = set().union(*posts)
    everything = set()
    for name, paths in OLDER.items():
        theirs = set()
        for t in texts(paths):
            theirs |= trigrams(t)
        everything |= theirs
        print(f"{name}: {len(mine & theirs)} of {len(mine)} trigrams ({len(mine & theirs) / len(mine):.3f})")
    shared = len(mine & everything)
    print(f"any older set: {shared} of {len(mine)} ({shared / len(mine):.3f})")
    half = sum(1 for p in posts if p and len(p & everything) * 2 >= len(p))
    print(f"posts with half or more of their trigrams in an older set: {half} of {len(posts)}")


if __name__ == "__main__":
    main()
