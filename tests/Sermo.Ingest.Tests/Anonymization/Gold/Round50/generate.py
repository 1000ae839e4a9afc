"""Round 50's generator (decision 334): the hand posts (hand-written.txt) first, then templates.py filled from pools.py
with seed 50334, each template drawn twice and shuffled.

python3 generate.py          writes round50.jsonl
python3 generate.py --check  rebuilds it in memory and fails unless it equals the file byte for byte
"""
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import goldmarkup  # noqa: E402
import pools  # noqa: E402
import templates  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 50334
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]


def span(kind, value):
    return f"[[{kind}:{value}]]"


def name_spans(words, lower=False):
    """One NAME span per word of a (possibly multi-word) name."""
    return " ".join(span("NAME", w.lower() if lower else w) for w in words.split())


def ascii_fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c == "-")).lower()


class Person:
    def __init__(self, rng, culture=None, sex=None, surname_root=None):
        self.culture = culture or rng.choice(sorted(pools.CULTURES))
        self.sex = sex or rng.choice("MF")
        people_word, male, female, surnames = pools.CULTURES[self.culture]
        self.people_word = people_word
        if rng.random() < 0.25:
            self.given = rng.choice(pools.WORD_GIVEN_M if self.sex == "M" else pools.WORD_GIVEN_F)
        else:
            self.given = rng.choice(male if self.sex == "M" else female)
        root = surname_root if surname_root is not None else (
            rng.choice(pools.WORD_SURNAMES) if rng.random() < 0.2 else rng.choice(surnames))
        self.surname_root = root
        self.surname = root if isinstance(root, str) else root[0 if self.sex == "M" else 1]

    def he(self):
        return "he" if self.sex == "M" else "she"

    def his(self):
        return "his" if self.sex == "M" else "her"

    def him(self):
        return "him" if self.sex == "M" else "her"

    def full(self):
        return f"{name_spans(self.given)} {name_spans(self.surname)}"

    def email(self, rng):
        domain = rng.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"])
        joiner = rng.choice([".", "_", ""])
        return span("EMAIL", f"{ascii_fold(self.given)}{joiner}{ascii_fold(self.surname.replace(' ', ''))}@{domain}")


def relative(rng, person, used_given):
    """A relative of the person's culture and family name whose given name differs from everyone drawn."""
    for _ in range(50):
        sex = rng.choice("MF")
        rel = Person(rng, person.culture, sex, person.surname_root)
        if rel.given not in used_given:
            kin = {"M": ["husband", "brother", "son"], "F": ["wife", "sister", "daughter"]}[sex]
            return rel, rng.choice(kin)
    raise ValueError("no distinct relative")


def date_past(rng):
    month, day = rng.randint(1, 11), rng.randint(1, 28)
    year = rng.choice([2025, 2026])
    shape = rng.randrange(5)
    if shape == 0:
        return span("DATE", f"{month}/{day}/{year % 100}")
    if shape == 1:
        return span("DATE", f"{MONTHS[month - 1]} {day}")
    if shape == 2:
        return span("DATE", f"{LONG_MONTHS[month - 1]} {day}, {year}")
    if shape == 3:
        return span("DATE", f"{year}-{month:02d}-{day:02d}")
    return span("DATE", f"{day} {MONTHS[month - 1]}")


def dob(rng):
    year, month, day = rng.randint(1938, 1999), rng.randint(1, 12), rng.randint(1, 28)
    return span("DATE", rng.choice([f"{month:02d}/{day:02d}/{year}", f"{year}-{month:02d}-{day:02d}",
                                    f"{day} {LONG_MONTHS[month - 1]} {year}"]))


def phone(rng):
    a, b = rng.randint(201, 989), rng.randint(100, 199)
    return span("PHONE", rng.choice([f"({a}) 555-0{b}", f"{a}-555-0{b}", f"{a}.555.0{b}"]))


def age_over_89(rng, sex):
    n = rng.randint(90, 104)
    words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
             96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}
    shape = rng.randrange(4)
    if shape == 0:
        return span("AGE", str(n)) + "-year-old"
    if shape == 1 and n in words:
        return span("AGE", words[n]) + "-year-old"
    if shape == 2:
        return span("AGE", str(n)) + " y/o"
    return span("AGE", str(n)) + "-yr-old"


def age_alone(rng, sex):
    n = rng.randint(90, 103)
    return rng.choice([span("AGE", str(n)), span("AGE", str(n)) + sex, "aged " + span("AGE", str(n))])


