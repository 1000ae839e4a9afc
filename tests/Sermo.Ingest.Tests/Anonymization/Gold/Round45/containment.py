"""Overlap of round 45's posts with every older gold set, by distinct word trigrams (decision 285). Prints numbers
and this set's own post ids only, never an older set's name or text."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

older = set()
for paths in goldmarkup.older_set_paths(HERE.parent, 45).values():
    for text in goldmarkup.jsonl_texts([p for p in paths if Path(p).exists()]):
        older |= goldmarkup.trigrams(text)
posts = [json.loads(l) for l in (HERE / "round45.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
mine, shared = set(), set()
for p in posts:
    grams = goldmarkup.trigrams(p["text"])
    mine |= grams
    hit = grams & older
    shared |= hit
    if grams and len(hit) * 2 >= len(grams):
        print(f"{p['id']}: {len(hit)} of {len(grams)} trigrams in an older set")
print(f"{len(shared)} of {len(mine)} distinct trigrams ({len(shared) / max(1, len(mine)):.3f}) occur in an older set")
