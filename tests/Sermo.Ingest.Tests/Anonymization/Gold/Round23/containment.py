"""Overlap of round 23's posts with every older gold set (decision 157). Reads the older texts in code and prints
numbers only (never an older post), so that the author of this set does not read them."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402


def main():
    mine = goldmarkup.jsonl_texts(HERE / "round23.jsonl")
    own = set().union(*(goldmarkup.trigrams(t) for t in mine))
    older_all = set()
    for name, paths in goldmarkup.older_set_paths(HERE.parent, 23).items():
        older = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
        older_all |= older
        print(f"{name}: {len(own & older) / len(own):.3f}")
    print(f"all older sets: {len(own & older_all)} of {len(own)} distinct trigrams ({len(own & older_all) / len(own):.3f})")
    ids = [p["id"] for p in map(json.loads, (HERE / "round23.jsonl").read_text(encoding="utf-8").splitlines())]
    heavy = [i for i, t in zip(ids, mine) if (g := goldmarkup.trigrams(t)) and len(g & older_all) * 2 >= len(g)]
    print(f"posts of this set with half or more of their trigrams in an older set: {len(heavy)} {heavy}")


if __name__ == "__main__":
    main()