def place(kind, value):
    """A facility with "the" outside its span."""
    if value.startswith("the "):
        return "the " + span(kind, value[4:])
    return span(kind, value)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def draw_fields(rng):
    p = Person(rng)
    s = Person(rng)
    while s.given == p.given:
        s = Person(rng)
    rel, kin = relative(rng, p, {p.given, s.given})
    animal, animal_name = rng.choice(pools.WILD_PATIENTS)
    trench = rng.choice([str(rng.randint(1, 14)), rng.choice("ABCDE") + str(rng.randint(1, 9))])
    return ids_agree_with_post({
        "p_name": p.full(), "p_first_lc": name_spans(p.given, True), "p_last_lc": name_spans(p.surname, True),
        "p_first": name_spans(p.given), "p_last": name_spans(p.surname), "p_he": p.he(), "p_he_cap": p.he().capitalize(),
        "p_his": p.his(), "p_him": p.him(), "p_dob": dob(rng), "p_email": p.email(rng), "p_culture": p.people_word,
        "kin": kin, "rel_name": rel.full(), "rel_email": rel.email(rng),
        "s_name": s.full(), "s_his": s.his(),
        "museum": place("LOCATION", rng.choice(pools.MUSEUMS)), "archive_room": rng.choice(pools.ARCHIVE_ROOMS),
        "hospital": span("LOCATION", rng.choice(pools.HOSPITALS)), "badge": span("ID", digits(rng, 6)),
        "date": date_past(rng), "phone": phone(rng),
        "accession": span("ID", f"{rng.randint(1952, 2024)}.{rng.randint(1, 80)}.{rng.randint(1, 400)}"),
        "rehab": span("LOCATION", rng.choice(pools.REHAB_CENTERS)), "animal": animal, "animal_a": ("an " if animal[0] in "aeiou" else "a ") + animal, "animal_name": span("NAME", animal_name),
        "intake": span("ID", f"{rng.choice([25, 26])}-{rng.randint(100, 2400)}"),
        "permit": span("ID", f"MB{digits(rng, 6)}-{rng.randint(0, 9)}"),
        "word_town": span("LOCATION", rng.choice(pools.WORD_TOWNS)), "town": span("LOCATION", rng.choice(pools.TOWNS)),
        "post": span("LOCATION", rng.choice(pools.EMBASSY_POSTS)), "age_old": age_over_89(rng, p.sex),
        "age_years": age_alone(rng, p.sex),
        "medevac": span("ID", f"MED-{rng.choice([25, 26])}-{digits(rng, 4)}"), "dip_passport": span("ID", "9" + digits(rng, 8)),
        "clearance": span("ID", f"MC-{digits(rng, 6)}"),
        "apiary": span("LOCATION", rng.choice(pools.APIARIES)), "bee_yard": rng.choice(pools.BEE_YARDS),
        "hive": span("ID", str(rng.randint(2, 48))), "apiary_reg": span("ID", f"{rng.choice(['VA', 'NC', 'OR', 'PA'])}-{digits(rng, 4)}"),
        "dig_site": span("LOCATION", rng.choice(pools.DIG_SITES)), "trench": span("ID", trench),
        "find": span("ID", f"{rng.choice(['HC', 'TH', 'PE', 'KB'])}{rng.choice([25, 26])}-{digits(rng, 4)}"),
        "newsroom": place("LOCATION", rng.choice(pools.NEWSROOMS)), "press_pass": span("ID", f"PP-{digits(rng, 5)}"),
        "station": span("LOCATION", rng.choice(pools.BROADCASTERS)),
    })


def ids_agree_with_post(fields):
    """Second reading: an intake, medevac or find number drawn with one year beside a date of the other year read as a
    slip (an animal taken in during 2026 biting someone in 2025), and a find number's site code could name another
    dig. The random draws stay as they were, so every other post rebuilds byte for byte; only these ids follow the
    post's dated year and dig site."""
    year = re.search(r"\b20(2[56])\b|/(2[56])\]\]", fields["date"])
    # Third reading: a date with no year ("opened Mar 3") reads as this year in posts written in December 2026, so
    # the id follows 2026 too (r50-gen-009's "MED-25-9046 opened Mar 3" read as a slip).
    yy = (year.group(1) or year.group(2)) if year else "26"
    fields["intake"] = re.sub(r"ID:\d\d-", f"ID:{yy}-", fields["intake"])
    fields["medevac"] = re.sub(r"MED-\d\d-", f"MED-{yy}-", fields["medevac"])
    fields["find"] = re.sub(r"ID:([A-Z]{2})\d\d-", rf"ID:\g<1>{yy}-", fields["find"])
    site = fields["dig_site"][len("[[LOCATION:"):-len("]]")]
    fields["find"] = re.sub(r"ID:[A-Z]{2}", f"ID:{pools.FIND_PREFIXES[site]}", fields["find"])
    return fields


def clean_fields(rng):
    trap1, trap2 = rng.sample(templates.CLEAN_TRAPS, 2)
    return {"trap1": trap1, "trap2": trap2, "setting_word": rng.choice(templates.SETTING_WORDS),
            "age_under": str(rng.randint(19, 84)), "temp": rng.choice(["100.9", "101.4", "102.2", "103.1"])}


def fill(rng, template, fields_of, post_id):
    """Fill a template, redrawing (up to 20 times) when a clinical term would touch an identifier."""
    for _ in range(20):
        post = goldmarkup.record(post_id, template.format(**fields_of(rng)))
        if not goldmarkup.term_touches_identifier(post):
            return post
    raise ValueError(f"{post_id}: every draw put a clinical term against an identifier")


def build():
    rng = random.Random(SEED)
    jobs = [(t, draw_fields) for t in templates.TEMPLATES for _ in range(2)]
    jobs += [(t, clean_fields) for t in templates.CLEAN for _ in range(2)]
    rng.shuffle(jobs)
    generated = [fill(rng, t, f, f"r50-gen-{i:03d}") for i, (t, f) in enumerate(jobs)]
    hand = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r50-hand-")
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in hand + generated)


if __name__ == "__main__":
    out = HERE / "round50.jsonl"
    text = build()
    if "--check" in sys.argv:
        if out.read_text(encoding="utf-8") != text:
            sys.exit("round50.jsonl differs from what generate.py builds")
        print("round50.jsonl rebuilds byte for byte")
    else:
        out.write_text(text, encoding="utf-8")
        print(f"wrote {text.count(chr(10))} posts")
