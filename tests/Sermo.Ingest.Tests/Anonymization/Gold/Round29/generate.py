"""Builds round29.jsonl (decision 183): the hand-written posts, then the seeded templates (each at most 4 times),
shuffled. `python3 generate.py --check` rebuilds the file in memory and fails unless it matches byte for byte."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import clean  # noqa: E402
import goldmarkup  # noqa: E402
import people  # noqa: E402
import pools  # noqa: E402
import templates  # noqa: E402

SEED = 29183
USES = 4


def location(value):
    """A pool value as markup: already marked up, or one LOCATION span."""
    return value if "[[" in value else f"[[LOCATION:{value}]]"


def values(rng):
    """Every placeholder a template may read, freshly drawn for one post."""
    p, other = people.Person(rng), people.Person(rng)
    while other.given == p.given or other.given == p.rel_given:
        other = people.Person(rng)
    handle = rng.choice(pools.HANDLES)
    v = {"first": p.first, "last": p.last, "full": p.full, "lastfirst": p.last_first, "initials": p.initials,
         "rel": p.rel, "relative": p.relative, "he": p.he, "He": p.He, "his": p.his, "him": p.him,
         "other_first": other.first, "other_last": other.last,
         "clergy_title": rng.choice(pools.CLERGY_TITLES), "date": people.date(rng), "date2": people.date(rng), "dob": people.birth_date(rng),
         "age": people.old_age(rng), "phone": people.phone(rng), "handle": f"[[ID:{handle}]]",
         "url": f"[[URL:https://www.instagram.com/{handle[1:]}]]",
         "email": f"[[EMAIL:{p.given.lower().replace(' ', '')}.{p.surname.lower().replace(' ', '')}@gmail.com]]",
         "user": f"[[ID:{rng.choice(pools.USERNAMES)}]]"}
    for key, pool in [("town", pools.TOWNS), ("county", pools.COUNTIES), ("hood", pools.NEIGHBOURHOODS),
                      ("street", pools.STREETS), ("funeral", pools.FUNERAL_HOMES), ("cemetery", pools.CEMETERIES),
                      ("cong", pools.CONGREGATIONS), ("daycare", pools.DAYCARES), ("cabin", pools.CABINS),
                      ("disp", pools.DISPENSARIES), ("studio", pools.STUDIOS), ("gym", pools.GYMS),
                      ("hotel", pools.HOTELS), ("employer", pools.EMPLOYERS), ("hospital", pools.HOSPITALS),
                      ("abroad", pools.ABROAD), ("consulate", pools.CONSULATES)]:
        v[key] = location(rng.choice(pool))
    for kind in ["alien", "receipt", "ssa", "claim", "licence", "plate", "mrn", "ticket", "device", "room", "booking",
                 "cannabis", "lot"]:
        v[f"num_{kind}"] = people.number(rng, kind)
    return v


def generated(rng):
    posts = []
    for template in templates.CASE + templates.SETTING:
        for _ in range(USES):
            while True:
                post = goldmarkup.record("?", template.format(**values(rng)))
                if not goldmarkup.term_touches_identifier(post):
                    break
            posts.append(post)
    for template in clean.CLEAN:
        for _ in range(USES):
            posts.append(goldmarkup.record("?", template.format(**clean.numbers(rng))))
    rng.shuffle(posts)
    for n, post in enumerate(posts):
        post["id"] = f"r29-gen-{n:03d}"
    return posts


def build():
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r29-hand-") + generated(random.Random(SEED))
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    out = HERE / "round29.jsonl"
    text = build()
    if "--check" in sys.argv:
        sys.exit(0 if out.read_text(encoding="utf-8") == text else "round29.jsonl differs from its generator")
    out.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10))} posts written")
