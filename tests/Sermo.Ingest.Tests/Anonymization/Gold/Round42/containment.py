"""Overlap of round 42's set with every older gold set (decision 261): distinct word trigrams shared, overall and per
set, and the posts of this set with half or more of their trigrams in an older set. It reads the older sets' texts in
code only and prints numbers and this set's own post ids, never an older post or a set's name."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402

ROUND = 42


def main():
    ours = goldmarkup.jsonl_texts(HERE / "round42.jsonl")
    older = {}
    for name, paths in goldmarkup.older_set_paths(HERE.parent, ROUND).items():
        older[name] = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
    everything = set().union(*older.values())
    mine = set().union(*(goldmarkup.trigrams(t) for t in ours))
    shared = mine & everything
    print(f"{len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f}) occur in an older set")
    print(f"largest share with one older set: {max(len(mine & s) / len(mine) for s in older.values()):.3f}")
    ids = [f"r42-{'hand' if i < HAND else 'gen'}-{i if i < HAND else i - HAND:03d}" for i in range(len(ours))]
    for post_id, text in zip(ids, ours):
        grams = goldmarkup.trigrams(text)
        inside = len(grams & everything)
        if grams and inside * 2 >= len(grams):
            print(f"{post_id}: {inside} of {len(grams)} trigrams in an older set")


HAND = len(goldmarkup.hand_written_records(HERE / "hand-written.txt", "r42-hand-"))

if __name__ == "__main__":
    main()
