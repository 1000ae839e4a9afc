"""Word-trigram containment of round 9 in the older gold sets (decision 063). Prints numbers only, never a sentence.

python3 containment.py   -> per older set: share of round 9's distinct word trigrams found in it, and how many
round 9 posts have half or more of their trigrams in it.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldmarkup import jsonl_texts, trigrams  # noqa: E402  shared by every round's containment script

HERE = Path(__file__).parent
GOLD = HERE.parent


def main():
    ours = [trigrams(t) for t in jsonl_texts(HERE / "round9.jsonl")]
    all_ours = set().union(*ours)
    older = {"gold": [GOLD / "gold.jsonl"], "independent": sorted((GOLD / "Independent").glob("*.jsonl")),
             "fresh": [GOLD / "Fresh" / "fresh.jsonl"], "round6": [GOLD / "Round6" / "round6.jsonl"],
             "round7": [GOLD / "Round7" / "round7.jsonl"], "round8": [GOLD / "Round8" / "round8.jsonl"]}
    union = set()
    print(f"round9: {len(ours)} posts, {len(all_ours)} distinct word trigrams")
    for name, paths in older.items():
        theirs = set().union(*(trigrams(t) for p in paths for t in jsonl_texts(p)))
        union |= theirs
        report(name, ours, all_ours, theirs)
    report("all older sets", ours, all_ours, union)


def report(name, ours, all_ours, theirs):
    shared = len(all_ours & theirs)
    half = sum(1 for post in ours if post and len(post & theirs) * 2 >= len(post))
    print(f"{name}: {shared}/{len(all_ours)} trigrams contained ({shared / len(all_ours):.4f}); "
          f"posts with >=50% contained: {half}/{len(ours)}")


if __name__ == "__main__":
    main()
