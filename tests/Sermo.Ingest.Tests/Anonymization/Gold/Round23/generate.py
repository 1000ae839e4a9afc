"""Builds round23.jsonl (decision 157): the hand-written posts, then generated ones from this round's own templates.

python3 generate.py writes the file; python3 generate.py --check rebuilds it in memory and fails unless the file on disk
matches byte for byte. Seeded, so the same templates always give the same set.
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402  (the shared parser lives one folder up)
import clean  # noqa: E402
import templates  # noqa: E402

SEED = 23157
USES_PER_IDENTIFIER_TEMPLATE = 6
USES_PER_CLEAN_TEMPLATE = 9


def generated_records(rng):
    jobs = [t for t in templates.IDENTIFIER_TEMPLATES for _ in range(USES_PER_IDENTIFIER_TEMPLATE)]
    jobs += [t for t in clean.CLEAN_TEMPLATES for _ in range(USES_PER_CLEAN_TEMPLATE)]
    rng.shuffle(jobs)
    posts = []
    for template in jobs:
        post_id = f"r23-gen-{len(posts):03d}"
        while True:
            # A drawn value can contain a drawn clinical term (or the reverse); draw again rather than label around it.
            post = goldmarkup.record(post_id, template(rng).replace("\\n", "\n"))
            if not goldmarkup.term_touches_identifier(post):
                break
        posts.append(post)
    return posts


def build():
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r23-hand-") + generated_records(random.Random(SEED))
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def main():
    target = HERE / "round23.jsonl"
    text = build()
    if "--check" in sys.argv:
        if target.read_text(encoding="utf-8") != text:
            sys.exit("round23.jsonl differs from what generate.py builds")
        print("round23.jsonl matches")
        return
    target.write_text(text, encoding="utf-8")
    posts = [json.loads(line) for line in text.splitlines()]
    print(len(posts), "posts,", sum(len(p["identifiers"]) for p in posts), "identifiers,",
          sum(not p["identifiers"] for p in posts), "identifier-free")


if __name__ == "__main__":
    main()
