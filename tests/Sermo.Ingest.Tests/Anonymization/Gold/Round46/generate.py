"""Builds round46.jsonl: the hand-written posts of hand-written.txt, then the generated ones (seed 46294): every
identifier template and every clean template drawn twice, shuffled. `--check` rebuilds in memory and compares."""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import clean  # noqa: E402
import draws  # noqa: E402
import goldmarkup  # noqa: E402
import templates  # noqa: E402

SEED = 46294
OUT = HERE / "round46.jsonl"
FIELD = re.compile(r"\{(\w+)\}")
MAX_DRAWS = 20


def unlabelled_repeat(post):
    """A labelled value of three letters or more that also stands unlabelled in its own post (a leak by template)."""
    text = post["text"]
    spans = post["identifiers"]
    for s in spans:
        value = text[s["start"]:s["end"]]
        if sum(c.isalpha() for c in value) < 3:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
            if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans):
                return True
    return False


def render_identifier(rng, template):
    return template.format(**draws.fresh(rng)).replace("\\n", "\n")


def render_clean(rng, template):
    picked = {}
    for name in FIELD.findall(template):
        pool = clean.FIELDS[name.rstrip("2")]
        picked[name] = rng.choice([v for v in pool if v not in picked.values()])
    return template.format(**picked)


def generated(rng, seen):
    jobs = [(render_identifier, t) for t in templates.TEMPLATES for _ in range(2)]
    jobs += [(render_clean, t) for t in clean.CLEAN for _ in range(2)]
    rng.shuffle(jobs)
    posts = []
    for n, (render, template) in enumerate(jobs):
        post_id = f"r46-gen-{n:03d}"
        for _ in range(MAX_DRAWS):
            post = goldmarkup.record(post_id, render(rng, template))
            if (post["text"] not in seen and not unlabelled_repeat(post)
                    and not goldmarkup.term_touches_identifier(post)):
                break
        else:
            raise ValueError(f"{post_id}: no clean draw in {MAX_DRAWS}")
        seen.add(post["text"])
        posts.append(post)
    return posts


def build():
    hand = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r46-hand-")
    seen = {p["text"] for p in hand}
    posts = hand + generated(random.Random(SEED), seen)
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    body = build()
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == body
        print("round46.jsonl rebuilds byte for byte" if same else "round46.jsonl DIFFERS from a rebuild")
        sys.exit(0 if same else 1)
    OUT.write_text(body, encoding="utf-8")
    print(f"wrote {OUT.name}: {body.count(chr(10))} posts")
