"""How much of round 39's text occurs in older gold sets (decision 239): the share of this set's distinct word trigrams
found in any older set, the largest share per set, and this set's posts with half or more of their trigrams in an
older set (to be reworded). Reads older sets' texts in code; prints only numbers and this set's own post ids."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402


def main():
    ours = goldmarkup.jsonl_texts(HERE / "round39.jsonl")
    ids = [l.split('"id": "')[1].split('"')[0] for l in (HERE / "round39.jsonl").read_text(encoding="utf-8").splitlines()]
    older, per_set = set(), {}
    for name, paths in goldmarkup.older_set_paths(HERE.parent, 39).items():
        grams = set()
        for text in goldmarkup.jsonl_texts([p for p in paths if Path(p).exists()]):
            grams |= goldmarkup.trigrams(text)
        per_set[name] = grams
        older |= grams
    mine = set().union(*(goldmarkup.trigrams(t) for t in ours))
    shared = mine & older
    print(f"{len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f}) occur in an older set")
    top = max(per_set, key=lambda n: len(mine & per_set[n]))
    print(f"largest per set: {len(mine & per_set[top]) / len(mine):.3f} ({top})")
    flagged = 0
    for post_id, text in zip(ids, ours):
        grams = goldmarkup.trigrams(text)
        hit = len(grams & older)
        if grams and hit * 2 >= len(grams):
            flagged += 1
            print(f"{post_id}: {hit} of {len(grams)}")
    print(f"posts with half or more of their trigrams in an older set: {flagged}")


if __name__ == "__main__":
    main()
