"""Round 36's overlap with older sets (decision 220): distinct word trigrams of this set found in any older set's texts.
Reads the older sets in code and prints only numbers and this set's own post ids, never an older post."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

HALF = 0.5


def main():
    ours = [json.loads(l) for l in (HERE / "round36.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    older = {}
    for name, paths in goldmarkup.older_set_paths(HERE.parent, 36).items():
        grams = set()
        for text in goldmarkup.jsonl_texts(paths):
            grams |= goldmarkup.trigrams(text)
        older[name] = grams
    every_older = set().union(*older.values())
    ours_all = set().union(*(goldmarkup.trigrams(p["text"]) for p in ours))
    shared = ours_all & every_older
    print(f"distinct trigrams {len(ours_all)}, in an older set {len(shared)} ({len(shared) / len(ours_all):.3f})")
    worst = max(older, key=lambda n: len(ours_all & older[n]))
    print(f"most shared with one set: {len(ours_all & older[worst]) / len(ours_all):.3f} ({worst})")
    flagged = 0
    for post in ours:
        grams = goldmarkup.trigrams(post["text"])
        if grams and len(grams & every_older) >= HALF * len(grams):
            flagged += 1
            print(f"{post['id']}: {len(grams & every_older)} of {len(grams)} trigrams in an older set")
    print(f"posts with half or more shared: {flagged}")


if __name__ == "__main__":
    main()
