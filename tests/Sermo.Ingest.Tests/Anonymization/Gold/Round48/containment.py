"""How much of Round 48 repeats older gold sets (decision 313): distinct word trigrams shared with any older set, per
set, and this set's posts with half or more of their trigrams in an older set. Reads older texts in code only and prints
numbers and this set's own post ids."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

posts = [json.loads(l) for l in (HERE / "round48.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
mine = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
older_all, worst = set(), (0.0, "")
for name, paths in goldmarkup.older_set_paths(HERE.parent, 48).items():
    grams = set().union(*(goldmarkup.trigrams(t) for t in goldmarkup.jsonl_texts(paths))) if paths else set()
    older_all |= grams
    share = len(mine & grams) / len(mine)
    worst = max(worst, (share, name))
print(f"{len(mine & older_all)} of {len(mine)} distinct trigrams ({len(mine & older_all) / len(mine):.3f}) in an older set;"
      f" most in one set {worst[0]:.3f} ({worst[1]})")
for p in posts:
    g = goldmarkup.trigrams(p["text"])
    if g and len(g & older_all) * 2 >= len(g):
        print(f"{p['id']}: {len(g & older_all)} of {len(g)}")
