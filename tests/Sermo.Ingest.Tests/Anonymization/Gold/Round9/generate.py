"""Round 9's held-out set (issue #14, decision 063): generated posts plus hand-written ones -> round9.jsonl.

python3 generate.py   (seeded, so the output is reproducible; writes round9.jsonl beside this file)
"""
import json
import random
import re
from pathlib import Path

import templates
from slots import Slots
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldmarkup  # noqa: E402  GoldMarkup.Parse, shared by every round's generator

SEED = 9063
WITH_IDENTIFIERS = 215
WITHOUT_IDENTIFIERS = 24
HERE = Path(__file__).parent
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def parse(post_id, markup):
    return goldmarkup.record(post_id, markup)


def fill(template, slots, rng):
    extra = {
        "fax": lambda: slots.phone("FAX"),
        "job_pair": lambda: job_pair(slots, rng),
        "device": lambda: f"<<{rng.choice(templates.DEVICES)}>>",
        "relative_word": lambda: rng.choice(templates.RELATIVE_WORDS),
        "young_age_free": slots.young_age,
    }
    return PLACEHOLDER.sub(lambda m: extra[m.group(1)]() if m.group(1) in extra else getattr(slots, m.group(1))(), template)


def job_pair(slots, rng):
    # A surname that is the trade the person plies: the name is labelled, the trade word is not.
    job = rng.choice(templates.JOBS)
    return f"{rng.choice(['Mr.', 'Mrs.', 'Ms.', 'Dr.'])} [[NAME:{job.title()}]] has {slots.dx()} and works as a {job}"


def overlaps_term(post):
    """A clinical term must never sit inside an identifier (the test checks every occurrence)."""
    for term in post["clinicalTerms"]:
        at = post["text"].find(term)
        while at >= 0:
            if any(i["start"] < at + len(term) and at < i["end"] for i in post["identifiers"]):
                return True
            at = post["text"].find(term, at + 1)
    return False


def generate(pool, count, prefix, slots, rng):
    # Round-robin over a shuffled template order, so no template fills more than its share (~3% of the set).
    order = list(range(len(pool)))
    rng.shuffle(order)
    posts = []
    while len(posts) < count:
        template = pool[order[len(posts) % len(order)]]
        post = parse(f"{prefix}-{len(posts):03d}", fill(template, slots, rng))
        if not overlaps_term(post):
            posts.append(post)
    return posts


def hand_written():
    lines = (HERE / "hand-written.txt").read_text(encoding="utf-8").splitlines()
    markup = [l for l in lines if l.strip() and not l.startswith("#")]
    return [parse(f"r9-hand-{n:03d}", m) for n, m in enumerate(markup)]


def main():
    rng = random.Random(SEED)
    slots = Slots(rng)
    posts = generate(templates.WITH_IDENTIFIERS, WITH_IDENTIFIERS, "r9-gen", slots, rng)
    posts += generate(templates.WITHOUT_IDENTIFIERS, WITHOUT_IDENTIFIERS, "r9-clean", slots, rng)
    posts += hand_written()
    with open(HERE / "round9.jsonl", "w", encoding="utf-8") as out:
        for post in posts:
            out.write(json.dumps(post, ensure_ascii=False) + "\n")
    ids = sum(len(p["identifiers"]) for p in posts)
    clean = sum(1 for p in posts if not p["identifiers"])
    print(f"{len(posts)} posts, {ids} identifiers, {clean} identifier-free, {sum(len(p['clinicalTerms']) for p in posts)} terms")


if __name__ == "__main__":
    main()
