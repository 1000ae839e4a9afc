"""Build round42.jsonl: hand-written posts (hand-written.txt) then generated ones, seed 42261 (decision 261).
`python3 generate.py --check` rebuilds the set in memory and fails unless it equals the stored file byte for byte."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import clean  # noqa: E402
import draws  # noqa: E402
import goldmarkup  # noqa: E402
import templates  # noqa: E402

SEED = 42261
DRAWS_PER_TEMPLATE = 2
MAX_REDRAWS = 20
OUTPUT = HERE / "round42.jsonl"


def generated_markups(rng):
    """(kind, markup) for every generated post: each template twice, shuffled together."""
    jobs = [("id", t) for t in templates.TEMPLATES for _ in range(DRAWS_PER_TEMPLATE)]
    jobs += [("clean", t) for t in clean.CLEAN_TEMPLATES for _ in range(DRAWS_PER_TEMPLATE)]
    rng.shuffle(jobs)
    return jobs


def fill(kind, template, rng, post_id):
    """Redraw when a clinical term touches an identifier (goldmarkup refuses such a post)."""
    for _ in range(MAX_REDRAWS):
        markup = template.format_map(draws.Fill(rng)) if kind == "id" else clean.fill_clean(template, rng)
        post = goldmarkup.record(post_id, markup)
        if not goldmarkup.term_touches_identifier(post):
            return post
    raise ValueError(f"{post_id}: a term touched an identifier in {MAX_REDRAWS} draws")


def build():
    rng = random.Random(SEED)
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r42-hand-")
    for n, (kind, template) in enumerate(generated_markups(rng)):
        posts.append(fill(kind, template, rng, f"r42-gen-{n:03d}"))
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        if OUTPUT.read_text(encoding="utf-8") != text:
            sys.exit("round42.jsonl differs from what generate.py builds")
        print("round42.jsonl rebuilds byte for byte")
    else:
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"wrote {text.count(chr(10))} posts")
