"""Builds Round41/round41.jsonl (decision 254): hand-written posts (r41-hand-NNN) then generated posts (r41-gen-NNN,
seed 41254; each identifier and clean template drawn twice, shuffled). `--check` rebuilds in memory and compares."""
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

SEED = 41254
OUT = HERE / "round41.jsonl"


def fill_identifier(rng, template):
    sex = None
    if template[:2] in ("F|", "M|"):
        sex, template = template[0], template[2:]
    return template.format(**draws.draw(rng, sex))


def fill_clean(rng, template):
    return template.format(n=rng.randint(90, 119), brand=rng.choice(clean.BRANDS), sign=rng.choice(clean.SIGNS),
                           syndrome=rng.choice(clean.SYNDROMES), place=rng.choice(clean.PLACES),
                           score=rng.choice(clean.SCORES))


def generated(rng):
    jobs = [(fill_identifier, t) for t in templates.TEMPLATES] * 2 + [(fill_clean, t) for t in clean.CLEAN] * 2
    rng.shuffle(jobs)
    posts = []
    for fill, template in jobs:
        post_id = f"r41-gen-{len(posts):03d}"
        # redraw-on-touch: a drawn value may not overlap a typed clinical term (at most 20 draws)
        for _ in range(20):
            post = goldmarkup.record(post_id, fill(rng, template))
            if not goldmarkup.term_touches_identifier(post):
                break
        else:
            raise ValueError(f"{post_id}: a clinical term touches an identifier after 20 draws")
        posts.append(post)
    return posts


def build():
    rng = random.Random(SEED)
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r41-hand-") + generated(rng)
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("round41.jsonl is up to date" if same else "round41.jsonl differs from its sources")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(text.splitlines())} posts to {OUT.name}")
