"""Builds round10.jsonl from hand-written.txt and seeded templates (decision 071).

Run from this folder: python3 generate.py. The output is the same byte for byte on every run (seed 10071).
Prints counts only.
"""
import collections
import json
import random
import re
import string
import unicodedata

import sources as S
import templates as T
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldmarkup  # noqa: E402  GoldMarkup.Parse, shared by every round's generator

SEED = 10071
REPEATS_WITH_IDENTIFIERS = 6
REPEATS_CLEAN = 4


def parse(markup):
    return goldmarkup.parse(markup)


def term_inside_identifier(text, ids, terms):
    for term in terms:
        at = text.find(term)
        while at >= 0:
            if any(s["start"] < at + len(term) and at < s["end"] for s in ids):
                return True
            at = text.find(term, at + 1)
    return False


def ascii_slug(value):
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


class Slots:
    """Draws one post's slot values; a town and its state are drawn once per post so they agree."""

    def __init__(self, rng):
        self.r = rng
        self.town, self.state = rng.choice(S.TOWNS)
        self.fcity_pair = rng.choice(S.FOREIGN)
        conds = rng.sample(S.CONDITIONS, 2)
        brands = rng.sample(S.BRANDS, 2)
        epos = rng.sample(S.EPONYMS, 2)
        self.fixed = {
            "town": f"[[LOCATION:{self.town}]]", "st": self.state,
            "fcity": f"[[LOCATION:{self.fcity_pair[0]}]]", "fzip": f"[[ZIP:{self.fcity_pair[1]}]]",
            "cond": f"<<{conds[0]}>>", "cond2": f"<<{conds[1]}>>",
            "brand": f"<<{brands[0]}>>", "brand2": f"<<{brands[1]}>>",
            "epo": f"<<{epos[0]}>>", "epo2": f"<<{epos[1]}>>",
        }
        self.last_person = None

    def value(self, slot):
        if slot in self.fixed:
            return self.fixed[slot]
        return getattr(self, "slot_" + slot)()

    def _given(self):
        return self.r.choice(S.GIVEN if self.r.random() < 0.6 else S.GIVEN_WORDS)

    def _surname(self):
        return self.r.choice(S.SURNAMES if self.r.random() < 0.5 else S.SURNAME_WORDS)

    def slot_name(self):
        r = self.r
        given, sur = self._given(), self._surname()
        self.last_person = (given, sur)
        shape = r.randrange(9)
        if shape == 0:
            return f"[[NAME:{sur}, {given}]]"
        if shape == 1:
            return f"[[NAME:{given[0]}.{r.choice(string.ascii_uppercase)}. {sur}]]"
        if shape == 2:
            return f"{r.choice(['Dr', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Nurse'])} [[NAME:{sur}]]"
        if shape == 3:
            return f"[[NAME:{given} \"{r.choice(S.NICKNAMES)}\" {sur}]]"
        if shape == 4:
            return f"Dr [[NAME:{given} {sur}]]"
        if shape == 5:
            return f"[[NAME:{given} {r.choice(S.SURNAME_WORDS)}-{r.choice(S.SURNAMES)}]]"
        return f"[[NAME:{given} {sur}]]"

    def slot_given(self):
        return f"[[NAME:{self._given()}]]"

    def slot_wgiven(self):
        return f"[[NAME:{self.r.choice(S.GIVEN_WORDS)}]]"

    def slot_sur(self):
        return f"[[NAME:{self._surname()}]]"

    def slot_wsur(self):
        return f"[[NAME:{self.r.choice(S.SURNAME_WORDS)}]]"

    def slot_initials(self):
        a, b = self.r.sample(string.ascii_uppercase, 2)
        return f"[[NAME:{a}.{b}.]]" if self.r.random() < 0.6 else f"[[NAME:{a}{b}]]"

    def slot_gwsur(self):
        return f"[[NAME:{self._given()} {self.r.choice(S.SURNAME_WORDS)}]]"

    def slot_wgsur(self):
        return f"[[NAME:{self.r.choice(S.GIVEN_WORDS)} {self._surname()}]]"

    def slot_wwname(self):
        return f"[[NAME:{self.r.choice(S.GIVEN_WORDS)} {self.r.choice(S.SURNAME_WORDS)}]]"

    def slot_initsur(self):
        a, b = self.r.sample(string.ascii_uppercase, 2)
        return f"[[NAME:{a}.{b}. {self._surname()}]]" if self.r.random() < 0.5 else f"[[NAME:{a}. {b}. {self._surname()}]]"

    def slot_decade(self):
        return f"{self.r.randint(2, 8)}0s"

    def slot_county(self):
        return f"[[LOCATION:{self.r.choice(S.COUNTIES)}]]"

    def slot_abroad(self):
        return f"[[LOCATION:{self.r.choice(S.FOREIGN_CITIES)}]]"

    def slot_mil(self):
        unit, box, code, zip_code = self.r.choice(S.MILITARY)
        line = f"{unit}, {box}" if box else unit
        return f"[[ADDRESS:{line}]], {code} [[ZIP:{zip_code}]]"

    def slot_street(self):
        return f"[[ADDRESS:{self.r.randint(2, 48999)} {self.r.choice(S.STREETS)}]]"

    def slot_zip(self):
        return f"[[ZIP:{self.r.randint(1000, 99950):05d}]]"

    def slot_age(self):
        n = self.r.randint(90, 106)
        return self.r.choice([f"[[AGE:{n}]]yo", f"[[AGE:{n}]]F", f"[[AGE:{n}]]M", f"[[AGE:{n}]] y/o", f"aged [[AGE:{n}]]",
                              f"[[AGE:{n}]]-year-old", f"a [[AGE:{n}]] yr old", f"[[AGE:{n}]] yrs"])

    def slot_young(self):
        n = self.r.randint(1, 88)
        return self.r.choice([f"{n}yo", f"{n}F", f"{n}M", f"{n} y/o", f"{n}"])

    def slot_date(self):
        r = self.r
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1925, 2026)
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"]
        suffix = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        forms = [f"{d:02d}.{m:02d}.{y}", f"{m}/{d}/{y % 100:02d}", f"{m}/{d}/{y}", f"{d}{suffix} of {months[m - 1]}",
                 f"{months[m - 1]} {d}{suffix}", f"{y}-{m:02d}-{d:02d}", f"{d} {months[m - 1][:3]} {y}",
                 f"{months[m - 1][:3]}. {d}", f"{r.choice(['Christmas Eve', 'New Year’s Day', 'Halloween', 'Boxing Day'])} {y}",
                 f"{months[m - 1]} {d}, {y}"]
        return f"[[DATE:{r.choice(forms)}]]"

    def _digits(self):
        area = self.r.choice(["406", "907", "307", "605", "701", "208", "870", "606", "276", "575"])
        last = f"01{self.r.randint(0, 99):02d}"
        return self.r.choice([f"({area}) 555-{last}", f"{area}.555.{last}", f"{area}-555-{last}", f"+1 {area} 555 {last}"])

    def slot_phone(self):
        return f"[[PHONE:{self._digits()}]]"

    def slot_pager(self):
        return f"[[PHONE:{self._digits()}]]"

    def slot_fax(self):
        return f"[[FAX:{self._digits()}]]"

    def slot_mrn(self):
        r = self.r
        return "[[MRN:" + r.choice([f"{r.randint(0, 99999999):08d}", f"A-{r.randint(1000000, 9999999)}",
                                    f"MR{r.randint(100000, 999999)}", f"{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}"]) + "]]"

    def slot_ssn(self):
        a, b, c = self.r.randint(100, 665), self.r.randint(10, 99), self.r.randint(1000, 9999)
        return f"[[SSN:{a}-{b}-{c}]]" if self.r.random() < 0.6 else f"[[SSN:{a} {b} {c}]]"

    def slot_npi(self):
        return f"[[ID:{self.r.choice('12')}{self.r.randint(0, 999999999):09d}]]"

    def slot_dea(self):
        letter = (self.last_person[1] if self.last_person else "X")[0].upper()
        letter = letter if letter in string.ascii_uppercase else "X"
        return f"[[ID:{self.r.choice('ABFM')}{letter}{self.r.randint(0, 9999999):07d}]]"

    def slot_lic(self):
        r = self.r
        return "[[ID:" + r.choice([f"MD-{r.randint(10000, 99999):06d}", f"G {r.randint(10000, 99999)}",
                                   f"ME.{r.randint(0, 9999999):07d}", f"DO{r.randint(1000, 9999)}"]) + "]]"

    def slot_plate(self):
        r = self.r
        letters = "".join(r.choices("ABCDEFGHJKLMNPRSTUVWXYZ", k=3))
        return "[[PLATE:" + r.choice([f"{r.randint(1, 9)}{letters}{r.randint(100, 999)}", f"{letters} {r.randint(1000, 9999)}",
                                      f"{letters}-{r.randint(100, 999)}", f"{r.randint(1, 99)}-{letters[:1]}{r.randint(1000, 9999)}"]) + "]]"

    def slot_serial(self):
        r = self.r
        return "[[DEVICE:" + r.choice([f"SN {r.randint(1000, 9999)}-{''.join(r.choices(string.ascii_uppercase, k=2))}-{r.randint(1000, 9999)}",
                                       f"{''.join(r.choices(string.ascii_uppercase, k=3))}{r.randint(100000, 999999)}{r.choice('SKX')}",
                                       f"serial {r.randint(10, 99)}{r.choice('ABCDEF')}{r.randint(10000, 99999)}"]) + "]]"

    def slot_email(self):
        given, sur = self.last_person or (self._given(), self._surname())
        domain = self.r.choice(["frontiermed.net", "ruralhealthcoop.org", "outlook.com", "protonmail.com", "yahoo.com",
                                "gmail.com", "valleycriticalaccess.org"])
        local = self.r.choice([f"{ascii_slug(given)}.{ascii_slug(sur)}", f"{ascii_slug(given)[:1]}{ascii_slug(sur)}",
                               f"dr{ascii_slug(sur)}{self.r.randint(1, 99)}"])
        return f"[[EMAIL:{local}@{domain}]]"

    def slot_url(self):
        slug = ascii_slug(self.town)
        return f"[[URL:{self.r.choice(['https://', 'http://', ''])}www.{slug}{self.r.choice(['clinic', 'health', 'med'])}.org/{self.r.choice(['slides', 'team', 'docs/trial'])}]]"

    def slot_ip(self):
        r = self.r
        return f"[[IP:{r.choice(['10', '172', '192', '73', '98'])}.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}]]"

    def slot_trial(self):
        return f"<<{self.r.choice(S.TRIALS)}>>"

    def slot_dept(self):
        return f"<<{self.r.choice(S.DEPARTMENTS)}>>"

    def slot_weekday(self):
        return self.r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "weekend"])


