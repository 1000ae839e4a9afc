"""Builds round51.jsonl (decision 344): the hand-written posts, then 70 generated posts (each template drawn twice,
shuffled) from seed 51344. `python3 generate.py --check` rebuilds the set in memory and fails unless the file is equal.
"""
import datetime
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402
import pools  # noqa: E402
import templates  # noqa: E402

SEED = 51344
TODAY = datetime.date(2026, 12, 7)
AREA_CODES = ["305", "410", "206", "843", "808", "251", "207", "617", "619", "409", "228", "906"]
TAG_HEADS = ["Frost", "Pixel", "Venom", "Lunar", "Turbo", "Static", "Ember", "Quasar"]
TAG_TAILS = ["Fang", "Byte", "Howl", "Ghost", "Drift", "Spark", "Vandal", "Mantis"]
KIN = {"child": {"M": "son", "F": "daughter"}, "parent": {"M": "father", "F": "mother"},
       "sib": {"M": "brother", "F": "sister"}}
AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}


class Person:
    def __init__(self, rng, taken, culture=None, sex=None, surname=None):
        self.culture = culture or rng.choice(pools.CULTURES)
        name, men, women, surnames = self.culture
        self.sex = sex or rng.choice("MF")
        given_pool = [g for g in (men if self.sex == "M" else women) if g not in taken]
        self.given = rng.choice(pools.WORD_GIVEN[self.sex]) if rng.random() < 1 / 6 else rng.choice(given_pool)
        if self.given in taken:
            self.given = rng.choice(given_pool)
        base = surname or (rng.choice(pools.WORD_SURNAMES) if rng.random() < 1 / 7 else rng.choice(surnames))
        self.base_surname = base
        self.surname = base + "a" if self.sex == "F" and name in pools.MARKED_BY_SEX and base[-2:] in ("ov", "ev") else base
        taken.update({self.given, self.surname})

    def fields(self, key):
        g, s = self.given, self.surname
        he, his, him = ("he", "his", "him") if self.sex == "M" else ("she", "her", "her")
        return {key: f"[[NAME:{g}]] [[NAME:{s}]]", f"{key}_g": f"[[NAME:{g}]]", f"{key}_s": f"[[NAME:{s}]]",
                f"{key}_sg": f"[[NAME:{s}]], [[NAME:{g}]]", f"{key}_lc": f"[[NAME:{g.lower()}]] [[NAME:{s.lower()}]]",
                f"{key}_init": f"[[NAME:{g[0]}]]. [[NAME:{s}]]", f"{key}_he": he, f"{key}_his": his, f"{key}_him": him,
                f"{key}_email": f"[[EMAIL:{ascii_word(g)}.{ascii_word(s)}@example.com]]"}


def ascii_word(word):
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def digits(rng, count):
    return "".join(rng.choice("0123456789") for _ in range(count))


def date_text(rng, ahead):
    if ahead:
        day = TODAY + datetime.timedelta(days=rng.randint(2, 110))
    else:
        day = TODAY - datetime.timedelta(days=rng.randint(3, 420))
    shapes = ["%b %-d, %Y", "%-m/%-d/%Y", "%B %-d, %Y", "%-d %b %Y", "%Y-%m-%d"]
    if day.year == 2026:
        shapes += ["%b %-d", "%-m/%-d", "%B %-d"]
    return f"[[DATE:{day.strftime(rng.choice(shapes))}]]"


def phone(rng):
    area, line = rng.choice(AREA_CODES), "01" + digits(rng, 2)
    return "[[PHONE:" + rng.choice([f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}"]) + "]]"


def place(rng, pool):
    return f"[[LOCATION:{rng.choice(pool)}]]"


def year_of(date_field):
    """The year a drawn date reads as: its own, or this year when it has none (the posts are dated December 2026)."""
    found = re.search(r"\d{4}", date_field)
    return int(found.group()) if found else TODAY.year


