"""Overlap of round 24's posts with every older gold set, printed as numbers and this set's own post ids only: the
older sets' texts are read in code and never shown."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402


def main():
    posts = [json.loads(line) for line in (HERE / "round24.jsonl").read_text(encoding="utf-8").splitlines() if line]
    ours = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
    older_all = set()
    for name, paths in goldmarkup.older_set_paths(HERE.parent, 24).items():
        older = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts([p for p in paths if p.exists()])))
        older_all |= older
        print(f"{name}: {len(ours & older) / len(ours):.3f}")
    print(f"all older sets: {len(ours & older_all)} of {len(ours)} trigrams ({len(ours & older_all) / len(ours):.3f})")
    for post in posts:
        grams = goldmarkup.trigrams(post["text"])
        if grams and len(grams & older_all) * 2 >= len(grams):
            print(f"half or more shared: {post['id']}")


if __name__ == "__main__":
    main()
