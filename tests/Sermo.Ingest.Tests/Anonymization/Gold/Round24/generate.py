"""Builds round24.jsonl: the hand-written posts, then the seeded generated ones. `--check` rebuilds it in memory and
fails unless the file on disk matches byte for byte."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402
from templates import IDENTIFIER_TEMPLATES  # noqa: E402
from clean import CLEAN_TEMPLATES  # noqa: E402

SEED = 24161
IDENTIFIER_USES = 5
CLEAN_USES = 11


def generated_records(start):
    r = random.Random(SEED)
    plan = [t for t in IDENTIFIER_TEMPLATES for _ in range(IDENTIFIER_USES)] + \
           [t for t in CLEAN_TEMPLATES for _ in range(CLEAN_USES)]
    r.shuffle(plan)
    posts = []
    for template in plan:
        post_id = f"r24-gen-{start + len(posts):03d}"
        post = goldmarkup.record(post_id, template(r))
        while goldmarkup.term_touches_identifier(post):  # redraw until no clinical term overlaps a span
            post = goldmarkup.record(post_id, template(r))
        posts.append(post)
    return posts


def build():
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r24-hand-")
    posts += generated_records(0)
    return "".join(json.dumps(post, ensure_ascii=False) + "\n" for post in posts)


if __name__ == "__main__":
    out = HERE / "round24.jsonl"
    text = build()
    if "--check" in sys.argv:
        if out.read_text(encoding="utf-8") != text:
            sys.exit("round24.jsonl differs from what generate.py builds")
        print("round24.jsonl matches")
    else:
        out.write_text(text, encoding="utf-8")
        print(f"{text.count(chr(10))} posts written")
