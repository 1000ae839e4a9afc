"""Builds round49.jsonl (decision 323): the hand posts of hand-written.txt, then 42 identifier templates and 8
identifier-free templates, each drawn twice with seed 49323, shuffled. A post is redrawn (up to 20 times) when a
labelled value of three letters or more stands unlabelled in its text, a clinical term touches a span, or its text
equals an earlier post's. `--check` rebuilds in memory and compares with the file byte for byte."""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import clean  # noqa: E402
import draws  # noqa: E402
import goldmarkup  # noqa: E402
import people  # noqa: E402
import pools  # noqa: E402
import templates  # noqa: E402

SEED = 49323
CULTURE_WORDS = {"Kinyarwanda": "Rwandan"}
OUT = HERE / "round49.jsonl"


def loc(value):
    return f"[[LOCATION:{value}]]"


def person_fields(prefix, person, rng):
    return {
        f"{prefix}_full": person.full, f"{prefix}_first": person.first, f"{prefix}_last": person.last,
        f"{prefix}_last_only": person.last, f"{prefix}_comma": person.comma,
        f"{prefix}_upper_comma": person.upper_comma, f"{prefix}_lower": person.lower,
        f"{prefix}_initial": person.initial, f"{prefix}_he": person.he, f"{prefix}_his": person.his,
        f"{prefix}_him": person.him, f"{prefix}_title": "Dr.",
        f"{prefix}_email": person.email(rng.choice(pools.DOMAINS)),
    }


def fields(rng):
    p = people.draw(rng)
    q = people.draw(rng, avoid_given=(p.given,))
    s = people.draw(rng, avoid_given=(p.given, q.given))
    owner = people.draw(rng, avoid_given=(p.given, q.given, s.given))
    r = people.relative(rng, p, avoid_given=(p.given, q.given, s.given, owner.given))
    kin = people.KIN[(r.sex, rng.choice(["spouse", "child", "sib"]))]
    f = {}
    for prefix, person in (("p", p), ("q", q), ("s", s), ("r", r)):
        f.update(person_fields(prefix, person, rng))
    f["owner_full"] = owner.full
    f["r_kin"] = kin
    # a culture key that names a language, not a people, is written as the nationality word
    f["culture_word"] = CULTURE_WORDS.get(p.culture, p.culture)
    f.update({
        "station": loc(rng.choice(pools.STATIONS)), "vessel": loc(rng.choice(pools.VESSELS)),
        "program": loc(rng.choice(pools.PROGRAMS_FIELD)), "town": loc(rng.choice(pools.TOWNS)),
        "wtown": loc(rng.choice(pools.WORD_TOWNS)), "street": loc(rng.choice(pools.STREETS)),
        "post_office": loc(rng.choice(pools.POST_OFFICES)), "hub": loc(rng.choice(pools.PARCEL_HUBS)),
        "company": loc(rng.choice(pools.COMPANIES_DANCE)), "theatre": loc(rng.choice(pools.THEATRES)),
        "winery": loc(rng.choice(pools.WINERIES)), "distillery": loc(rng.choice(pools.DISTILLERIES)), "tree_outfit": loc(rng.choice(pools.TREE_OUTFITS)),
        "nursery": loc(rng.choice(pools.NURSERIES)), "deaf_place": loc(rng.choice(pools.DEAF_PLACES)),
        "deaf_club": loc(rng.choice(pools.DEAF_CLUBS)), "hospital": loc(rng.choice(pools.HOSPITALS)),
        "country_town": loc(rng.choice(pools.FOREIGN_TOWNS)), "port": loc(rng.choice(pools.PORTS)),
        "dog": f"[[NAME:{rng.choice(pools.DOGS)}]]",
        "stage": " ".join(f"[[NAME:{w}]]" for w in rng.choice(pools.STAGE_NAMES).split()),
        "ballet": rng.choice(pools.BALLETS), "state": rng.choice(pools.STATES),
        "country_word": rng.choice(pools.SIGN_LANGUAGES),
        "date": draws.past_date(rng), "date_ahead": draws.ahead_date(rng), "dob": draws.dob(rng),
        "age90": draws.age_over_89(rng), "age_adult": str(rng.randrange(19, 65)),
        "phone": draws.phone(rng), "iridium": draws.iridium(rng), "event": draws.usap_event(rng),
        "route": draws.route(rng), "employee": draws.employee_id(rng), "llv": draws.llv(rng),
        "branch": draws.small_number(rng, 100, 6000), "owcp": f"[[ID:{rng.choice(['550', '250', '020'])}{draws.digits(rng, 6)}]]",
        "agma": draws.agma(rng), "room": draws.small_number(rng, 1, 40),
        "ttb": draws.ttb(rng, rng.choice(pools.TTB_PREFIX)), "barrel": draws.barrel(rng),
        "tank": draws.small_number(rng, 1, 60), "isa": draws.isa_cert(rng), "truck": draws.truck(rng),
        "rid": draws.rid(rng), "mrn": draws.mrn(rng),
    })
    return f


SPAN = re.compile(r"\[\[[A-Z]+:([^\]]+)\]\]")


def touches(post, earlier_texts):
    """The redraw rule: a labelled value (three letters or more) unlabelled elsewhere, a term touching a span, a repeat."""
    if goldmarkup.term_touches_identifier(post) or post["text"] in earlier_texts:
        return True
    text = post["text"]
    inside = [(s["start"], s["end"]) for s in post["identifiers"]]
    for span in post["identifiers"]:
        value = text[span["start"]:span["end"]]
        if sum(c.isalpha() for c in value) < 3:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
            if not any(a <= m.start() and m.end() <= b for a, b in inside):
                return True
    return False


def generated(rng, earlier_texts):
    jobs = [("t", i) for i in range(len(templates.TEMPLATES))] * 2 + [("c", i) for i in range(len(clean.TEMPLATES))] * 2
    rng.shuffle(jobs)
    posts = []
    for n, (kind, i) in enumerate(jobs):
        for _ in range(20):
            if kind == "t":
                markup = templates.TEMPLATES[i].format(**fields(rng))
            else:
                markup = clean_markup(rng, clean.TEMPLATES[i])
            post = goldmarkup.record(f"r49-gen-{n:03d}", markup)
            if not touches(post, earlier_texts):
                break
        else:
            raise ValueError(f"r49-gen-{n:03d}: no clean draw in 20")
        earlier_texts.add(post["text"])
        posts.append(post)
    return posts


def clean_markup(rng, template):
    names = re.findall(r"\{(\w+)\}", template)
    values = {}
    for name in names:
        values[name] = rng.choice(clean.FIELDS[name])
    return template.format(**values)


def build():
    hand = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r49-hand-")
    texts = {p["text"] for p in hand}
    gen = generated(random.Random(SEED), texts)
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in hand + gen)


if __name__ == "__main__":
    content = build()
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == content
        print("round49.jsonl rebuilds byte for byte" if same else "round49.jsonl DIFFERS from its generator")
        sys.exit(0 if same else 1)
    OUT.write_text(content, encoding="utf-8")
    print(f"wrote {content.count(chr(10))} posts")
