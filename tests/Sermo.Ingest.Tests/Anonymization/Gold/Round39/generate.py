"""Builds round39.jsonl (decision 239): the hand-written posts of hand-written.txt, then every identifier template
and every identifier-free template drawn twice from seed 39239, shuffled. A post whose clinical term touches an
identifier is redrawn. `--check` rebuilds the set in memory and fails unless it equals the stored file byte for byte."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import clean  # noqa: E402
import draws  # noqa: E402
import goldmarkup  # noqa: E402
import templates  # noqa: E402

SEED = 39239
DRAWS_PER_TEMPLATE = 2


def generated(rng):
    markups = [("id", t) for t in templates.TEMPLATES for _ in range(DRAWS_PER_TEMPLATE)]
    markups += [("clean", t) for t in clean.CLEAN for _ in range(DRAWS_PER_TEMPLATE)]
    rng.shuffle(markups)
    posts = []
    for n, (kind, template) in enumerate(markups):
        for _ in range(20):
            markup = template.format(**draws.draw(rng)) if kind == "id" else clean.fill(rng, template)
            post = goldmarkup.record(f"r39-gen-{n:03d}", markup)
            if not goldmarkup.term_touches_identifier(post):
                break
        else:
            raise ValueError(f"r39-gen-{n:03d}: every draw touched a clinical term")
        posts.append(post)
    return posts


def build():
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r39-hand-") + generated(random.Random(SEED))
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    target = HERE / "round39.jsonl"
    text = build()
    if "--check" in sys.argv:
        sys.exit(0 if target.read_text(encoding="utf-8") == text else "round39.jsonl differs from its sources")
    target.write_text(text, encoding="utf-8")
    lines = [json.loads(l) for l in text.splitlines()]
    print(len(lines), "posts,", sum(len(p["identifiers"]) for p in lines), "identifiers,",
          sum(len(p["clinicalTerms"]) for p in lines), "terms,", sum(1 for p in lines if not p["identifiers"]), "identifier-free")
