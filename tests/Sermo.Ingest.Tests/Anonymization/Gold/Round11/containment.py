"""Word-trigram containment of round11.jsonl in the older gold sets (decision 080). Prints numbers only, never text,
so that its author does not read the older sets' posts. Run from this folder: python3 containment.py."""
import glob
import os
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldmarkup import jsonl_texts, trigrams  # noqa: E402  shared by every round's containment script

GOLD = os.path.dirname(os.path.abspath(os.path.dirname(__file__) or "."))
OLDER = {
    "gold": [os.path.join(GOLD, "gold.jsonl")],
    "Independent": sorted(glob.glob(os.path.join(GOLD, "Independent", "*.jsonl"))),
    "Fresh": sorted(glob.glob(os.path.join(GOLD, "Fresh", "*.jsonl"))),
    **{f"Round{n}": sorted(glob.glob(os.path.join(GOLD, f"Round{n}", "*.jsonl"))) for n in range(6, 11)},
}


def main():
    posts = [trigrams(t) for t in jsonl_texts([os.path.join(GOLD, "Round11", "round11.jsonl")])]
    mine = set().union(*posts)
    everything = set()
    for name, paths in OLDER.items():
        theirs = set()
        for t in jsonl_texts(paths):
            theirs |= trigrams(t)
        everything |= theirs
        print(f"{name}: {len(mine & theirs)} of {len(mine)} trigrams ({len(mine & theirs) / len(mine):.3f})")
    shared = len(mine & everything)
    print(f"any older set: {shared} of {len(mine)} ({shared / len(mine):.3f})")
    half = sum(1 for p in posts if p and len(p & everything) * 2 >= len(p))
    print(f"posts with half or more of their trigrams in an older set: {half} of {len(posts)}")


if __name__ == "__main__":
    main()
