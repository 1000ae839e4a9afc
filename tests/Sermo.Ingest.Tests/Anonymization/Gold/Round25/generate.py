"""Builds round25.jsonl: the hand-written posts, then 196 posts from this round's own templates (seed 25165).

python3 generate.py writes the file; python3 generate.py --check rebuilds it in memory and fails unless it is
byte-for-byte the committed one. A generated post whose clinical term touches an identifier is drawn again.
"""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import goldmarkup  # noqa: E402
from clean import CLEAN_TEMPLATES  # noqa: E402
from templates import IDENTIFIER_TEMPLATES  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 25165
USES_PER_IDENTIFIER_TEMPLATE = 5
USES_PER_CLEAN_TEMPLATE = 12


def generated_posts(rng):
    plan = IDENTIFIER_TEMPLATES * USES_PER_IDENTIFIER_TEMPLATE + CLEAN_TEMPLATES * USES_PER_CLEAN_TEMPLATE
    rng.shuffle(plan)
    posts = []
    for template in plan:
        while True:
            post = goldmarkup.record(f"r25-gen-{len(posts):03d}", template(rng))
            if not goldmarkup.term_touches_identifier(post):
                break
        posts.append(post)
    return posts


def build():
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r25-hand-")
    posts += generated_posts(random.Random(SEED))
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    target = HERE / "round25.jsonl"
    if "--check" in sys.argv:
        if target.read_text(encoding="utf-8") != build():
            sys.exit("round25.jsonl differs from what generate.py builds")
        print("round25.jsonl matches")
    else:
        target.write_text(build(), encoding="utf-8")
