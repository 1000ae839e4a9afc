"""Builds round33.jsonl: the seeded generated posts, then hand-written.txt's posts (decision 206).

python3 generate.py writes the file; python3 generate.py --check rebuilds it in memory and fails unless it matches
the stored file byte for byte.
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402
from clean import CLEAN  # noqa: E402
from draws import draw, clean_draw  # noqa: E402
from templates import TEMPLATES  # noqa: E402

SEED = 33206
IDENTIFIER_DRAWS = 3
CLEAN_DRAWS = 4


def generated(rng):
    jobs = [("id", t) for t in TEMPLATES for _ in range(IDENTIFIER_DRAWS)]
    jobs += [("clean", t) for t in CLEAN for _ in range(CLEAN_DRAWS)]
    rng.shuffle(jobs)
    posts = []
    for kind, template in jobs:
        post_id = f"r33-gen-{len(posts):03d}"
        while True:
            markup = template[1].format(**draw(rng, template[0])) if kind == "id" else template.format(**clean_draw(rng))
            post = goldmarkup.record(post_id, markup)
            # A clinical term that touches an identifier would count one text as both kept and removed: redraw.
            if not goldmarkup.term_touches_identifier(post):
                break
        posts.append(post)
    return posts


def build():
    posts = generated(random.Random(SEED)) + goldmarkup.hand_written_records(HERE / "hand-written.txt", "r33-hand-")
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    text = build()
    target = HERE / "round33.jsonl"
    if "--check" in sys.argv:
        if target.read_text(encoding="utf-8") != text:
            sys.exit("round33.jsonl differs from what generate.py builds")
        print("round33.jsonl rebuilds byte for byte")
    else:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {text.count(chr(10))} posts")
