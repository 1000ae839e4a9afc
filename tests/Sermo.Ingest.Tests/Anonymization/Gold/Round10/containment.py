"""Word-trigram containment of round 10 in the older gold sets (decision 071). Prints numbers only, never text.

Run from this folder: python3 containment.py. The older sets are read by path and reduced to trigram sets; their
posts are never shown, so running this does not expose the author to them.
"""
import json
import os
import re

OLDER = {
    "gold": "../gold.jsonl",
    "Independent": ["../Independent/tune.jsonl", "../Independent/holdout.jsonl"],
    "Fresh": "../Fresh/fresh.jsonl",
    "Round6": "../Round6/round6.jsonl",
    "Round7": "../Round7/round7.jsonl",
    "Round8": "../Round8/round8.jsonl",
    "Round9": "../Round9/round9.jsonl",
}


def trigrams(text):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def texts(paths):
    for path in [paths] if isinstance(paths, str) else paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)["text"]


def main():
    here = [trigrams(t) for t in texts("round10.jsonl")]
    mine = set().union(*here)
    union = set()
    print(f"round10 distinct word trigrams {len(mine)}")
    for name, paths in OLDER.items():
        theirs = set()
        for t in texts(paths):
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
