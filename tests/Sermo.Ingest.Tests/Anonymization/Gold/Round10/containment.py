"""Word-trigram containment of round 10 in the older gold sets (decision 071). Prints numbers only, never text.

Run from this folder: python3 containment.py. The older sets are read by path and reduced to trigram sets; their
posts are never shown, so running this does not expose the author to them.
"""
import os
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldmarkup import jsonl_texts, trigrams  # noqa: E402  shared by every round's containment script

OLDER = {
    "gold": "../gold.jsonl",
    "Independent": ["../Independent/tune.jsonl", "../Independent/holdout.jsonl"],
    "Fresh": "../Fresh/fresh.jsonl",
    "Round6": "../Round6/round6.jsonl",
    "Round7": "../Round7/round7.jsonl",
    "Round8": "../Round8/round8.jsonl",
    "Round9": "../Round9/round9.jsonl",
}


def main():
    here = [trigrams(t) for t in jsonl_texts("round10.jsonl")]
    mine = set().union(*here)
    union = set()
    print(f"round10 distinct word trigrams {len(mine)}")
    for name, paths in OLDER.items():
        theirs = set()
        for t in jsonl_texts(paths):
            theirs |= trigrams(t)
        union |= theirs
        shared = len(mine & theirs)
        print(f"  in {name}: {shared} ({shared / len(mine):.3f})")
    shared = len(mine & union)
    print(f"in any older set: {shared} of {len(mine)} ({shared / len(mine):.3f})")
    half = sum(1 for grams in here if grams and len(grams & union) * 2 >= len(grams))
    print(f"posts with half or more of their trigrams in an older set: {half} of {len(here)}")


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
