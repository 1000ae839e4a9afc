"""Round 50's containment measure (decision 334): how many of this set's distinct word trigrams occur in an older set.
Reads older sets' texts in code and prints numbers and this set's own post ids only."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

posts = [json.loads(l) for l in (HERE / "round50.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
older = set()
for name, paths in goldmarkup.older_set_paths(HERE.parent, 50).items():
    for text in goldmarkup.jsonl_texts([p for p in paths if Path(p).exists()]):
        older |= goldmarkup.trigrams(text)
mine = set().union(*(goldmarkup.trigrams(p["text"]) for p in posts))
shared = mine & older
print(f"{len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f}) occur in an older set")
for post in posts:
    grams = goldmarkup.trigrams(post["text"])
    if grams and len(grams & older) * 2 >= len(grams):
        print(post["id"], f"{len(grams & older)} of {len(grams)} trigrams in an older set")
