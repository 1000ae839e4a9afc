"""How much of Round 47 repeats older gold sets (decision 302): distinct word trigrams shared with any older set, per
set, and this set's posts with half or more of their trigrams found in older sets. It reads older sets' texts in code
and prints numbers and this set's own post ids only, so that the author never reads an older post."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402


def main():
    posts = [json.loads(line) for line in (HERE / "round47.jsonl").read_text(encoding="utf-8").splitlines()]
    mine = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
    older_all = set()
    for name, paths in goldmarkup.older_set_paths(HERE.parent, 47).items():
        existing = [p for p in paths if Path(p).exists()]
        older = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(existing))) if existing else set()
        older_all |= older
        print(f"{name}: {len(mine & older) / max(1, len(mine)):.3f}")
    shared = mine & older_all
    print(f"shared {len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f})")
    for post in posts:
        grams = goldmarkup.trigrams(post["text"])
        if grams and len(grams & older_all) * 2 >= len(grams):
            print(f"{post['id']}: {len(grams & older_all)} of {len(grams)}")


if __name__ == "__main__":
    main()
