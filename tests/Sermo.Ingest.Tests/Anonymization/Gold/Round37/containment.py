"""Round 37's overlap measure (decision 222): distinct word trigrams this set shares with every older gold set. Older
sets are read in code only; this prints numbers and this set's own post ids, never an older post."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402

HALF = 0.5

if __name__ == "__main__":
    posts = [json.loads(line) for line in (HERE / "round37.jsonl").read_text(encoding="utf-8").splitlines() if line]
    ours = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
    older_all = set()
    for name, paths in goldmarkup.older_set_paths(HERE.parent, 37).items():
        older = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths)))
        older_all |= older
        print(f"{name}: {len(ours & older)} shared, {len(ours & older) / len(ours):.3f}")
    shared = ours & older_all
    print(f"all older sets: {len(shared)} of {len(ours)} distinct trigrams shared ({len(shared) / len(ours):.3f})")
    over = 0
    for post in posts:
        grams = goldmarkup.trigrams(post["text"])
        if grams and len(grams & older_all) / len(grams) >= HALF:
            over += 1
            print(f"{post['id']}: {len(grams & older_all)} of {len(grams)} trigrams in an older set")
    print(f"posts at or over half: {over}")
