"""Round 52's overlap measure (decision 356): distinct word trigrams of this set found in any older set, and this
set's posts with half or more of their trigrams in an older set. Reads older sets in code; prints numbers and this
set's own post ids only.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import goldmarkup  # noqa: E402

HERE = Path(__file__).resolve().parent
older = set()
for paths in goldmarkup.older_set_paths(HERE.parent, 52).values():
    for text in goldmarkup.jsonl_texts([p for p in paths if Path(p).exists()]):
        older |= goldmarkup.trigrams(text)
posts = [json.loads(l) for l in (HERE / "round52.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
mine = set()
for post in posts:
    grams = goldmarkup.trigrams(post["text"])
    mine |= grams
    shared = len(grams & older)
    if grams and shared * 2 >= len(grams):
        print(f"{post['id']}: {shared} of {len(grams)} trigrams in an older set")
print(f"{len(mine & older)} of {len(mine)} distinct trigrams ({len(mine & older) / len(mine):.3f}) occur in an older set")
