"""Builds round31.jsonl from the templates and the hand-written posts (decision 193). Seeded; `--check` rebuilds the
file in memory and fails if it differs from the stored one byte for byte."""
import json
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import clean  # noqa: E402
import goldmarkup  # noqa: E402
import pools  # noqa: E402
import people  # noqa: E402
import templates  # noqa: E402

SEED = 31193
USES = 4
ID_USES = 3  # three draws of each identifier template keep the set near 1,300 identifiers with the hand-written posts
FEMALE_ONLY = ("IVF cycle", "egg donor", "<<ectopic pregnancy>>")


SHAPES = 12


def date(rng, year_low=2019, year_high=2026):
    return shaped(rng.randint(year_low, year_high), rng.randint(1, 12), rng.randint(1, 28), rng.randrange(SHAPES))


def date_pair(rng):
    """Two dates of one stay or one exposure window, in one shape, the second 1-9 days after the first."""
    y, m, d, shape = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 19), rng.randrange(SHAPES)
    return shaped(y, m, d, shape), shaped(y, m, d + rng.randint(1, 9), shape)


def shaped(y, m, d, shape):
    shapes = [f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m:02d}.{y}", f"{d}/{m}/{y}", f"{m}-{d}-{y}",
              f"{pools.MONTHS[m - 1]} {d}, {y}", f"{d} {pools.MON[m - 1]} {y}", f"{pools.MON[m - 1]}. {d}",
              f"{pools.MONTHS[m - 1].lower()} {d}", f"{y}/{m:02d}/{d:02d}", f"{pools.MON[m - 1]} {d}{suffix(d)}"]
    if shape == len(shapes):  # "the 14th of March": "the" stays outside the span
        return f"the [[DATE:{d}{suffix(d)} of {pools.MONTHS[m - 1]}]]"
    return f"[[DATE:{shapes[shape]}]]"


def suffix(d):
    return "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def phone(rng):
    a, b, c = rng.randint(201, 989), rng.randint(200, 989), digits(rng, 4)
    return rng.choice([f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"{a}-{b}-{c}", f"{a}{b}{c}", f"1-{a}-{b}-{c}"])


def phone_intl(rng):
    return rng.choice([f"+880 17{digits(rng, 2)}-{digits(rng, 6)}", f"+66 8{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 4)}",
                       f"+48 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}", f"+234 803 {digits(rng, 3)} {digits(rng, 4)}",
                       f"+31 6 {digits(rng, 8)}", f"+63 917 {digits(rng, 3)} {digits(rng, 4)}", f"+90 532 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
                       f"+380 67 {digits(rng, 3)} {digits(rng, 4)}", f"+84 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"])


def ident(kind, value):
    return f"[[{kind}:{value}]]"


