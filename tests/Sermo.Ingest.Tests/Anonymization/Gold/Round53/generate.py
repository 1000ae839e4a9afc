"""Builds round53.jsonl (decision 371): the hand-written posts, then the templates of templates.py each drawn twice
with people and places from pools.py, shuffled, seed 53371. `--check` rebuilds the set in memory and compares it with
the stored file byte for byte.

A draw is made again (up to 20 times) when it touches: a clinical term inside an identifier span, or a labelled value
found again outside every span of its post (the scorer would count that text as kept).
"""
import json
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402
import pools  # noqa: E402
import templates  # noqa: E402

SEED = 53371
OUT = HERE / "round53.jsonl"
NUMBER_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
                95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}


def spans(kind, value):
    """One span per word, as the labels ask for names; other kinds are one span."""
    if kind == "NAME":
        return " ".join(f"[[NAME:{w}]]" for w in value.split(" "))
    return f"[[{kind}:{value}]]"


def ascii_fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Person:
    def __init__(self, rng, culture=None, sex=None):
        self.culture = culture or rng.choice(sorted(pools.CULTURES))
        self.sex = sex or rng.choice("MF")
        men, women, surnames = pools.CULTURES[self.culture]
        self.given = rng.choice(men if self.sex == "M" else women)
        family = rng.choice(surnames)
        self.family = family
        self.surname = self.surname_for(self.sex)

    def surname_for(self, sex):
        if isinstance(self.family, tuple):
            return self.family[0] if sex == "M" else self.family[1]
        return self.family

    def relative(self, rng):
        """A relative of the patient's culture and family name, with a given name unlike the patient's."""
        sex = rng.choice("MF")
        men, women, _ = pools.CULTURES[self.culture]
        given = rng.choice([g for g in (men if sex == "M" else women) if g != self.given])
        return sex, given, self.surname_for(sex)


def age_over_89(rng, sex):
    n = rng.randint(90, 103)
    shapes = [f"[[AGE:{n}]]{sex}", f"[[AGE:{n}]] y/o", f"age [[AGE:{n}]]", f"[[AGE:{n}]] years old",
              f"[[AGE:{n}]]-year-old"]
    if n in NUMBER_WORDS:
        shapes.append(f"[[AGE:{NUMBER_WORDS[n]}]]")
    return rng.choice(shapes)


