"""Overlap of round 46's set with every older gold set: distinct word trigrams shared, overall and per set, and the
posts with half or more of their trigrams in an older set. Prints numbers and this set's own post ids only."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

posts = [json.loads(l) for l in (HERE / "round46.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ours = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
older_all = set()
worst = 0.0
for name, paths in goldmarkup.older_set_paths(HERE.parent, 46).items():
    grams = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths))) if paths else set()
    older_all |= grams
    worst = max(worst, len(ours & grams) / len(ours))
shared = ours & older_all
print(f"{len(shared)} of {len(ours)} distinct trigrams ({len(shared) / len(ours):.3f}) occur in an older set; "
      f"per set at most {worst:.3f}")
for p in posts:
    grams = goldmarkup.trigrams(p["text"])
    if grams and len(grams & older_all) * 2 >= len(grams):
        print(f"{p['id']}: {len(grams & older_all)} of {len(grams)} trigrams in an older set")
