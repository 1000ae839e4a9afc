"""Writes round17.jsonl: the hand-written posts of hand-written.txt, then posts drawn from templates.py with seed 17127.

python3 generate.py            writes round17.jsonl
python3 generate.py --check    rebuilds it in memory and fails unless the file matches byte for byte
A drawn post whose clinical term would touch an identifier is drawn again; a hand-written one that does is refused.
"""
import json
import random
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402
import sources  # noqa: E402
import templates  # noqa: E402
import terms  # noqa: E402

SEED = 17127
USES_WITH_IDENTIFIERS = 5
USES_CLEAN = 7
ALNUM = [c for c in string.ascii_uppercase + string.digits if c not in "IOQ"]
MBI_LETTERS = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]


def tag(kind, value):
    return f"[[{kind}:{value}]]"


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


FAMILY_FIRST = {"Park", "Choi", "Kang", "Yoon", "Kwon", "Kovács", "Nagy", "Szabó", "Tóth", "Horváth"}


def person(rng):
    """A full name in markup: word given + word surname, or a name of a less-used culture (Korean family first)."""
    if rng.random() < 0.5:
        return tag("NAME", rng.choice(sources.WORD_GIVEN)) + " " + tag("NAME", rng.choice(sources.WORD_SURNAME))
    given, family = rng.choice(sources.CULTURE_NAMES)
    if family in FAMILY_FIRST:
        return tag("NAME", f"{family} {given}")
    return tag("NAME", f"{given} {family}")


def phone(rng):
    area, mid, end = f"{rng.randint(201, 989)}", digits(rng, 3), digits(rng, 4)
    shapes = [f"({area}) {mid}-{end} ext. {rng.randint(10, 9999)}", f"{area}.{mid}.{end} x{rng.randint(100, 999)}",
              f"{area}-{mid}-{end}", f"1 {area} {mid} {end}", f"+1-{area}-{mid}-{end}"]
    return tag("PHONE", rng.choice(shapes))


def phone_intl(rng):
    shapes = [f"+44 7{digits(rng, 3)} {digits(rng, 6)}", f"+82 10-{digits(rng, 4)}-{digits(rng, 4)}",
              f"+66 8{rng.randint(1, 9)} {digits(rng, 3)} {digits(rng, 4)}", f"+255 7{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
              f"+30 69{digits(rng, 2)} {digits(rng, 6)}", f"+358 40 {digits(rng, 3)} {digits(rng, 4)}",
              f"+509 3{digits(rng, 3)}-{digits(rng, 4)}", f"+55 11 9{digits(rng, 4)}-{digits(rng, 4)}",
              f"011 36 30 {digits(rng, 3)} {digits(rng, 4)}", f"+995 5{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"]
    return tag("PHONE", rng.choice(shapes))


def date_eu(rng):
    d, m, y = rng.randint(13, 28), rng.randint(1, 12), rng.randint(1926, 2025)
    return tag("DATE", rng.choice([f"{d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}-{m:02d}-{y}"]))


