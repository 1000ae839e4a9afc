"""Builds round32.jsonl: the seeded generated posts (identifier templates 3 times each, identifier-free ones 4 times,
shuffled) followed by the hand-written posts. `python3 generate.py --check` rebuilds it in memory and compares bytes."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402
import clean  # noqa: E402
import draws  # noqa: E402
import templates  # noqa: E402

SEED = 32199
IDENTIFIER_USES = 3
CLEAN_USES = 4


def clean_markup(rng, template):
    def pick(pool):
        return rng.choice(pool)
    terms = rng.sample(clean.TERMS, 2)
    brands = rng.sample(clean.BRANDS, 2)
    eponyms = rng.sample(clean.EPONYMS, 2)
    seasons = rng.sample(clean.SEASONS, 2)
    labs = rng.sample(clean.LABS, 2)
    return template.format(term=f"<<{terms[0]}>>", brand=f"<<{brands[0]}>>", brand2=f"<<{brands[1]}>>",
                           eponym=f"<<{eponyms[0]}>>", eponym2=f"<<{eponyms[1]}>>", place=f"<<{pick(clean.PLACE_DISEASES)}>>",
                           season=seasons[0], season2=seasons[1], score=pick(clean.SCORES), lab=labs[0], lab2=labs[1],
                           dose=pick(clean.DOSES))


def generated_posts(rng):
    jobs = [("id", t) for t in templates.SETTINGS + templates.CASES for _ in range(IDENTIFIER_USES)]
    jobs += [("clean", t) for t in clean.TEMPLATES for _ in range(CLEAN_USES)]
    rng.shuffle(jobs)
    posts = []
    for kind, template in jobs:
        post_id = f"r32-gen-{len(posts):03d}"
        while True:  # redraw a post whose clinical term touches an identifier
            markup = template.format(**draws.draw(rng)) if kind == "id" else clean_markup(rng, template)
            post = goldmarkup.record(post_id, markup)
            if not goldmarkup.term_touches_identifier(post):
                break
        posts.append(post)
    return posts


def build():
    posts = generated_posts(random.Random(SEED)) + goldmarkup.hand_written_records(HERE / "hand-written.txt", "r32-hand-")
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    target = HERE / "round32.jsonl"
    text = build()
    if "--check" in sys.argv:
        same = target.read_text(encoding="utf-8") == text
        print("round32.jsonl matches its generator" if same else "round32.jsonl differs from its generator")
        sys.exit(0 if same else 1)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} posts")
