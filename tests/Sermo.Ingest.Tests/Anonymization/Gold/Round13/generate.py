"""Builds round13.jsonl (decision 098): the hand-written posts of hand-written.txt, then posts drawn from templates.py
with names and places from sources.py. `python3 generate.py` writes the file; `--check` rebuilds it in memory and
fails if it differs from the stored file byte for byte."""
import json
import random
import re
import sys
from pathlib import Path

import sources
import templates
import os

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldmarkup  # noqa: E402  GoldMarkup.Parse, shared by every round's generator

SEED = 13098
USES_WITH = 6
USES_WITHOUT = 4
HERE = Path(__file__).resolve().parent

TRAP_SCORES = ["HEART score", "Wells criteria", "PERC rule", "CURB-65", "Canadian CT Head Rule", "San Francisco Syncope Rule",
               "Ottawa ankle rules", "HAS-BLED", "CHA2DS2-VASc", "Glasgow-Blatchford score", "Ranson criteria", "NEXUS"]
TRAP_TERMS = ["chest pain", "syncope", "upper GI bleed", "pulmonary embolism", "ankle injury", "head injury", "pancreatitis",
              "atrial fibrillation", "CAP", "neck trauma"]
TRAP_EPONYMS = ["Addison's disease", "Whipple's disease", "Takayasu arteritis", "Kikuchi disease", "Behçet's disease",
                "Still's disease", "Ludwig's angina", "Fournier's gangrene", "Boerhaave syndrome", "Budd-Chiari syndrome",
                "Wernicke encephalopathy", "Mallory-Weiss tear", "Lemierre syndrome", "Stevens-Johnson syndrome"]
TRAP_DRUGS = ["Eliquis", "Xarelto", "Jardiance", "Farxiga", "Entresto", "Ozempic", "Mounjaro", "Trelegy", "Breo",
              "Symbicort", "Lantus", "Humalog", "Victoza", "Brilinta"]
TRAP_TRIALS = ["EMPEROR-Preserved", "DELIVER", "STEP-HFpEF", "SELECT", "FOURIER", "COMPASS", "ACCORD", "ALLHAT",
               "DIAMOND", "ATHENA", "HOPE-3", "GALACTIC-HF"]
TRAP_CODES = ["I50.9", "E11.65", "J44.1", "N18.4", "Z79.01", "R07.89", "M54.5", "F32.A"]
TRAP_CPTS = ["99214", "99233", "93000", "36415", "99497", "G2211", "99406"]
LANGS = ["Amharic", "Somali", "Tigrinya", "Vietnamese", "Korean", "Thai", "Tagalog", "Twi", "Tamil", "Telugu", "Bengali",
         "Turkish", "Greek", "Portuguese", "Armenian", "Hungarian", "Romanian", "Navajo"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
NUMBER_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
                95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
                100: "one hundred", 101: "one hundred and one", 102: "a hundred and two"}


def people(rng):
    culture = rng.choice(sorted(sources.PEOPLE))
    return rng.choice(sources.PEOPLE[culture])


def digits(rng, shape):
    return "".join(str(rng.randint(0, 9)) if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c
                   for c in shape)


def age90(rng):
    """An age over 89 with its unit as the writer would put it; only the number is the identifier."""
    n = rng.randint(90, 102)
    shapes = [lambda: f"[[AGE:{n}]]yo", lambda: f"[[AGE:{n}]] y/o", lambda: f"[[AGE:{n}]]-year-old",
              lambda: f"[[AGE:{n}]] yrs", lambda: f"age [[AGE:{n}]]", lambda: f"[[AGE:{n}]]F",
              lambda: f"[[AGE:{n}]] yo M", lambda: f"[[AGE:{NUMBER_WORDS[n]}]] years old",
              lambda: f"[[AGE:{n}]] years young", lambda: f"[[AGE:{n}]]M", lambda: f"aged [[AGE:{n}]]"]
    return rng.choice(shapes)()


