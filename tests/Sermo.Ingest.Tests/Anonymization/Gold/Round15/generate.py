"""Builds round15.jsonl from hand-written.txt and templates.py (decision 117). Seed 15117.

python3 generate.py          writes round15.jsonl
python3 generate.py --check  rebuilds it in memory and fails unless the file is the same byte for byte
"""
import json
import random
import sys
import unicodedata
from pathlib import Path

import sources as s
import terms as tm
import templates

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import goldmarkup  # noqa: E402  GoldMarkup.Parse, shared by every round's generator

HERE = Path(__file__).parent
SEED = 15117
USES_WITH_IDENTIFIERS = 6
USES_CLEAN = 4


def parse(post_id, markup):
    return goldmarkup.record(post_id, markup)


def term_touches_identifier(post):
    return goldmarkup.term_touches_identifier(post)


def ascii_fold(value):
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))


class Person:
    def __init__(self, rng, given, sur):
        self.given = f"[[NAME:{given}]]"
        self.sur = f"[[NAME:{sur}]]"
        self.full = f"[[NAME:{given} {sur}]]"
        self.rev = f"[[NAME:{sur.upper()}, {given}]]" if rng.random() < 0.5 else f"[[NAME:{sur}, {given}]]"
        self.famfirst = f"[[NAME:{sur} {given}]]"
        self.lower = f"[[NAME:{given.lower()} {sur.lower()}]]"
        self.caps = f"[[NAME:{sur.upper()}, {given.upper()}]]"
        self.initial = f"[[NAME:{given[0]}. {sur}]]"
        local = ascii_fold(f"{given}.{sur}").lower().replace(" ", "").replace("'", "")
        local = rng.choice([local, local.replace(".", "") + str(rng.randint(1, 99)), ascii_fold(given[0] + sur).lower().replace(" ", "").replace("'", "")])
        self.email = f"[[EMAIL:{local}@{rng.choice(s.DOMAINS)}]]"


def draw_date(rng):
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    month = s.MONTHS[m - 1]
    shapes = [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{month} {d}, {y}",
              f"{d} {month[:3]} {y}", f"{month[:3]}. {d}", f"{month} {d}th" if d > 3 and d < 21 else f"{month} {d}",
              f"the {s.ORDINAL_WORDS[d - 1]} of {month}", f"{m}-{d}-{y}", f"{d}.{m}.{y}", f"{month} {y}",
              f"{d}{month[:3].upper()}{y % 100:02d}"]
    return f"[[DATE:{rng.choice(shapes)}]]"


def draw_dob(rng):
    y, m, d = rng.randint(1922, 1936), rng.randint(1, 12), rng.randint(1, 28)
    shapes = [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{s.MONTHS[m - 1]} {d}, {y}",
              f"{d}-{s.MONTHS[m - 1][:3]}-{y}"]
    return f"[[DATE:{rng.choice(shapes)}]]"


def draw_relative_date(rng):
    n = rng.choice(["2", "3", "two", "three", "four", "5", "ten"])
    unit = rng.choice(["days", "weeks"])
    anchor = rng.choice(s.ANCHORS)
    year = rng.choice(["", f" {rng.randint(2024, 2026)}"])
    return rng.choice([f"[[DATE:{n} {unit} after {anchor}{year}]]", f"the weekend before [[DATE:{anchor}{year}]]",
                       f"[[DATE:the day after {anchor}{year}]]", f"[[DATE:{n} {unit} before {anchor}{year}]]"])


def draw_age(rng, digits_only=False):
    age = rng.choice(list(s.NUMBER_WORDS))
    if digits_only:
        return f"[[AGE:{age}]]"
    return rng.choice([f"[[AGE:{age}]]", f"[[AGE:{age}]]", f"[[AGE:{s.NUMBER_WORDS[age]}]]", f"[[AGE:{s.NUMBER_WORDS[age].upper()}]]"])


def draw_phone(rng):
    a, b, c = rng.randint(201, 989), rng.randint(201, 989), rng.randint(0, 9999)
    ext = rng.randint(100, 9999)
    shapes = [f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}", f"+1 {a} {b} {c:04d}",
              f"1-{a}-{b}-{c:04d}", f"({a}) {b}-{c:04d} ext. {ext}", f"{a}-{b}-{c:04d} x{ext}", f"{a}{b}{c:04d}",
              f"{b}-{c:04d}", f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}", f"+234 803 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
              f"+63 917 {rng.randint(100, 999)} {rng.randint(1000, 9999)}", f"+91 98{rng.randint(100, 999)} {rng.randint(10000, 99999)}"]
    return f"[[PHONE:{rng.choice(shapes)}]]"


def draw_id(rng, kind):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if kind == "mrn":
        return f"[[ID:{rng.choice(['', 'E', 'M', '00'])}{rng.randint(1000000, 99999999)}]]"
    if kind == "acct":
        return f"[[ID:{rng.randint(100000000, 999999999)}{rng.choice(['', '-01', '-A'])}]]"
    if kind == "claim":
        return f"[[ID:{rng.choice(['CLM', 'WC', '', 'C-'])}{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}]]"
    if kind == "member":
        return f"[[ID:{rng.choice(letters)}{rng.choice(letters)}{rng.choice(letters)}{rng.randint(100000000, 999999999)}]]"
    return f"[[ID:{rng.choice(['PJN', 'RNQ', 'SN', 'MDT'])}{rng.randint(100000, 9999999)}{rng.choice(['', 'H', 'S', 'G'])}]]"


