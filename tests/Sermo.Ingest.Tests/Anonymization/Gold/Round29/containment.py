"""Round 29's overlap with older gold sets (decision 183): distinct word trigrams shared, per set and per post.
Reads older sets' texts in code and prints numbers and this set's own post ids only, never an older post."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

posts = [json.loads(l) for l in (HERE / "round29.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ours = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
older_all = set()
for name, paths in goldmarkup.older_set_paths(HERE.parent, 29).items():
    existing = [p for p in paths if Path(p).exists()]
    older = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(existing))) if existing else set()
    older_all |= older
    print(f"{name}: {len(ours & older) / len(ours):.3f}")
print(f"all older sets: {len(ours & older_all)} of {len(ours)} distinct trigrams ({len(ours & older_all) / len(ours):.3f})")
flagged = 0
for post in posts:
    grams = goldmarkup.trigrams(post["text"])
    if grams and len(grams & older_all) * 2 >= len(grams):
        flagged += 1
        print(f"{post['id']}: {len(grams & older_all)} of {len(grams)} trigrams in an older set")
print(f"posts with half or more shared: {flagged}")