def date(rng):
    y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    shapes = [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}", f"{MONTHS_LONG[m - 1]} {d}", f"{d} {MONTHS[m - 1]} {y}",
              f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]}. {d}", f"{m}/{d}", f"{MONTHS_LONG[m - 1]} {d}th, {y}",
              f"{d}.{m}.{y}", f"{m}-{d}-{y}"]
    return f"[[DATE:{rng.choice(shapes)}]]"


def dob(rng):
    y, m, d = rng.randint(1921, 1990), rng.randint(1, 12), rng.randint(1, 28)
    return f"[[DATE:{rng.choice([f'{m}/{d}/{y}', f'{m:02d}-{d:02d}-{y}', f'{MONTHS[m - 1]} {d} {y}', f'{y}{m:02d}{d:02d}'])}]]"


def street(rng):
    """A street line; rural routes and county roads carry no house number in front."""
    line = rng.choice(sources.STREETS)
    return f"[[LOCATION:{line}]]" if line.startswith(("R", "County")) else f"[[LOCATION:{rng.randint(2, 9899)} {line}]]"


def labelled_id(rng, exclude=()):
    label, shape = rng.choice([s for s in sources.ID_SHAPES if s[0] and s[0] not in exclude + ("bed", "rm", "plate", "tag")])
    sep = rng.choice([" ", ": ", " "] if label.endswith("#") else [" ", ": ", " # ", " "])
    return f"{label}{sep}[[ID:{digits(rng, shape)}]]", label


def fill(rng, template):
    given, family = people(rng)
    given2, _ = people(rng)
    _, family2 = people(rng)
    town, state = rng.choice(sources.US_TOWNS)
    id_l, label = labelled_id(rng)
    id_l2, _ = labelled_id(rng, (label,))
    first = rng.random() < 0.5
    slots = {
        "NAME": f"[[NAME:{given} {family}]]",
        "NAME3": "[[NAME:{} {}]]".format(*people(rng)),
        "NAME_FF": f"[[NAME:{family} {given}]]" if first else f"Mr./Ms. [[NAME:{family}]] [[NAME:{given}]]",
        "NAME_COMMA": f"[[NAME:{family}, {given}]]" if first else f"[[NAME:{family.upper()}, {given.upper()}]]",
        "GIVEN": f"[[NAME:{given}]]", "GIVEN2": f"[[NAME:{given2}]]", "FAMILY": f"[[NAME:{family}]]",
        "FAMILY2": f"[[NAME:{family2}]]",
        "DOCNAME": rng.choice([f"Dr. [[NAME:{family2}]]", f"[[NAME:{given2} {family2}]]", f"Dr [[NAME:{given2} {family2}]]"]),
        "NICK": f"[[NAME:{rng.choice(sources.NICKNAMES)}]]",
        "TOWN": f"[[LOCATION:{town}]]", "ST": state, "ZIP": f"[[LOCATION:{digits(rng, '#####')}]]",
        "COUNTY": f"[[LOCATION:{rng.choice(sources.COUNTIES)}]]",
        "STREET": street(rng),
        "POBOX": f"[[LOCATION:{rng.choice(sources.PO_BOXES)}]]",
        "FAC": f"[[LOCATION:{rng.choice(sources.FACILITIES)}]]",
        "FADDR": "[[LOCATION:{}]]".format(rng.choice(sources.FOREIGN_ADDRESSES)[1]),
        "FCITY": f"[[LOCATION:{rng.choice(sources.FOREIGN_CITIES)}]]",
        "PHONE": f"[[PHONE:{digits(rng, rng.choice(sources.PHONE_SHAPES))}]]",
        "ID_L": id_l, "ID_L2": id_l2,
        "ID_RAW": f"[[ID:{digits(rng, rng.choice([s for _, s in sources.ID_SHAPES[:27]]))}]]",
        "PLATE": f"[[ID:{digits(rng, rng.choice(['#@@@###', '@@@-####', '@@# ####', '###-@@@']))}]]",
        "DEA": f"[[ID:{digits(rng, '@@#######')}]]",
        "ROOM": f"[[ID:{rng.randint(100, 899)}]]", "ROOM2": f"[[ID:{rng.randint(1, 40)}{rng.choice('AB')}]]",
        "EMAIL": "[[EMAIL:{}{}{}@{}]]".format(given.lower().replace(' ', '').replace('-', ''), rng.choice(['.', '_', '']),
                                              family.lower().replace(' ', '').replace("'", ''), rng.choice(sources.EMAIL_DOMAINS))
        if given.isascii() and family.isascii() else f"[[EMAIL:{digits(rng, 'pt####')}@{rng.choice(sources.EMAIL_DOMAINS)}]]",
        "URL": f"[[URL:{rng.choice(['https://mychart.', 'http://portal.', 'https://'])}{rng.choice(['baysidehealth', 'tricountymem', 'cedarvalleymc'])}.org/{rng.choice(['login', 'pt/records', 'video'])}]]",
        "IP": f"[[IP:{rng.choice([10, 172, 192])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}]]",
        "HANDLE": f"[[NAME:{rng.choice(sources.HANDLES)}]]",
        "AGE90": age90(rng), "AGE_UNDER": str(rng.randint(19, 88)), "SEX": rng.choice(["F", "M", "yo F", "yo M"]),
        "DATE": date(rng), "DOB": dob(rng), "YEARS": str(rng.randint(3, 30)), "LANG": rng.choice(LANGS),
        "TERM": f"<<{rng.choice(sources.TERMS)}>>",
        "TRAP_SCORE": rng.choice(TRAP_SCORES), "TRAP_TERM": rng.choice(TRAP_TERMS),
        "TRAP_EPONYM": rng.choice(TRAP_EPONYMS), "TRAP_DRUG": rng.choice(TRAP_DRUGS),
        "TRAP_TRIAL": rng.choice(TRAP_TRIALS), "TRAP_CODE": rng.choice(TRAP_CODES), "TRAP_CPT": rng.choice(TRAP_CPTS),
    }
    return re.sub(r"\{(\w+)\}", lambda m: slots[m.group(1)], template)


