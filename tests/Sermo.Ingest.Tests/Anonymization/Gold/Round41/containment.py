"""Overlap of round 41's posts with every older gold set (decision 254): distinct word trigrams shared, in total and
per set, and this set's posts with half or more of their trigrams in an older set. Prints numbers, set names and this
set's own post ids only, never an older set's text."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402


def main():
    ours = [json.loads(l) for l in (HERE / "round41.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    older, per_set = set(), {}
    for name, paths in goldmarkup.older_set_paths(HERE.parent, 41).items():
        grams = set()
        for text in goldmarkup.jsonl_texts([p for p in paths if Path(p).exists()]):
            grams |= goldmarkup.trigrams(text)
        per_set[name] = grams
        older |= grams
    mine = set()
    for post in ours:
        mine |= goldmarkup.trigrams(post["text"])
    shared = mine & older
    print(f"{len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f}) occur in an older set")
    name, grams = max(per_set.items(), key=lambda kv: len(mine & kv[1]))
    print(f"most shared with one set: {len(mine & grams) / len(mine):.3f}")
    for post in ours:
        grams = goldmarkup.trigrams(post["text"])
        hits = len(grams & older)
        if grams and hits * 2 >= len(grams):
            print(f"{post['id']}: {hits} of {len(grams)} trigrams in an older set")


if __name__ == "__main__":
    main()