def draws(rng, patient_sex):
    age = rng.randint(90, 104)
    word_age = rng.randint(90, 99)
    values = {
        "young": str(rng.randint(19, 68)), "depth": str(rng.choice([45, 60, 72, 85, 95, 100, 110, 118, 130])),
        "age_num": rng.choice([f"[[AGE:{age}]]", f"[[AGE:{age}]]{patient_sex}", f"[[AGE:{age}]] y/o", f"age [[AGE:{age}]]"]),
        "age_word": f"[[AGE:{AGE_WORDS[word_age]}]]",
        "date_past": date_text(rng, False), "date_ahead": date_text(rng, True), "phone": phone(rng),
        "cert": f"[[ID:{digits(rng, 4)}-{digits(rng, 3)}]]", "dan": f"[[ID:{digits(rng, 7)}]]",
        "hbo": f"[[ID:HBO-{rng.choice(['25', '26'])}-{digits(rng, 4)}]]", "mrn": f"[[ID:{digits(rng, 9)}]]",
        "sail": f"[[ID:USA {digits(rng, 5)}]]", "slip": f"[[ID:{rng.choice('ABCDEFG')}-{rng.randint(1, 48)}]]",
        "tag": f"[[ID:{rng.choice(TAG_HEADS)}{rng.choice(TAG_TAILS)}{rng.choice(['_', ''])}{rng.randint(1, 99)}]]",
        "player": f"[[ID:{rng.choice(['NA', 'EU', 'BR'])}-{digits(rng, 6)}]]", "uscf": f"[[ID:{digits(rng, 8)}]]",
        "fide": f"[[ID:{digits(rng, 7)}]]", "acbl": f"[[ID:{rng.choice('JKLMNPQR')}{digits(rng, 6)}]]",
        "student": f"[[ID:{rng.choice(['ST', 'B'])}-{digits(rng, 5)}]]", "room": f"[[ID:{rng.randint(101, 340)}]]",
        "bed": f"[[ID:{rng.randint(1, 8)}]]",
        "town": place(rng, pools.TOWNS), "shop": place(rng, pools.DIVE_SHOPS), "site": place(rng, pools.DIVE_SITES),
        "chamber": place(rng, pools.CHAMBERS), "boat": place(rng, pools.BOATS), "marina": place(rng, pools.MARINAS),
        "yc": place(rng, pools.YACHT_CLUBS), "school": place(rng, pools.SCHOOLS), "house": place(rng, pools.HOUSES),
        "team": place(rng, pools.TEAMS), "chess": place(rng, pools.CHESS_CLUBS), "bridge": place(rng, pools.BRIDGE_CLUBS),
        "hosp": place(rng, pools.HOSPITALS),
    }
    # Rewritten after the draws so that the seed's sequence, and every other post, stays as it was (second reading):
    # a chamber log is numbered for the year of the treatment its post dates, a team named in the plural takes a bare
    # apostrophe ("Iron Owls' coach", not "Iron Owls's"), and a wreck takes "the" outside its span.
    values["hbo"] = re.sub(r"HBO-\d\d-", f"HBO-{year_of(values['date_past']) % 100:02d}-", values["hbo"])
    values["team_pos"] = values["team"] + ("'" if values["team"].endswith("s]]") else "'s")
    if values["site"][len("[[LOCATION:"):-len("]]")] in pools.WRECKS:
        values["site"] = "the " + values["site"]
    return values


def people(rng):
    taken = set()
    a, b = Person(rng, taken), Person(rng, taken)
    # The relative shares the patient's culture and family name; `taken` keeps the given name unlike A's and B's.
    k = Person(rng, taken, culture=a.culture, sex=rng.choice("MF"), surname=a.base_surname)
    fields = {**a.fields("A"), **b.fields("B"), **k.fields("K")}
    fields.update({f"K_{kind}": words[k.sex] for kind, words in KIN.items()})
    return fields, (a, b, k)


def word_re(value):
    return re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", re.IGNORECASE)


def touches(post):
    """Redraw-on-touch: a term inside an identifier, or a labelled value found again outside every span."""
    if goldmarkup.term_touches_identifier(post):
        return True
    text, spans = post["text"], post["identifiers"]
    for span in spans:
        value = text[span["start"]:span["end"]]
        if len(value) < 3:
            continue
        for hit in word_re(value).finditer(text):
            if not any(s["start"] <= hit.start() and hit.end() <= s["end"] for s in spans):
                return True
    return False


def generated(rng):
    jobs = [("id", t) for t in templates.IDENTIFIER_TEMPLATES for _ in range(2)]
    jobs += [("clean", t) for t in templates.CLEAN_TEMPLATES for _ in range(2)]
    rng.shuffle(jobs)
    posts, drawn = [], []
    for number, (kind, template) in enumerate(jobs):
        for _ in range(20):
            if kind == "id":
                fields, persons = people(rng)
                fields.update(draws(rng, persons[0].sex))
            else:
                fields = {key: rng.choice(values) for key, values in templates.CLEAN_POOLS.items()}
                fields["cond"], fields["drug"] = fields.pop("pair")
                persons = ()
            post = goldmarkup.record(f"r51-gen-{number:03d}", template.format(**fields))
            if not touches(post) and all(post["text"] != p["text"] for p in posts):
                break
        else:
            raise ValueError(f"r51-gen-{number:03d}: still touching after 20 draws")
        posts.append(post)
        drawn.append(persons)
    return posts, drawn


def build():
    rng = random.Random(SEED)
    hand = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r51-hand-")
    posts, _ = generated(rng)
    return hand + posts


def lines(posts):
    return "".join(json.dumps(post, ensure_ascii=False) + "\n" for post in posts)


if __name__ == "__main__":
    out = HERE / "round51.jsonl"
    text = lines(build())
    if "--check" in sys.argv:
        if out.read_text(encoding="utf-8") != text:
            sys.exit("round51.jsonl differs from what generate.py builds")
        print("round51.jsonl rebuilds byte for byte")
    else:
        out.write_text(text, encoding="utf-8")
        print(f"wrote {len(text.splitlines())} posts")
