"""Round 49's overlap with older sets (decision 323): the share of this set's distinct word trigrams found in any older
set, per set, and this set's posts with half or more of their trigrams in an older set. Prints numbers and this set's
own post ids only; never an older set's text."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

posts = [json.loads(l) for l in (HERE / "round49.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
mine = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
older_all = set()
per_set = {}
for name, paths in goldmarkup.older_set_paths(HERE.parent, 49).items():
    grams = set()
    for text in goldmarkup.jsonl_texts([p for p in paths if Path(p).exists()]):
        grams |= goldmarkup.trigrams(text)
    per_set[name] = len(mine & grams) / max(1, len(mine))
    older_all |= grams
shared = mine & older_all
print(f"{len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f}) occur in an older set")
top = max(per_set, key=per_set.get)
print(f"per set at most {per_set[top]:.3f} ({top})")
for p in posts:
    grams = goldmarkup.trigrams(p["text"])
    if grams and len(grams & older_all) * 2 >= len(grams):
        print(f"{p['id']}: {len(grams & older_all)} of {len(grams)} trigrams in an older set")
