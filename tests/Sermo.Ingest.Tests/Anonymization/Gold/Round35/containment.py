"""How much of round 35 older sets already hold (decision 216): distinct word trigrams shared with each older set, and
this set's posts with half or more of their trigrams in an older set. Reads the older texts in code and prints only
numbers and this set's own post ids, so that no older post is read by the author."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402


def main():
    ours = [json.loads(l) for l in (HERE / "round35.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    older_by_set = {name: set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
                    for name, paths in goldmarkup.older_set_paths(HERE.parent, 35).items()}
    older = set().union(*older_by_set.values())
    all_ours = set().union(*(goldmarkup.trigrams(p["text"]) for p in ours))
    shared = all_ours & older
    print(f"distinct trigrams {len(all_ours)}, shared with older sets {len(shared)} ({len(shared) / len(all_ours):.3f})")
    name, most = max(((n, len(all_ours & s)) for n, s in older_by_set.items()), key=lambda x: x[1])
    print(f"most with one set: {name} {most} ({most / len(all_ours):.3f})")
    over = 0
    for post in ours:
        grams = goldmarkup.trigrams(post["text"])
        if grams and len(grams & older) * 2 >= len(grams):
            over += 1
            print(f"{post['id']}: {len(grams & older)} of {len(grams)} trigrams in an older set")
    print(f"{over} posts share half or more of their trigrams with an older set")


if __name__ == "__main__":
    main()
