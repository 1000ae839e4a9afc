"""How much of round 16's text already occurs in the older gold sets (decision 122): word-trigram containment.

Reads the older sets' texts in code and prints numbers only (and this set's own post ids), so that their author never
sees an older post."""
import json
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldmarkup import jsonl_texts, trigrams  # noqa: E402  shared by every round's containment script

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent


def older_sets():
    sets = {"gold": jsonl_texts(GOLD / "gold.jsonl")}
    for path in sorted(GOLD.glob("*/*.jsonl")):
        if path.parent.name != HERE.name:
            sets.setdefault(path.parent.name, []).extend(jsonl_texts(path))
    return sets


def main():
    mine = jsonl_texts(HERE / "round16.jsonl")
    ids = [json.loads(line)["id"] for line in (HERE / "round16.jsonl").read_text(encoding="utf-8").splitlines() if line]
    own = set().union(*(trigrams(t) for t in mine))
    seen_anywhere = set()
    for name, posts in older_sets().items():
        theirs = set().union(*(trigrams(t) for t in posts))
        shared = own & theirs
        seen_anywhere |= shared
        print(f"{name}: {len(shared)} / {len(own)} = {len(shared) / len(own):.3f}")
    print(f"any older set: {len(seen_anywhere)} / {len(own)} = {len(seen_anywhere) / len(own):.3f}")
    heavy = [i for i, t in zip(ids, mine) if trigrams(t) and len(trigrams(t) & seen_anywhere) * 2 >= len(trigrams(t))]
    print(f"posts with half or more of their trigrams in an older set: {len(heavy)} of {len(mine)} {heavy}")


if __name__ == "__main__":
    main()