ORDINALS = ["first", "second", "third", "fourth", "fifth", "ninth", "twelfth", "fifteenth", "twentieth", "thirtieth"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def date_words(rng):
    month = rng.choice(MONTHS)
    shapes = [f"the {rng.choice(ORDINALS)} of {month}", f"{month} the {rng.randint(4, 20)}th",
              f"{rng.randint(2, 28)} {month} {rng.randint(1925, 2025)}", f"{rng.choice(ORDINALS)} of {month} {rng.randint(1925, 1935)}"]
    return tag("DATE", rng.choice(shapes))


AGE_WORDS = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-six", "ninety-eight", "one hundred and one"]


def age90(rng):
    n = rng.randint(90, 104)
    return tag("AGE", rng.choice([f"{n}", f"{n}yo", rng.choice(AGE_WORDS), rng.choice(AGE_WORDS).upper(), f"{n} y.o."]))


def mbi(rng):
    return (f"{rng.randint(1, 9)}{rng.choice(MBI_LETTERS)}{rng.choice(ALNUM)}{rng.randint(0, 9)}-"
            f"{rng.choice(MBI_LETTERS)}{rng.choice(ALNUM)}{rng.randint(0, 9)}-{rng.choice(MBI_LETTERS)}{rng.choice(MBI_LETTERS)}{digits(rng, 2)}")


def slots(rng):
    """Every slot a template may use, drawn afresh for each post."""
    given, family = rng.choice(sources.CULTURE_NAMES)
    town, state = rng.choice(sources.WORD_TOWNS)
    town2, state2 = rng.choice(sources.WORD_TOWNS)
    word_given, word_sur = rng.choice(sources.WORD_GIVEN), rng.choice(sources.WORD_SURNAME)
    surgiv_sur, surgiv_giv = rng.choice(sources.WORD_SURNAME), rng.choice(sources.WORD_GIVEN + [g for g, _ in sources.CULTURE_NAMES])
    handle = (word_given + word_sur).lower() + rng.choice(["", "_", ".md", str(rng.randint(70, 99))])
    picks = rng.sample(terms.TERMS, 2)
    return {
        "wname": tag("NAME", word_given) + " " + tag("NAME", word_sur),
        "cname": person(rng),
        "surname_only": tag("NAME", rng.choice(sources.WORD_SURNAME)),
        "surgiv": tag("NAME", surgiv_sur.upper() if rng.random() < 0.3 else surgiv_sur) + ", " + tag("NAME", surgiv_giv),
        "surgiv2": tag("NAME", rng.choice(sources.WORD_SURNAME)) + ", " + tag("NAME", rng.choice(sources.WORD_GIVEN)),
        "lname": tag("NAME", rng.choice([word_given, given]).lower()),
        "lname_sur": tag("NAME", rng.choice([word_sur, family]).lower()),
        "given": tag("NAME", rng.choice(sources.WORD_GIVEN + [given])),
        "nick": tag("NAME", rng.choice(sources.NICKNAMES)),
        "initials": tag("NAME", rng.choice([f"{word_given[0]}.{word_sur[0]}.", f"{word_given[0]}{word_sur[0]}", f"{given[0]}. {family}"])),
        "colleague": "Dr. " + tag("NAME", rng.choice([word_sur, family])),
        "town": tag("LOCATION", town),
        "town2": tag("LOCATION", town2) + rng.choice(["", ", " + state2]),
        "facility": tag("LOCATION", rng.choice(sources.FACILITIES)),
        "home": tag("LOCATION", rng.choice(sources.CARE_HOMES)),
        "street": tag("LOCATION", rng.choice(sources.STREETS)),
        "rural": tag("LOCATION", rng.choice(sources.RURAL)),
        "zip": tag("LOCATION", rng.choice(sources.ZIPS)),
        "mil": rng.choice(sources.MILITARY),
        "abroad": rng.choice(sources.ABROAD),
        "nhs": tag("ID", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"),
        "hcard": tag("ID", rng.choice([f"{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}",
                                       f"{family[:3].upper()}{given[0].upper()} {digits(rng, 4)} {digits(rng, 4)}", f"9{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"])),
        "mbi": tag("ID", mbi(rng)),
        "dea": tag("ID", f"{rng.choice('ABFM')}{rng.choice(string.ascii_uppercase)}{digits(rng, 7)}"),
        "npi": tag("ID", f"1{digits(rng, 9)}"),
        "plate": tag("ID", rng.choice([f"{rng.randint(1, 9)}{''.join(rng.choices(string.ascii_uppercase, k=3))}{digits(rng, 3)}",
                                       f"{''.join(rng.choices(string.ascii_uppercase, k=3))}-{digits(rng, 4)}"])),
        "vin": tag("ID", "".join(rng.choice(ALNUM) for _ in range(17))),
        "ip": tag("IP", f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"),
        "serial": tag("ID", rng.choice([f"PJN{digits(rng, 6)}H", f"RNB{digits(rng, 6)}", f"SN-{digits(rng, 4)}-{digits(rng, 4)}"])),
        "insid": tag("ID", rng.choice([f"W{digits(rng, 9)}", f"XEH{digits(rng, 9)}", f"ZGP{digits(rng, 8)}01"])),
        "group": tag("ID", f"{digits(rng, 6)}-{rng.choice(['M', 'A', '01'])}"),
        "mrn": tag("ID", rng.choice([digits(rng, 8), f"E{digits(rng, 7)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"])),
        "room": tag("ID", rng.choice([f"{rng.randint(2, 9)}{digits(rng, 2)}", f"{rng.randint(2, 9)}{digits(rng, 2)}{rng.choice('AB')}"])),
        "room2": tag("ID", f"{rng.randint(2, 9)}{digits(rng, 2)}"),
        "date_eu": date_eu(rng),
        "date_words": date_words(rng),
        "age90": age90(rng),
        "phone": phone(rng),
        "phone_intl": phone_intl(rng),
        "email": tag("EMAIL", f"{word_given.lower()}.{word_sur.lower()}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'])}"),
        "url": tag("URL", f"https://www.gofundme.com/f/help-{word_given.lower()}-{word_sur.lower()}-{rng.choice(picks[0].split()).lower().strip('.')}"),
        "handle": "@" + tag("NAME", handle),
        "term": f"<<{picks[0]}>>",
        "term2": f"<<{picks[1]}>>",
    }


def clean_slots(rng):
    eponym, eponym2 = rng.sample(terms.EPONYMS, 2)
    return {
        "eponym": f"<<{eponym}>>", "eponym2": f"<<{eponym2}>>", "brand": f"<<{rng.choice(terms.BRANDS)}>>",
        "trial": rng.choice(terms.TRIALS), "disease": f"<<{rng.choice(terms.DISEASES)}>>",
        "year": str(rng.choice([2017, 2019, 2021, 2022, 2023, 2024])), "dose": rng.choice(terms.DOSES),
        "lab": rng.choice(terms.LABS), "age_young": str(rng.randint(19, 88)), "weekday": rng.choice(terms.WEEKDAYS),
        "holiday": rng.choice(terms.HOLIDAYS), "phrase": rng.choice(terms.PHRASES),
    }


def hand_posts():
    lines = [line.rstrip("\n") for line in (HERE / "hand-written.txt").read_text(encoding="utf-8").splitlines()]
    posts = [line.replace("\\n", "\n") for line in lines if line.strip() and not line.startswith("#")]
    records = [goldmarkup.record(f"r17-hand-{n:03d}", markup) for n, markup in enumerate(posts)]
    for post in records:
        if goldmarkup.term_touches_identifier(post):
            raise ValueError(f"{post['id']}: a clinical term touches an identifier")
    return records


def drawn_posts(rng):
    records, n = [], 0
    jobs = [(t, slots, USES_WITH_IDENTIFIERS) for t in templates.WITH_IDENTIFIERS] + [(t, clean_slots, USES_CLEAN) for t in templates.CLEAN]
    for template, fill, uses in jobs:
        for _ in range(uses):
            while True:
                post = goldmarkup.record(f"r17-gen-{n:03d}", template.format(**fill(rng)))
                if not goldmarkup.term_touches_identifier(post):
                    break
            records.append(post)
            n += 1
    return records


def build():
    posts = hand_posts() + drawn_posts(random.Random(SEED))
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def main():
    target = HERE / "round17.jsonl"
    text = build()
    if "--check" in sys.argv:
        if target.read_text(encoding="utf-8") != text:
            sys.exit("round17.jsonl differs from what generate.py builds")
        print("round17.jsonl matches generate.py")
        return
    target.write_text(text, encoding="utf-8")
    posts = [json.loads(line) for line in text.splitlines()]
    print(f"{len(posts)} posts, {sum(len(p['identifiers']) for p in posts)} identifiers, "
          f"{sum(len(p['clinicalTerms']) for p in posts)} terms, {sum(1 for p in posts if not p['identifiers'])} clean, "
          f"{sum(1 for p in posts if p['id'].startswith('r17-hand-'))} hand")


if __name__ == "__main__":
    main()