def draw_url(rng, person_sur):
    slug = ascii_fold(person_sur).lower().replace(" ", "-")
    return rng.choice([f"[[URL:https://www.gofundme.com/f/help-the-{slug}-family-{rng.randint(100, 9999)}]]",
                       f"[[URL:https://mychart.example-health.org/messages/{rng.randint(10000000, 99999999)}]]",
                       f"[[URL:drive.google.com/file/d/1{rng.randint(10**9, 10**10)}xQ/view]]",
                       f"[[URL:https://www.facebook.com/{slug}.{rng.randint(10, 999)}]]",
                       f"[[URL:https://caringbridge.org/visit/{slug}{rng.randint(1, 99)}]]"])


def fill(rng, template):
    people = rng.sample(s.ALL_NAMES, 3)
    a, b, c = (Person(rng, g, n) for g, n in people)
    town, st = rng.choice(s.TOWNS)
    zipcode = f"{rng.randint(10000, 99950)}"
    address = f"{rng.randint(2, 9899)} {rng.choice(s.STREET_NAMES)} {rng.choice(s.STREET_KINDS)}"
    address = rng.choice([f"[[LOCATION:{address}]]", f"[[LOCATION:{address}]], [[LOCATION:{town}]]",
                          f"[[LOCATION:{address}]], [[LOCATION:{town}]] {st} [[LOCATION:{zipcode}]]",
                          f"[[LOCATION:{address}]]\n[[LOCATION:{town}]], {st}"])
    t, u = rng.sample(tm.TERMS, 2)
    b1, b2 = rng.sample(tm.TRAP_BRANDS, 2)
    e1, e2 = rng.sample(tm.TRAP_EPONYMS, 2)
    return template.format(
        a=a, b=b, c=c, rel=rng.choice(s.RELATIONS), t=f"<<{t}>>", u=f"<<{u}>>",
        town=f"[[LOCATION:{town}]]", st=st, zip=f"[[LOCATION:{zipcode}]]", addr=address,
        date=draw_date(rng), dob=draw_dob(rng), rdate=draw_relative_date(rng), age=draw_age(rng),
        agen=draw_age(rng, digits_only=True), phone=draw_phone(rng), fax=draw_phone(rng),
        mrn=draw_id(rng, "mrn"), acct=draw_id(rng, "acct"), claim=draw_id(rng, "claim"),
        member=draw_id(rng, "member"), serial=draw_id(rng, "serial"), url=draw_url(rng, people[0][1]),
        employer=f"[[LOCATION:{rng.choice(s.EMPLOYERS).removeprefix('the ')}]]",
        school=f"[[LOCATION:{rng.choice(s.SCHOOLS)}]]", hosp=f"[[LOCATION:{rng.choice(s.HOSPITALS)}]]",
        trial=rng.choice(tm.TRAP_TRIALS), brand=f"<<{b1}>>", brand2=f"<<{b2}>>", eponym=f"<<{e1}>>",
        eponym2=f"<<{e2}>>", age_clean=rng.randint(19, 88), place=f"<<{rng.choice(tm.TRAP_PLACES)}>>", guide=rng.choice(tm.TRAP_GUIDELINES))


def hand_written():
    lines = (HERE / "hand-written.txt").read_text(encoding="utf-8").splitlines()
    markups = [l.replace("\\n", "\n") for l in lines if l.strip() and not l.startswith("#")]
    return [parse(f"r15-hand-{n:03d}", m) for n, m in enumerate(markups)]


def generated():
    rng = random.Random(SEED)
    posts = []
    plan = [(t, USES_WITH_IDENTIFIERS) for t in templates.WITH_IDENTIFIERS] + [(t, USES_CLEAN) for t in templates.CLEAN]
    for template, uses in plan:
        for _ in range(uses):
            while True:
                post = parse(f"r15-gen-{len(posts):03d}", fill(rng, template))
                if not term_touches_identifier(post):
                    break
            posts.append(post)
    return posts


def build():
    posts = hand_written() + generated()
    for post in posts:
        if term_touches_identifier(post):
            raise ValueError(f"{post['id']}: a clinical term overlaps an identifier")
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    content = build()
    target = HERE / "round15.jsonl"
    if "--check" in sys.argv:
        same = target.read_text(encoding="utf-8") == content
        print("round15.jsonl is up to date" if same else "round15.jsonl differs from its sources")
        sys.exit(0 if same else 1)
    target.write_text(content, encoding="utf-8")
    rows = [json.loads(l) for l in content.splitlines()]
    kinds = {}
    for r in rows:
        for i in r["identifiers"]:
            kinds[i["type"]] = kinds.get(i["type"], 0) + 1
    print(f"posts {len(rows)}, hand {sum(r['id'].startswith('r15-hand-') for r in rows)}, "
          f"identifiers {sum(len(r['identifiers']) for r in rows)}, terms {sum(len(r['clinicalTerms']) for r in rows)}, "
          f"identifier-free {sum(not r['identifiers'] for r in rows)}, kinds {dict(sorted(kinds.items(), key=lambda kv: -kv[1]))}")