def fill(template, rng):
    slots = Slots(rng)
    return re.sub(r"\{(\w+)\}", lambda m: slots.value(m.group(1)), template)


def hand_written():
    posts = []
    with open("hand-written.txt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                posts.append(line.replace("\\n", "\n"))
    return posts


def main():
    rng = random.Random(SEED)
    rows = []
    for n, markup in enumerate(hand_written()):
        text, ids, terms = parse(markup)
        assert not term_inside_identifier(text, ids, terms), f"hand {n}: a term sits inside an identifier"
        assert "[[" not in text and "<<" not in text and "{" not in text, f"hand {n}: broken markup"
        rows.append({"id": f"r10-hand-{n:03d}", "text": text, "identifiers": ids, "clinicalTerms": terms})

    plan = [t for t in T.WITH_IDENTIFIERS for _ in range(REPEATS_WITH_IDENTIFIERS)] + \
           [t for t in T.CLEAN for _ in range(REPEATS_CLEAN)]
    rng.shuffle(plan)
    use = collections.Counter()
    for n, template in enumerate(plan):
        for _ in range(50):
            text, ids, terms = parse(fill(template, rng))
            if not term_inside_identifier(text, ids, terms):
                break
        else:
            raise SystemExit(f"gen {n}: no draw without a term inside an identifier")
        use[template] += 1
        rows.append({"id": f"r10-gen-{n:03d}", "text": text, "identifiers": ids, "clinicalTerms": terms})

    with open("round10.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    types = collections.Counter(i["type"] for r in rows for i in r["identifiers"])
    hand = [r for r in rows if r["id"].startswith("r10-hand-")]
    print("posts", len(rows), "hand", len(hand), "generated", len(rows) - len(hand))
    print("identifiers", sum(types.values()), dict(types.most_common()))
    print("identifier-free", sum(1 for r in rows if not r["identifiers"]),
          "hand", sum(1 for r in hand if not r["identifiers"]))
    print("clinical terms", sum(len(r["clinicalTerms"]) for r in rows))
    print("templates", len(use), "max posts per template", max(use.values()),
          f"({max(use.values()) / len(rows):.1%})")


if __name__ == "__main__":
    main()
