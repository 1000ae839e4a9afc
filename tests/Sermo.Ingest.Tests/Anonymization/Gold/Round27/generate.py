"""Builds round27.jsonl (decision 173): the hand-written posts, then the generated ones (seeded), one JSON line each.

`python3 generate.py` writes the file; `python3 generate.py --check` rebuilds it in memory and fails unless it equals
the stored file byte for byte. Each template is drawn at most 4 times; a generated post whose clinical term touches an
identifier is drawn again, and a hand-written one is refused (goldmarkup.hand_written_records)."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402
from clean import CLEAN_TEMPLATES  # noqa: E402
from templates import IDENTIFIER_TEMPLATES  # noqa: E402

SEED = 27173
USES = 4


def fill_clean(rng, template, seen):
    """A fill of an identifier-free template not already drawn, so that no post is stored twice."""
    text, slots = template
    while True:
        markup = text.format(**{slot: rng.choice(values) for slot, values in slots.items()})
        if markup not in seen:
            seen.add(markup)
            return markup


def generated_records(rng):
    drafts = [("id", t) for t in IDENTIFIER_TEMPLATES for _ in range(USES)] + [("clean", t) for t in CLEAN_TEMPLATES for _ in range(USES)]
    rng.shuffle(drafts)
    posts, seen = [], set()
    for kind, template in drafts:
        post_id = f"r27-gen-{len(posts):03d}"
        while True:
            markup = template(rng) if kind == "id" else fill_clean(rng, template, seen)
            post = goldmarkup.record(post_id, markup)
            if not goldmarkup.term_touches_identifier(post):
                break
        posts.append(post)
    return posts


def build():
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r27-hand-") + generated_records(random.Random(SEED))
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    target = HERE / "round27.jsonl"
    text = build()
    if "--check" in sys.argv:
        if target.read_text(encoding="utf-8") != text:
            sys.exit("round27.jsonl differs from what generate.py builds")
        print("round27.jsonl rebuilds byte for byte")
    else:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {text.count(chr(10))} posts")