def slots(rng):
    p = Person(rng)
    r_sex, r_given, r_surname = p.relative(rng)
    p2 = Person(rng)
    other = Person(rng, sex=p.sex)
    while other.given == p.given:
        other = Person(rng, sex=p.sex)
    he, his, him = ("he", "his", "him") if p.sex == "M" else ("she", "her", "her")
    month = rng.choice(pools.MONTHS)
    local = ascii_fold(f"{p.given}.{p.surname}").lower().replace(" ", "").replace("'", "")
    domain = rng.choice(["gmail.com", "outlook.com", "yahoo.com", "proton.me"])
    return {
        "N": spans("NAME", f"{p.given} {p.surname}"), "G": spans("NAME", p.given), "S": spans("NAME", p.surname),
        "R": spans("NAME", f"{r_given} {r_surname}"), "RG": spans("NAME", r_given),
        "kin": rng.choice(pools.KIN[r_sex]), "kinold": rng.choice(pools.KIN_OLD[r_sex]),
        "he": he, "his": his, "him": him, "He": he.capitalize(), "His": his.capitalize(),
        "A9": age_over_89(rng, p.sex), "age": str(rng.randint(24, 68)),
        "T": spans("LOCATION", rng.choice(pools.TOWNS)), "WT": spans("LOCATION", rng.choice(pools.WORD_TOWNS)),
        "V": spans("LOCATION", rng.choice(pools.VESSELS)), "CO": spans("LOCATION", rng.choice(pools.TOW_COMPANIES)),
        "LK": spans("LOCATION", rng.choice(pools.LOCKS)), "MI": spans("LOCATION", str(rng.randint(120, 960))),
        "TR": spans("LOCATION", rng.choice(pools.TRACKS)), "TM": spans("LOCATION", rng.choice(pools.TEAMS)),
        "CAR": spans("ID", rng.choice([str(rng.randint(1, 99)), f"{rng.randint(1, 99)}{rng.choice('JKWXZ')}"])),
        "ST": spans("LOCATION", rng.choice(pools.STATIONS)), "LH": spans("LOCATION", rng.choice(pools.LIGHTHOUSES)),
        "CU": spans("LOCATION", rng.choice(pools.CUTTERS)), "SVC": spans("ID", str(rng.randint(1200000, 1899999))),
        "MK": spans("LOCATION", rng.choice(pools.MARKETS)), "FM": spans("LOCATION", rng.choice(pools.FARMS)),
        "STALL": spans("ID", rng.choice([str(rng.randint(1, 80)), f"{rng.choice('ABCD')}-{rng.randint(1, 30)}"])),
        "SD": spans("LOCATION", rng.choice(pools.STUDIOS)), "H": spans("LOCATION", rng.choice(pools.HOSPITALS)),
        "ROOM": spans("ID", str(rng.randint(201, 689))), "BED": spans("ID", str(rng.randint(1, 28))),
        "PH": spans("PHONE", f"({rng.choice(pools.AREA_CODES)}) 555-01{rng.randint(0, 99):02d}"),
        "EM": spans("EMAIL", f"{local}@{domain}"),
        "D": spans("DATE", f"{month} {rng.randint(1, 28)}"),
        "P2": spans("NAME", f"{p2.given} {p2.surname}"),
        "LOW": spans("NAME", f"{p.given} {p.surname}".lower()),
        "SG": f"{spans('NAME', p.surname)}, {spans('NAME', p.given)}",
        "INI": f"{spans('NAME', p.given[0] + '.')} {spans('NAME', p.surname)}",
        "CORR": f"{spans('NAME', other.given)}... sorry, it's {spans('NAME', p.given + ' ' + p.surname)}",
    }, p


def touches(post):
    """A clinical term inside a span, or a labelled value found again outside every span of its post."""
    if goldmarkup.term_touches_identifier(post):
        return True
    text = post["text"]
    for span in post["identifiers"]:
        value = text[span["start"]:span["end"]]
        at = text.find(value)
        while at >= 0:
            inside = any(s["start"] <= at and at + len(value) <= s["end"] for s in post["identifiers"])
            before = text[at - 1] if at > 0 else " "
            after = text[at + len(value)] if at + len(value) < len(text) else " "
            if not inside and not before.isalnum() and not after.isalnum():
                return True
            at = text.find(value, at + 1)
    return False


def generated_posts(rng):
    posts = []
    for number, template in enumerate(templates.IDENTIFIER_TEMPLATES):
        for _ in range(2):
            for _attempt in range(20):
                values, _person = slots(rng)
                post = goldmarkup.record("?", template.format(**values))
                if not touches(post):
                    break
            else:
                raise ValueError(f"template {number}: every draw touched")
            posts.append(post)
    for template in templates.CLEAN_TEMPLATES:
        for _ in range(2):
            condition, drug = rng.choice(templates.CONDITION_DRUGS)
            values = {"c1": condition, "d1": drug, "hr": rng.randint(90, 119), "temp": f"{rng.randint(100, 102)}.{rng.randint(0, 9)}",
                      "sys": rng.randint(90, 119), "dia": rng.randint(58, 78), "glu": rng.randint(90, 119),
                      "spo": rng.randint(90, 99), "age": rng.randint(24, 68)}
            posts.append(goldmarkup.record("?", template.format(**values)))
    rng.shuffle(posts)
    for n, post in enumerate(posts):
        post["id"] = f"r53-gen-{n:03d}"
    return posts


def build():
    rng = random.Random(SEED)
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r53-hand-") + generated_posts(rng)
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("round53.jsonl rebuilds byte for byte" if same else "round53.jsonl differs from its generator")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.name}: {text.count(chr(10))} posts")
