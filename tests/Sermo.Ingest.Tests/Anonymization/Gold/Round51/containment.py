"""Round 51's containment measure (decision 344): how many of this set's distinct word trigrams occur in an older set.

Reads the older sets' texts in code and prints only numbers and this set's own post ids (posts with half or more of
their trigrams found in an older set), so that no older post is shown to the author.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

if __name__ == "__main__":
    older = set()
    for paths in goldmarkup.older_set_paths(HERE.parent, 51).values():
        for text in goldmarkup.jsonl_texts([p for p in paths if Path(p).exists()]):
            older |= goldmarkup.trigrams(text)
    with open(HERE / "round51.jsonl", encoding="utf-8") as lines:
        posts = [json.loads(line) for line in lines if line.strip()]
    mine = set().union(*(goldmarkup.trigrams(post["text"]) for post in posts))
    shared = mine & older
    print(f"{len(shared)} of {len(mine)} distinct trigrams ({len(shared) / len(mine):.3f}) occur in an older set")
    for post in posts:
        grams = goldmarkup.trigrams(post["text"])
        if grams and len(grams & older) * 2 >= len(grams):
            print(f"  {post['id']}: {len(grams & older)} of {len(grams)}")
