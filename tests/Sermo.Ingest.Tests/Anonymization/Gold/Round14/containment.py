"""Word-trigram containment of round 14's posts in the older gold sets (decision 109).

Prints numbers only: the share of round 14's distinct word trigrams found in each older set and in any of them, and
how many round-14 posts have half or more of their trigrams in an older set. It never prints a post or a trigram.
"""
import json
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldmarkup import jsonl_texts, trigrams  # noqa: E402  shared by every round's containment script

GOLD = Path(__file__).resolve().parent.parent
OLDER = {
    "gold": [GOLD / "gold.jsonl"],
    "Independent": sorted((GOLD / "Independent").glob("*.jsonl")),
    "Fresh": [GOLD / "Fresh" / "fresh.jsonl"],
    **{f"Round{n}": [GOLD / f"Round{n}" / f"round{n}.jsonl"] for n in range(6, 14)},
}


posts = [json.loads(l)["text"] for l in (GOLD / "Round14" / "round14.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
mine = set().union(*(trigrams(t) for t in posts))
older_all = set()
for name, paths in OLDER.items():
    theirs = set().union(*(trigrams(t) for t in jsonl_texts(paths)))
    older_all |= theirs
    print(f"{name:12s} {len(mine & theirs) / len(mine):.3f}")
print(f"any older    {len(mine & older_all) / len(mine):.3f} ({len(mine & older_all)} of {len(mine)} distinct trigrams)")
half = sum(1 for t in posts if (g := trigrams(t)) and len(g & older_all) * 2 >= len(g))
print(f"posts with half or more of their trigrams in an older set: {half} of {len(posts)}")
