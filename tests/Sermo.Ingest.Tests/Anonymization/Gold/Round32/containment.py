"""Overlap of round 32 with every older gold set (decision 199): distinct lower-case word trigrams shared, read from
the older sets' texts in code. Prints numbers and this set's own post ids only, never an older set's text."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402

HALF = 0.5


def main():
    ours = goldmarkup.jsonl_texts(HERE / "round32.jsonl")
    older_sets = goldmarkup.older_set_paths(HERE.parent, 32)
    older_all = set()
    per_set = {}
    for name, paths in older_sets.items():
        grams = set()
        for text in goldmarkup.jsonl_texts([p for p in paths if Path(p).exists()]):
            grams |= goldmarkup.trigrams(text)
        per_set[name] = grams
        older_all |= grams
    our_grams = set()
    for text in ours:
        our_grams |= goldmarkup.trigrams(text)
    shared = our_grams & older_all
    print(f"distinct trigrams {len(our_grams)}, shared with an older set {len(shared)} ({len(shared) / len(our_grams):.3f})")
    worst = max(per_set, key=lambda n: len(our_grams & per_set[n]))
    print(f"most shared with one set: {worst} {len(our_grams & per_set[worst]) / len(our_grams):.3f}")
    ids = [json.loads(line)["id"] for line in (HERE / "round32.jsonl").read_text(encoding="utf-8").splitlines()]
    over = 0
    for post_id, text in zip(ids, ours):
        grams = goldmarkup.trigrams(text)
        if grams and len(grams & older_all) / len(grams) >= HALF:
            over += 1
            print(f"{post_id}: {len(grams & older_all)} of {len(grams)} trigrams in an older set")
    print(f"posts with half or more of their trigrams in an older set: {over}")


if __name__ == "__main__":
    main()
