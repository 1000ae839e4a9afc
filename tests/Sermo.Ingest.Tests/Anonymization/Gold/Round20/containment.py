"""How much of round 20's wording occurs in the older gold sets: prints numbers and this set's own post ids only.

The older sets' texts are read here in code and never printed, so that their author need not see them (decision 143).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
sys.path.insert(0, str(GOLD))

from goldmarkup import jsonl_texts, older_set_paths, trigrams  # noqa: E402


def older_sets():
    """Each older set's distinct trigrams, by set name."""
    return {name: set().union(*(trigrams(text) for text in jsonl_texts(paths)))
            for name, paths in older_set_paths(GOLD, 20).items()}


def main():
    posts = [json.loads(line) for line in (HERE / "round20.jsonl").read_text(encoding="utf-8").splitlines() if line]
    ours = set().union(*(trigrams(post["text"]) for post in posts))
    older = older_sets()
    anywhere = set().union(*older.values())
    shared = ours & anywhere
    print(f"round20: {len(shared)} of {len(ours)} distinct word trigrams ({len(shared) / len(ours):.3f}) occur in an older set")
    for name, grams in older.items():
        print(f"  {name}: {len(ours & grams) / len(ours):.3f}")
    heavy = [post["id"] for post in posts
             if (grams := trigrams(post["text"])) and len(grams & anywhere) * 2 >= len(grams)]
    print(f"posts with half or more of their trigrams in an older set: {len(heavy)} {' '.join(heavy)}")


if __name__ == "__main__":
    main()