def draw(rng, template):
    p = people.Person(rng, "F" if any(f in template for f in FEMALE_ONLY) else None)
    age = rng.randint(90, 104)
    first_day, last_day = date_pair(rng)
    s = people.Person(rng)
    d = people.Person(rng)
    first, second = rng.sample(pools.AIRPORTS, 2)
    email_user = ascii_only(f"{s.given.split(' ')[0].lower()}.{s.surname.replace(' ', '').lower()}")
    return {
        "p": p, "r": people.relative(rng, p, relations(template, p)), "s": s, "d": d, "t": people.Person(rng, "F"), "k": people.Person(rng),
        "w": people.Person(rng, word=True), "sib": "brother" if s.sex == "M" else "sister",
        "town": ident("LOCATION", rng.choice(pools.SMALL_TOWNS)), "county": ident("LOCATION", rng.choice(pools.COUNTIES)),
        "hood": ident("LOCATION", rng.choice(pools.NEIGHBOURHOODS)), "street": ident("LOCATION", rng.choice(pools.STREETS)),
        "abroad": ident("LOCATION", rng.choice(pools.ABROAD)), "port": ident("LOCATION", rng.choice(pools.PORTS)), "employer": ident("LOCATION", rng.choice(pools.EMPLOYERS)),
        "diner": the_location(rng.choice(pools.DINERS)), "landmark": the_location(rng.choice(pools.LANDMARKS)),
        "base": ident("LOCATION", rng.choice(pools.BASES)), "va": the_location(rng.choice(pools.VA)),
        "unit": ident("LOCATION", rng.choice(pools.UNITS)), "airport": ident("LOCATION", first), "airport2": ident("LOCATION", second),
        "airline": rng.choice(pools.AIRLINES), "ship": the_location(rng.choice(pools.SHIPS)),
        "chain": ident("LOCATION", rng.choice(pools.CHAINS)), "school": ident("LOCATION", rng.choice(pools.SCHOOLS)),
        "camp": ident("LOCATION", rng.choice(pools.CAMPS)), "lang": rng.choice(pools.LANGUAGES),
        "program": ident("LOCATION", rng.choice(pools.PROGRAMS)), "agency": ident("LOCATION", rng.choice(pools.AGENCIES)),
        "firm": ident("LOCATION", rng.choice(pools.FIRMS)), "venue": the_location(rng.choice(pools.VENUES)),
        "date": date(rng),
        "first_day": first_day, "last_day": last_day,
        "dob": date(rng, 2025 - age, 2025 - age) if "{age}" in template else date(rng, 1931, 1994),
        "age": ident("AGE", str(age)), "agew": ident("AGE", rng.choice(pools.WORD_AGES)),
        "mrn": ident("ID", rng.choice([digits(rng, 8), f"MR{digits(rng, 7)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}"])),
        "member": ident("ID", rng.choice([f"{letters(rng, 3)}{digits(rng, 9)}", f"W{digits(rng, 8)}-01"])),
        "cabin": ident("ID", f"{rng.randint(2, 12)}{digits(rng, 3)}"), "booking": ident("ID", letters(rng, 6)),
        "flight": ident("ID", f"{rng.randint(11, 2999)}"), "seat": ident("ID", f"{rng.randint(1, 44)}{rng.choice('ABCDEF')}"),
        "service": ident("ID", rng.choice([f"RA{digits(rng, 8)}", f"US {digits(rng, 8)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}"])),
        "last4": ident("ID", digits(rng, 4)), "pager": ident("ID", rng.choice([digits(rng, 4), f"{digits(rng, 3)}-{digits(rng, 4)}"])),
        "room": ident("ID", f"{rng.randint(2, 9)}{rng.choice('ABCNS')}{digits(rng, 2)}"), "store": ident("ID", digits(rng, rng.choice([4, 5]))),
        "rx": ident("ID", f"{digits(rng, 7)}-{digits(rng, 5)}"), "grade": str(rng.randint(1, 8)), "bus": ident("ID", str(rng.randint(3, 89))),
        "case": ident("ID", rng.choice([f"{rng.randint(19, 26)}-CV-{digits(rng, 5)}", f"KEN-{digits(rng, 6)}", f"{letters(rng, 2)}{digits(rng, 7)}"])),
        "interp": ident("ID", f"#{digits(rng, 5)}"), "anum": ident("ID", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"),
        "complaint": ident("ID", f"{rng.randint(2019, 2026)}-{digits(rng, 4)}"), "donor": ident("ID", f"{letters(rng, 1)}{digits(rng, 4)}"),
        "cycle": ident("ID", f"{digits(rng, 2)}-{digits(rng, 3)}"), "kit": ident("ID", f"{letters(rng, 2)}{digits(rng, 6)}{letters(rng, 1)}"),
        "visit": ident("ID", f"V{digits(rng, 7)}"), "apt": ident("ID", f"{rng.randint(1, 9)}{rng.choice('ABCD')}"),
        "fax": ident("PHONE", phone(rng)), "phone": ident("PHONE", phone(rng)), "phone_intl": ident("PHONE", phone_intl(rng)),
        "email": ident("EMAIL", f"{email_user}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'proton.me'])}"),
        "handle": ident("ID", f"{p.given.split(' ')[0].lower()}{digits(rng, 2)}"),
    }


def relations(template, patient):
    """A patient over 89 has a spouse or descendants, a school child a parent, and "wife? no, ..." names a non-spouse."""
    spouse = "wife" if patient.sex == "M" else "husband"
    if "school" in template or "grade" in template:
        return ["mother", "father"]
    if "{age}" in template or "{agew}" in template:
        return [spouse, "son", "daughter", "grandson", "granddaughter", "nephew", "niece"]
    if "wife? no" in template:
        return ["son", "daughter", "brother", "sister", "nephew", "niece"]
    return None


def ascii_only(text):
    """E-mail addresses drop diacritics ('procházka' -> 'prochazka'), as mail providers make people do."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").replace("'", "")


def the_location(value):
    """'the Cozy Cup' -> 'the [[LOCATION:Cozy Cup]]': "the" stays outside the span."""
    return f"the {ident('LOCATION', value[4:])}" if value.startswith("the ") else ident("LOCATION", value)


def clean_draw(rng):
    return {"holiday": rng.choice(clean.HOLIDAYS), "dose": rng.choice(clean.DOSES), "eponym_d": rng.choice(clean.EPONYMS),
            "eponym_s": rng.choice(clean.SYNDROMES), "brand": rng.choice(clean.BRANDS), "score": rng.choice(clean.SCORES),
            "lab": rng.choice(clean.LABS), "sodium": rng.choice(clean.SODIUMS), "temp": rng.choice(clean.TEMPS)}


def generated(rng):
    slots = [("id", t) for t in templates.TEMPLATES for _ in range(ID_USES)] + [("clean", t) for t in clean.CLEAN for _ in range(USES)]
    rng.shuffle(slots)
    posts = []
    for kind, template in slots:
        while True:
            fill = draw(rng, template) if kind == "id" else clean_draw(rng)
            post = goldmarkup.record(f"r31-gen-{len(posts):03d}", template.format(**fill).replace("\\n", "\n"))
            if not goldmarkup.term_touches_identifier(post):
                break
        posts.append(post)
    return posts


def build():
    rng = random.Random(SEED)
    posts = generated(rng) + goldmarkup.hand_written_records(HERE / "hand-written.txt", "r31-hand-")
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    target = HERE / "round31.jsonl"
    text = build()
    if "--check" in sys.argv:
        same = target.read_text(encoding="utf-8") == text
        print("round31.jsonl rebuilt byte for byte" if same else "round31.jsonl DIFFERS from its generator")
        sys.exit(0 if same else 1)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} posts")
