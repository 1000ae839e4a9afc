"""Writes round14.jsonl (decision 109): hand-written.txt's posts, then posts drawn from templates.py.

`python3 generate.py` writes the file; `python3 generate.py --check` rebuilds it in memory and fails unless it is the
same byte for byte. Offsets are Python string indices; characters outside the BMP are refused so that they are also
C#'s UTF-16 offsets.
"""
import json
import random
import sys
from pathlib import Path

import sources as s
import templates as t
import terms as c
import os

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldmarkup  # noqa: E402  GoldMarkup.Parse, shared by every round's generator

HERE = Path(__file__).parent
SEED = 14109
USES_WITH = 6
USES_WITHOUT = 4


def parse(markup):
    return goldmarkup.parse(markup)


def terms_clear(text, ids, terms):
    for term in terms:
        at = text.find(term)
        while at >= 0:
            if any(i["start"] < at + len(term) and at < i["end"] for i in ids):
                return False
            at = text.find(term, at + 1)
    return True


def tag(kind, value):
    return f"[[{kind}:{value}]]"


class Draw:
    """One post's slot values: the same slot name is the same draw within a post."""

    def __init__(self, rng):
        self.rng = rng
        self.values = {}
        self.person = {}

    def pick(self, items):
        return self.rng.choice(items)

    def people(self, key):
        if key not in self.person:
            self.person[key] = self.pick(s.PEOPLE)
        return self.person[key]

    def slot(self, name):
        if name not in self.values:
            base = name.rstrip("0123456789")
            key = name[len(base):] or "1"
            self.values[name] = getattr(self, "slot_" + base)(key)
        return self.values[name]

    # people
    def slot_name(self, k):
        g, f = self.people(k)
        form = self.rng.randrange(6)
        value = [f"{g} {f}", f"{f}, {g}", f"{f.upper()}, {g.upper()}", f"{g} {f}".lower(), f"{g} {f}", f"{g} {f}"][form]
        return tag("NAME", value)

    def slot_full(self, k):
        g, f = self.people(k)
        return tag("NAME", f"{g} {f}")

    def slot_rev(self, k):
        g, f = self.people(k)
        return tag("NAME", f"{f}, {g}")

    def slot_given(self, k):
        return tag("NAME", self.people(k)[0])

    def slot_sur(self, k):
        return tag("NAME", self.people(k)[1])

    def slot_ehrname(self, k):
        g, f = self.people(k)
        return tag("NAME", f"{f.upper()}, {g.upper()}")

    def slot_capsname(self, k):
        g, f = self.people(k)
        return tag("NAME", f"{g} {f}".upper())

    def slot_lowername(self, k):
        g, f = self.people(k)
        return tag("NAME", f"{g} {f}".lower())

    def slot_nick(self, k):
        return tag("NAME", self.pick(s.NICKNAMES))

    def slot_misspelt(self, k):
        return tag("NAME", self.pick(s.MISSPELT))

    def slot_title(self, k):
        return self.pick(s.TITLES)

    def slot_staff(self, k):
        return tag("NAME", f"{self.pick(s.STAFF_GIVEN)} {self.pick(s.STAFF_SURNAME)}")

    def slot_staff_given(self, k):
        return tag("NAME", self.pick(s.STAFF_GIVEN))

    def slot_staff_sur(self, k):
        return tag("NAME", self.pick(s.STAFF_SURNAME))

    def slot_handle(self, k):
        return tag("NAME", self.pick(s.HANDLES))

    # places
    def slot_town(self, k):
        town, state = self.pick(s.TOWNS)
        return tag("LOCATION", town) + ", " + state if self.rng.random() < 0.6 else tag("LOCATION", town)

    def slot_street(self, k):
        return tag("LOCATION", self.pick(s.STREETS))

    def slot_landmark(self, k):
        # A chain store or club names a place in a small town; a generic noun ("feed store") does not, so only its town is labelled.
        place = self.pick(s.LANDMARKS)
        named = place if place in s.GENERIC_LANDMARKS else tag("LOCATION", place)
        return named + " in " + tag("LOCATION", self.pick(s.TOWNS)[0])

    def slot_school(self, k):
        return tag("LOCATION", self.pick(s.SCHOOLS))

    def slot_workplace(self, k):
        place = self.pick(s.WORKPLACES)
        town = tag("LOCATION", self.pick(s.TOWNS)[0])
        if place.split()[1] in ("Tyson", "JBS", "Cargill", "Nucor", "Amazon", "Toyota", "Walmart"):
            return "the " + tag("LOCATION", place[4:]) + " in " + town
        return place + " in " + town

    def slot_fac(self, k):
        return tag("LOCATION", self.pick(s.FACILITIES))

    def abroad(self, k):
        key = "abroad#" + k
        if key not in self.values:
            self.values[key] = self.pick(s.ABROAD)
        return self.values[key]

    def slot_abroad(self, k):
        return tag("LOCATION", self.abroad(k)[0])

    def slot_abroad_phone(self, k):
        return tag("PHONE", self.abroad(k)[1])

    # numbers and contacts
    def digits(self, n):
        return "".join(self.pick("0123456789") for _ in range(n))

    def letters(self, n):
        return "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def slot_phone(self, k):
        return tag("PHONE", self.pick(s.US_PHONES))

    def slot_fax_phone(self, k):
        return tag("PHONE", f"({self.digits(3)}) 555-{self.digits(4)}")

    def slot_email(self, k):
        return tag("EMAIL", self.pick(s.EMAILS))

    def slot_url(self, k):
        return tag("URL", self.pick(s.URLS))

    def slot_ip(self, k):
        return tag("IP", self.pick(s.IPS))

    def slot_mrn(self, k):
        return tag("ID", self.pick([self.digits(8), "00" + self.digits(6), "E" + self.digits(7), self.digits(3) + "-" + self.digits(4)]))

    def slot_member(self, k):
        return tag("ID", self.pick([self.letters(1) + self.digits(9), self.letters(3) + self.digits(9), self.digits(9), self.digits(2) + self.letters(1) + self.digits(7)]))

    def slot_mbi(self, k):
        return tag("ID", f"{self.digits(1)}{self.letters(2)}{self.digits(1)}-{self.letters(2)}{self.digits(1)}-{self.letters(2)}{self.digits(2)}")

    def slot_group(self, k):
        return tag("ID", self.pick(["00" + self.digits(5), self.letters(2) + self.digits(5), self.digits(6)]))

    def slot_rx(self, k):
        return tag("ID", self.pick([self.digits(7), self.digits(4) + "-" + self.digits(4)]))

    def slot_pa(self, k):
        return tag("ID", self.pick([f"{self.digits(4)}-{self.digits(3)}-{self.digits(2)}", "PA" + self.digits(8), self.letters(2) + self.digits(6)]))

    def slot_claim(self, k):
        return tag("ID", self.pick([self.digits(2) + self.letters(1) + self.digits(9), self.digits(13)]))

    def slot_bed(self, k):
        return tag("ID", self.pick([self.digits(2) + self.pick("ABCD"), "4W-" + self.digits(2), "H" + self.digits(1), self.digits(3) + "-" + self.pick("12"), "ICU " + self.digits(2), "5N" + self.digits(2)]))

    def slot_plate(self, k):
        return tag("ID", self.pick([self.digits(1) + self.letters(3) + self.digits(3), self.digits(3) + " " + self.letters(3), self.letters(3) + "-" + self.digits(4), "1FT" + self.letters(2) + self.digits(2) + "E5" + self.digits(1) + self.letters(3) + self.digits(5)]))

    # dates and ages
    def slot_dateword(self, k):
        return tag("DATE", self.pick(["the fourth of July", "Xmas eve", "Christmas Eve", "New Year's Day", "the day after Thanksgiving",
                                      "Mother's Day", "Good Friday", "Halloween", "Valentine's Day", "Labor Day", "the 3rd of March",
                                      "March third", "the twenty-first of June", "St. Patrick's Day", "Super Bowl Sunday", "Memorial Day"]))

    def slot_daterel(self, k):
        return tag("DATE", self.pick(["Easter 2023", "June of last year", "Thanksgiving '22", "March 2024", "Christmas of 2019",
                                      "Labor Day weekend 2024", "July of '23", "New Year's 2025", "last October",
                                      "this past Fourth of July", "August of 2021", "Mardi Gras 2025"]))

    def slot_daydate(self, k):
        lead = self.pick(["last ", "on ", "", "this past "])
        return lead + tag("DATE", self.pick(["Tues the 14th", "Sunday the 2nd", "Fri the 21st", "Wed. the 9th", "Monday the 30th", "Thurs 11/6"]))

    def slot_datenum(self, k):
        return tag("DATE", self.pick([f"{self.rng.randint(1, 12)}/{self.rng.randint(1, 28)}", f"{self.rng.randint(1, 12)}/{self.rng.randint(1, 28)}/2026",
                                      f"2025-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}", f"{self.rng.randint(1, 28):02d}Nov2025",
                                      f"Oct {self.rng.randint(1, 31)}"]))

    def slot_dob(self, k):
        return tag("DATE", f"{self.rng.randint(1, 12):02d}/{self.rng.randint(1, 28):02d}/19{self.rng.randint(22, 35)}")

    def slot_age(self, k):
        return tag("AGE", str(self.rng.randint(90, 104)))

    def slot_agew(self, k):
        return tag("AGE", self.pick(["ninety", "ninety-one", "ninety-three", "ninety-six", "ninety-eight", "hundred-and-one"]))

    # clinical words
    def slot_dx(self, k):
        return f"<<{self.pick(c.DX)}>>"

    def slot_med(self, k):
        return f"<<{self.pick(c.MED)}>>"

    def slot_brand(self, k):
        return f"<<{self.pick(c.BRAND)}>>"

    def slot_proc(self, k):
        return f"<<{self.pick(c.PROC)}>>"

    def slot_trial(self, k):
        return f"<<{self.pick(c.TRIAL)}>>"

    def slot_sign(self, k):
        return f"<<{self.pick(c.SIGN)}>>"

    def slot_guideline(self, k):
        return self.pick(c.GUIDELINE)

    def slot_lab(self, k):
        at = self.rng.randrange(len(c.LAB))
        return f"<<{c.LAB[at]}>> {c.LAB_VALUES[at]}"


