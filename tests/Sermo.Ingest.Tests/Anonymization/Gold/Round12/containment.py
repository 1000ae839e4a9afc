"""Word-trigram overlap of round 12's posts with every older gold set (decision 089). Prints numbers only, never a
sentence, so that running it shows the author nothing of the older sets' posts.
    python3 containment.py"""
import glob
import os
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldmarkup import jsonl_texts, trigrams  # noqa: E402  shared by every round's containment script

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.dirname(HERE)


def main():
    ours = jsonl_texts(os.path.join(HERE, "round12.jsonl"))
    older = sorted(p for p in glob.glob(os.path.join(GOLD, "**", "*.jsonl"), recursive=True)
                   if os.path.abspath(os.path.dirname(p)) != HERE)
    ours_all = set().union(*(trigrams(t) for t in ours))
    every_older = set()
    for path in older:
        theirs = set().union(*(trigrams(t) for t in jsonl_texts(path)))
        every_older |= theirs
        shared = len(ours_all & theirs)
        print(f"{os.path.relpath(path, GOLD)}: {shared} of {len(ours_all)} trigrams ({shared / len(ours_all):.3f})")
    shared = len(ours_all & every_older)
    print(f"any older set: {shared} of {len(ours_all)} distinct trigrams ({shared / len(ours_all):.3f})")
    half = sum(1 for t in ours if (g := trigrams(t)) and len(g & every_older) * 2 >= len(g))
    print(f"posts with half or more of their trigrams in an older set: {half} of {len(ours)}")


if __name__ == "__main__":
    main()
