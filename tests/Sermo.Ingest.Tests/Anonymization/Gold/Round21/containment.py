"""Word-trigram overlap of round 21's set with every older gold set: numbers only, never an older post's text."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402


def main():
    ours = goldmarkup.jsonl_texts(HERE / "round21.jsonl")
    mine = set().union(*(goldmarkup.trigrams(t) for t in ours))
    everything = set()
    for name, paths in goldmarkup.older_set_paths(HERE.parent, 21).items():
        theirs = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
        everything |= theirs
        print(f"{name}: {len(mine & theirs) / len(mine):.3f}")
    print(f"any older set: {len(mine & everything)} of {len(mine)} ({len(mine & everything) / len(mine):.3f})")
    ids = [json.loads(line)["id"] for line in (HERE / "round21.jsonl").read_text(encoding="utf-8").splitlines()]
    heavy = [post_id for post_id, text in zip(ids, ours)
             if goldmarkup.trigrams(text) and len(goldmarkup.trigrams(text) & everything) * 2 >= len(goldmarkup.trigrams(text))]
    print(f"posts with half or more of their trigrams in an older set: {len(heavy)} {' '.join(heavy)}")


if __name__ == "__main__":
    main()