def fill(template, draw):
    out, i = [], 0
    while i < len(template):
        if template[i] == "{":
            close = template.index("}", i)
            out.append(draw.slot(template[i + 1:close]))
            i = close + 1
        else:
            out.append(template[i])
            i += 1
    return "".join(out).replace("\\n", "\n")


def record(post_id, markup):
    text, ids, terms = parse(markup)
    if any(ord(ch) > 0xFFFF for ch in text):
        raise ValueError(f"{post_id}: a character outside the BMP would shift C#'s offsets")
    return {"id": post_id, "text": text, "identifiers": ids, "clinicalTerms": terms}


def hand_written():
    lines = [l for l in (HERE / "hand-written.txt").read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    return [record(f"r14-hand-{n:03d}", l.replace("\\n", "\n")) for n, l in enumerate(lines)]


def generated():
    rng = random.Random(SEED)
    jobs = [(tpl, True) for tpl in t.WITH_IDENTIFIERS for _ in range(USES_WITH)]
    jobs += [(tpl, False) for tpl in t.WITHOUT_IDENTIFIERS for _ in range(USES_WITHOUT)]
    rng.shuffle(jobs)
    posts = []
    for n, (tpl, with_ids) in enumerate(jobs):
        for _ in range(100):
            post = record(f"r14-gen-{n:03d}", fill(tpl, Draw(rng)))
            if terms_clear(post["text"], post["identifiers"], post["clinicalTerms"]):
                break
        else:
            raise ValueError(f"r14-gen-{n:03d}: no draw keeps its clinical terms clear of identifiers")
        assert bool(post["identifiers"]) == with_ids, tpl
        posts.append(post)
    return posts


def render():
    posts = hand_written() + generated()
    for post in posts:
        assert terms_clear(post["text"], post["identifiers"], post["clinicalTerms"]), post["id"]
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    out = HERE / "round14.jsonl"
    body = render()
    if "--check" in sys.argv:
        same = out.read_text(encoding="utf-8") == body
        print("round14.jsonl matches its sources" if same else "round14.jsonl differs from its sources")
        sys.exit(0 if same else 1)
    out.write_text(body, encoding="utf-8")
    print(f"wrote {body.count(chr(10))} posts")