def parse(post_id, markup):
    return goldmarkup.record(post_id, markup)


def term_touches_identifier(post):
    return goldmarkup.term_touches_identifier(post)


def build():
    posts = []
    lines = [l for l in (HERE / "hand-written.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    for n, line in enumerate(lines):
        post = parse(f"r13-hand-{n:03d}", line.replace("\\n", "\n"))
        if term_touches_identifier(post):
            raise ValueError(f"{post['id']}: a clinical term overlaps an identifier")
        posts.append(post)
    rng = random.Random(SEED)
    n = 0
    for group, uses in ((templates.WITH_IDENTIFIERS, USES_WITH), (templates.WITHOUT_IDENTIFIERS, USES_WITHOUT)):
        for template in group:
            for _ in range(uses):
                while True:
                    post = parse(f"r13-gen-{n:03d}", fill(rng, template))
                    if not term_touches_identifier(post):
                        break
                posts.append(post)
                n += 1
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    out = HERE / "round13.jsonl"
    built = build()
    if "--check" in sys.argv:
        if out.read_text(encoding="utf-8") != built:
            sys.exit("round13.jsonl differs from what generate.py builds")
        print("round13.jsonl matches")
    else:
        out.write_text(built, encoding="utf-8")
        posts = [json.loads(l) for l in built.splitlines()]
        from collections import Counter
        kinds = Counter(i["type"] for p in posts for i in p["identifiers"])
        print(len(posts), "posts;", sum(kinds.values()), "identifiers", dict(kinds), ";",
              sum(1 for p in posts if not p["identifiers"]), "identifier-free;",
              sum(1 for p in posts if p["id"].startswith("r13-hand-")), "hand-written;",
              sum(len(p["clinicalTerms"]) for p in posts), "clinical terms")
