"""How much of Round 54 (decision 383) an older set already holds: the share of its distinct word trigrams found in
any older set, and the posts with half or more of theirs there. Reads older sets in code; prints numbers and this set's
own post ids only."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldmarkup import jsonl_texts, older_set_paths, trigrams  # noqa: E402

older = set()
for paths in older_set_paths(HERE.parent, 54).values():
    for text in jsonl_texts([p for p in paths if Path(p).exists()]):
        older |= trigrams(text)
import json  # noqa: E402
posts = [json.loads(l) for l in (HERE / "round54.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
mine = set().union(*(trigrams(p["text"]) for p in posts))
shared = mine & older
print(f"{len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f}) occur in an older set")
for p in posts:
    t = trigrams(p["text"])
    if t and len(t & older) * 2 >= len(t):
        print(f"{p['id']}: {len(t & older)} of {len(t)}")
