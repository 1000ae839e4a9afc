"""Builds Round 26's held-out set (decision 169): the hand-written posts of hand-written.txt, then posts from this
round's own templates (templates.py, clean.py) with a fixed seed. `python3 generate.py` writes round26.jsonl;
`python3 generate.py --check` rebuilds it in memory and fails unless it equals the stored file byte for byte."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402  (the shared markup parser one folder up)
from clean import CLEAN_TEMPLATES  # noqa: E402
from templates import IDENTIFIER_TEMPLATES  # noqa: E402

SEED = 26169
USES = 4  # each template at most 4 times, so one false hit on a template counts at most four times
OUT = HERE / "round26.jsonl"


def generated_records(rng):
    plan = [t for t in IDENTIFIER_TEMPLATES + CLEAN_TEMPLATES for _ in range(USES)]
    rng.shuffle(plan)
    posts = []
    for template in plan:
        post_id = f"r26-gen-{len(posts):03d}"
        # A post whose clinical term touches an identifier is drawn again rather than written.
        post = goldmarkup.record(post_id, template(rng))
        while goldmarkup.term_touches_identifier(post):
            post = goldmarkup.record(post_id, template(rng))
        posts.append(post)
    return posts


def build():
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r26-hand-")
    posts += generated_records(random.Random(SEED))
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def main():
    text = build()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit("round26.jsonl differs from what generate.py builds")
        print("round26.jsonl matches generate.py")
        return
    OUT.write_text(text, encoding="utf-8")
    posts = [json.loads(line) for line in text.splitlines()]
    clean = sum(1 for p in posts if not p["identifiers"])
    print(f"{len(posts)} posts, {sum(len(p['identifiers']) for p in posts)} identifiers, {clean} identifier-free, "
          f"{sum(len(p['clinicalTerms']) for p in posts)} clinical terms")


if __name__ == "__main__":
    main()
