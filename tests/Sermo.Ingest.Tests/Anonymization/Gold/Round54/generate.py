"""Builds round54.jsonl (decision 383): the hand-written posts, then each template drawn twice, shuffled, seed 54383.

`python3 generate.py` writes the set; `python3 generate.py --check` rebuilds it in memory and fails unless it equals
the stored file byte for byte. A draw whose clinical term touches an identifier, or whose labelled value is found
again outside every span, is drawn again (up to 20 times), so no post carries an unlabelled copy of a value.
"""
import json
import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldmarkup import hand_written_records, record, term_touches_identifier  # noqa: E402
from pools import AREA_CODES, CULTURES  # noqa: E402
from templates import CLEAN_TEMPLATES, IDENTIFIER_TEMPLATES  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 54383
MONTHS = ["Sept", "Oct", "Nov"]
NAMED_CULTURES = [c for c in CULTURES if c != "word names"]


def ascii_fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c == "-")).lower()


class Draw:
    """One post's random choices: people (culture, sex, names, age), kin, numbers and places."""

    def __init__(self, rng):
        self.rng = rng

    def pick(self, items):
        return self.rng.choice(items)

    def age(self, low, high):
        return self.rng.randint(low, high)

    def num(self, low, high):
        return self.rng.randint(low, high)

    def person(self, age, culture=None, sex=None):
        culture = culture or ("word names" if self.rng.random() < 0.12 else self.pick(NAMED_CULTURES))
        sex = sex or self.pick("MF")
        male, female, surnames = CULTURES[culture]
        surname = self.pick(surnames)[0 if sex == "M" else 1]
        return {"culture": culture, "sex": sex, "given": self.pick(male if sex == "M" else female),
                "surname": surname, "surname_pair": next(s for s in surnames if surname in s), "age": age}

    def kin(self, p):
        """A relative of the patient's culture and family: siblings, cousins, nieces and nephews under 90;
        children and grandchildren only for patients over 89."""
        sex = self.pick("MF")
        male, female, _ = CULTURES[p["culture"]]
        given = self.pick([g for g in (male if sex == "M" else female) if g != p["given"]])
        surname = p["surname_pair"][0 if sex == "M" else 1]
        old = p["age"] >= 90
        words = (["son", "grandson"] if sex == "M" else ["daughter", "granddaughter"]) if old else \
            (["brother", "cousin", "nephew"] if sex == "M" else ["sister", "cousin", "niece"])
        return {"culture": p["culture"], "sex": sex, "given": given, "surname": surname,
                "surname_pair": p["surname_pair"], "age": None, "kin": self.pick(words)}

    @staticmethod
    def kinword(_p, k):
        return k["kin"]

    @staticmethod
    def wrap(word, kind="NAME"):
        return " ".join(f"[[{kind}:{w}]]" for w in word.split())

    def name(self, p):
        return self.wrap(f"{p['given']} {p['surname']}")

    def given_only(self, p):
        return self.wrap(p["given"])

    def lower(self, p):
        return self.wrap(f"{p['given']} {p['surname']}".lower())

    def sg(self, p):
        return f"{self.wrap(p['surname'])}, {self.wrap(p['given'])}"

    def upper_sg(self, p):
        return f"{self.wrap(p['surname'].upper())}, {self.wrap(p['given'].upper())}"

    def initial(self, p):
        return f"[[NAME:{p['given'][0]}.]] {self.wrap(p['surname'])}"

    def other_given(self, p):
        culture = self.pick([c for c in NAMED_CULTURES if c != p["culture"]])
        male, female, _ = CULTURES[culture]
        return self.pick(male if p["sex"] == "M" else female)

    @staticmethod
    def he(p):
        return "he" if p["sex"] == "M" else "she"

    @staticmethod
    def his(p):
        return "his" if p["sex"] == "M" else "her"

    @staticmethod
    def him(p):
        return "him" if p["sex"] == "M" else "her"

    def old_age(self, p):
        words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
                 95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}
        a, letter = p["age"], p["sex"]
        shapes = [f"[[AGE:{a}]]{letter}", f"age [[AGE:{a}]]", f"[[AGE:{a}]] years old", f"[[AGE:{a}]]-year-old"]
        if a in words:
            shapes.append(f"aged [[AGE:{words[a]}]]")
        return self.pick(shapes)

    def phone(self):
        return f"[[PHONE:({self.pick(AREA_CODES)}) 555-01{self.rng.randint(0, 99):02d}]]"

    def email(self, p):
        return f"[[EMAIL:{ascii_fold(p['given'])}.{ascii_fold(p['surname']).replace(' ', '')}@example.net]]"

    def date(self):
        return f"[[DATE:{self.pick(MONTHS)} {self.rng.randint(1, 28)}]]"

    def ident(self, prefix, digits):
        return f"[[ID:{prefix}{self.rng.randint(10 ** (digits - 1), 10 ** digits - 1)}]]"

    @staticmethod
    def loc(place):
        return f"[[LOCATION:{place}]]"

    def term(self, items):
        return f"<<{self.pick(items)}>>"


def value_found_again(post):
    """Whether a labelled value (3+ characters) also occurs outside every span of its post."""
    text, spans = post["text"], post["identifiers"]
    for span in spans:
        value = text[span["start"]:span["end"]]
        if len(value) < 3:
            continue
        at = text.find(value)
        while at >= 0:
            if not any(s["start"] <= at and at + len(value) <= s["end"] for s in spans):
                return True
            at = text.find(value, at + 1)
    return False


def generated(rng):
    posts = []
    for template in IDENTIFIER_TEMPLATES + CLEAN_TEMPLATES:
        for _ in range(2):
            for _ in range(20):
                markup = template(Draw(rng)).replace("\\n", "\n")
                post = record("?", markup)
                if not term_touches_identifier(post) and not value_found_again(post):
                    break
            else:
                raise ValueError(f"{template.__name__}: 20 draws touched")
            posts.append(post)
    rng.shuffle(posts)
    for n, post in enumerate(posts):
        post["id"] = f"r54-gen-{n:03d}"
    return posts


def build():
    hand = hand_written_records(HERE / "hand-written.txt", "r54-hand-")
    posts = hand + generated(random.Random(SEED))
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    text = build()
    target = HERE / "round54.jsonl"
    if "--check" in sys.argv:
        if target.read_text(encoding="utf-8") != text:
            sys.exit("round54.jsonl differs from what generate.py builds")
        print("round54.jsonl rebuilds byte for byte")
    else:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {text.count(chr(10))} posts")
