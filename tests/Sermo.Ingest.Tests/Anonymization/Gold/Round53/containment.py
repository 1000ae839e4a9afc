"""How much of round 53 occurs in older sets (decision 371): the share of its distinct word trigrams found in any
older gold set, and every post of this set with half or more of its trigrams found there. Reads older sets' texts in
code only; prints numbers and this set's own post ids, never an older post.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402


def main():
    older = set()
    for paths in goldmarkup.older_set_paths(HERE.parent, 53).values():
        for text in goldmarkup.jsonl_texts([p for p in paths if Path(p).exists()]):
            older |= goldmarkup.trigrams(text)
    posts = [json.loads(l) for l in (HERE / "round53.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    mine = set()
    for post in posts:
        grams = goldmarkup.trigrams(post["text"])
        mine |= grams
        shared = len(grams & older)
        if grams and shared * 2 >= len(grams):
            print(f"{post['id']}: {shared} of {len(grams)} trigrams in an older set")
    print(f"{len(mine & older)} of {len(mine)} distinct trigrams ({len(mine & older) / len(mine):.3f}) occur in an older set")


if __name__ == "__main__":
    main()
