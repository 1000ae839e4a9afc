"""Round 28's overlap with older gold sets (decision 178): the share of this set's distinct word trigrams that occur in
an older set, per set and per post. It reads the older sets' texts in code and prints only numbers and this set's own
post ids, so that its author never reads an older post."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

LIMIT = 0.5


def main():
    lines = (HERE / "round28.jsonl").read_text(encoding="utf-8").splitlines()
    posts = [json.loads(line) for line in lines if line.strip()]
    ours, ours_ids = [p["text"] for p in posts], [p["id"] for p in posts]
    older = {}
    for name, paths in goldmarkup.older_set_paths(HERE.parent, 28).items():
        present = [p for p in paths if Path(p).exists()]
        if present:
            older[name] = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(present)))
    everything_older = set().union(*older.values())
    ours_all = set().union(*(goldmarkup.trigrams(t) for t in ours))
    shared = ours_all & everything_older
    print(f"distinct trigrams {len(ours_all)}, shared with an older set {len(shared)} ({len(shared) / len(ours_all):.3f})")
    for name, grams in older.items():
        print(f"  {name}: {len(ours_all & grams) / len(ours_all):.3f}")
    over = 0
    for post_id, text in zip(ours_ids, ours):
        grams = goldmarkup.trigrams(text)
        if grams and len(grams & everything_older) / len(grams) >= LIMIT:
            over += 1
            print(f"  {post_id}: {len(grams & everything_older)} of {len(grams)} trigrams in an older set")
    print(f"posts at or over {LIMIT}: {over}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
