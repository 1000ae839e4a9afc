"""How much of Round 22's text already occurs in an older gold set: word-trigram overlap, numbers only (decision 153).

Reads the older sets' texts in code and prints counts and this set's own post ids, never an older post.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from goldmarkup import jsonl_texts, older_set_paths, trigrams  # noqa: E402


def main():
    posts = [json.loads(line) for line in (HERE / "round22.jsonl").read_text(encoding="utf-8").splitlines() if line]
    ours = {p["id"]: trigrams(p["text"]) for p in posts}
    everything = set().union(*ours.values())
    older_all = set()
    for name, paths in older_set_paths(HERE.parent, 22).items():
        older = set().union(*(trigrams(t) for t in jsonl_texts([p for p in paths if p.exists()])))
        older_all |= older
        print(f"{name}: {len(everything & older)} of {len(everything)} trigrams ({len(everything & older) / len(everything):.3f})")
    shared = everything & older_all
    print(f"any older set: {len(shared)} of {len(everything)} distinct trigrams ({len(shared) / len(everything):.3f})")
    for post_id, grams in ours.items():
        if grams and len(grams & older_all) / len(grams) >= 0.5:
            print(f"half or more in an older set: {post_id} ({len(grams & older_all)} of {len(grams)})")


if __name__ == "__main__":
    main()
