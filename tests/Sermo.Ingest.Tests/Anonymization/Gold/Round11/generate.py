"""Builds round11.jsonl (decision 080): hand-written.txt first, then the templates of templates.py filled from
sources.py with a fixed seed. Run from this folder: python3 generate.py. Rebuilds the file byte for byte."""
import json
import random

import sources as S
import templates as T
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldmarkup  # noqa: E402  GoldMarkup.Parse, shared by every round's generator

SEED = 11080
USES_WITH_IDENTIFIERS = 6
USES_IDENTIFIER_FREE = 5


def parse(markup):
    return goldmarkup.parse(markup)


def valid(text, ids, terms):
    """Every span well formed; no clinical term (any occurrence) overlaps an identifier; BMP only (C# indices)."""
    if any(ord(c) > 0xFFFF for c in text):
        return False
    for term in terms:
        at = text.find(term)
        while at >= 0:
            if any(s["start"] < at + len(term) and at < s["end"] for s in ids):
                return False
            at = text.find(term, at + 1)
    return all(0 <= s["start"] < s["end"] <= len(text) for s in ids)


class Filler:
    def __init__(self, rng):
        self.r = rng

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def shape(self, pattern):
        out, i = [], 0
        while i < len(pattern):
            if pattern[i] == "{":
                close = pattern.index("}", i)
                key = pattern[i + 1:close]
                out.append(self.r.choice("ABCDEFGHJKLMNPRSTUVWXY") if key == "A" else self.digits(int(key)))
                i = close + 1
            else:
                out.append(pattern[i])
                i += 1
        return "".join(out)

    def culture(self):
        return self.r.choice(S.CULTURES)

    def given(self):
        if self.r.random() < 0.35:
            return self.r.choice(S.WORD_GIVEN)
        return self.r.choice(self.culture()[1])

    def surname(self):
        if self.r.random() < 0.35:
            return self.r.choice(S.WORD_SURNAME)
        return self.r.choice(self.culture()[2])

    def person(self):
        c = self.culture()
        g, s = self.r.choice(c[1]), self.r.choice(c[2])
        if self.r.random() < 0.3:
            g = self.r.choice(S.WORD_GIVEN)
        if self.r.random() < 0.25:
            s = self.r.choice(S.WORD_SURNAME)
        return f"{s} {g}" if c[3] and self.r.random() < 0.7 else f"{g} {s}"

    def date(self, born=False):
        m, d = self.r.randrange(12), self.r.randint(1, 28)
        y = self.r.randint(1929, 1990) if born else self.r.choice([2025, 2026, 2026])
        forms = [f"{m + 1}/{d}", f"{m + 1}/{d}/{y % 100:02d}", f"{d} {S.MONTHS[m]}", f"{S.MONTHS_SHORT[m % 11]} {d}",
                 f"{y}-{m + 1:02d}-{d:02d}", f"{m + 1:02d}.{d:02d}.{y}", f"{S.MONTHS[m]} {d}, {y}", f"{d}-{S.MONTHS_SHORT[m % 11]}-{y}"]
        return self.r.choice(forms)

    def record(self):
        label, pattern = self.r.choice(S.RECORD_SHAPES)
        return f"{label} [[ID:{self.shape(pattern)}]]"

    def town(self):
        return self.r.choice(S.TOWNS)

    def slot(self, key):
        r = self.r
        if key == "PT":
            return f"[[NAME:{self.person()}]]"
        if key == "SN_GN":
            return f"[[NAME:{self.surname()}, {self.given()}]]"
        if key == "GIVEN":
            return f"[[NAME:{self.given()}]]"
        if key == "WGIVEN":
            return f"[[NAME:{r.choice(S.WORD_GIVEN)}]]"
        if key == "SURNAME":
            return f"[[NAME:{self.surname()}]]"
        if key == "WSURNAME":
            return f"[[NAME:{r.choice(S.WORD_SURNAME)}]]"
        if key == "INIT":
            g = self.given()
            return f"[[NAME:{g[0]}.{r.choice('ABCDEFGHJKLMNPRSTW') + '.' if r.random() < 0.5 else ''} {self.surname()}]]"
        if key == "DR":
            return f"Dr. [[NAME:{self.surname()}]]"
        if key == "NICK":
            return f"[[NAME:{r.choice(S.NICKNAMES)}]]"
        if key == "REL":
            return r.choice(S.RELATIONS)
        if key == "TOWN":
            return f"[[LOCATION:{self.town()[0]}]]"
        if key == "TOWNST":
            t = self.town()
            return f"[[LOCATION:{t[0]}]], {t[1]}"
        if key == "ZIP":
            return f"[[LOCATION:{self.digits(5)}]]"
        if key == "STREET":
            return f"[[LOCATION:{r.randint(2, 9899)} {r.choice(S.STREETS)}]]"
        if key == "COUNTY":
            return f"[[LOCATION:{r.choice(S.COUNTIES)}]]"
        if key == "FCITY":
            return f"[[LOCATION:{r.choice(S.FOREIGN_CITIES)}]]"
        if key == "MIL":
            unit, post, zip_code = r.choice(S.MILITARY)
            if not post:
                return f"DPO AE [[LOCATION:{unit.split()[-1]}]]"
            return f"[[LOCATION:{unit}]], {post} [[LOCATION:{zip_code}]]"
        if key == "PHONE":
            return f"[[PHONE:{self.shape(r.choice(S.PHONE_SHAPES))}]]"
        if key == "EMAIL":
            user = self.surname().lower().replace(" ", "").replace("'", "") + r.choice([".", "_", ""]) + self.given().lower()[:4]
            user = user.encode("ascii", "ignore").decode() + self.digits(r.choice([0, 2, 2, 4]))
            return f"[[EMAIL:{user}@{r.choice(S.EMAIL_DOMAINS)}]]"
        if key == "REC":
            return self.record()
        if key == "NPI":
            return f"[[ID:{r.choice('12')}{self.digits(9)}]]"
        if key == "DATE":
            return f"[[DATE:{self.date()}]]"
        if key == "DOB":
            return f"[[DATE:{self.date(born=True)}]]"
        if key == "AGE90":
            return f"[[AGE:{r.randint(90, 104)}]]"
        if key == "ROOM":
            return r.choice([f"rm [[LOCATION:{r.randint(2, 9)}{self.digits(2)}]]", f"Rm [[LOCATION:{r.randint(2, 9)}{self.digits(2)}{r.choice('AB')}]]",
                             f"room [[LOCATION:{r.randint(1, 12)}-{self.digits(2)}]]", f"[[LOCATION:{r.randint(3, 8)}W-{r.randint(1, 32)}]]",
                             f"bed [[LOCATION:{r.randint(2, 9)}{self.digits(2)}-{r.randint(1, 2)}]]"])
        if key == "URL":
            return f"[[URL:https://{r.choice(['mychart', 'portal', 'survey', 'lic'])}.{r.choice(['valleyhealth', 'nmbme', 'stlukesmidstate', 'hopkinsville-md'])}.org/{r.choice(['p', 'pt', 'r'])}/{self.digits(6)}]]"
        if key == "IP":
            return f"[[IP:10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}]]"
        if key == "PLATE":
            return f"[[ID:{self.shape(r.choice(['{1}{A}{A}{A}{3}', '{A}{A}{A}-{4}', '{3} {A}{A}{A}', '{A}{A}{1}-{4}']))}]]"
        pools = {"EPONYM": S.EPONYMS, "SIGN": S.SIGNS, "SCORE": S.SCORES, "BRAND": S.BRANDS, "TRIAL": S.TRIALS,
                 "PLACEDZ": S.PLACE_DISEASES, "PLACETOOL": S.PLACE_NAMED_TOOLS, "DEPT": S.DEPARTMENTS}
        return r.choice(pools[key])

    def fill(self, template):
        out, i = [], 0
        while i < len(template):
            if template[i] == "{":
                close = template.index("}", i)
                out.append(self.slot(template[i + 1:close]))
                i = close + 1
            else:
                out.append(template[i])
                i += 1
        return "".join(out)


def hand_written(path="hand-written.txt"):
    posts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            posts.append(line.replace("\\n", "\n"))
    return posts


def main():
    rows = []
    for n, markup in enumerate(hand_written()):
        text, ids, terms = parse(markup)
        assert valid(text, ids, terms), f"hand {n}: {markup}"
        rows.append((f"r11-hand-{n:03d}", text, ids, terms))
    filler = Filler(random.Random(SEED))
    n = 0
    for templates, uses in ((T.WITH_IDENTIFIERS, USES_WITH_IDENTIFIERS), (T.IDENTIFIER_FREE, USES_IDENTIFIER_FREE)):
        for template in templates:
            for _ in range(uses):
                while True:
                    text, ids, terms = parse(filler.fill(template))
                    if valid(text, ids, terms):
                        break
                rows.append((f"r11-gen-{n:03d}", text, ids, terms))
                n += 1
    with open("round11.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for id_, text, ids, terms in rows:
            f.write(json.dumps({"id": id_, "text": text, "identifiers": ids, "clinicalTerms": terms}, ensure_ascii=False) + "\n")
    print(f"posts {len(rows)}, identifiers {sum(len(r[2]) for r in rows)}, identifier-free {sum(1 for r in rows if not r[2])}, "
          f"hand {sum(1 for r in rows if r[0].startswith('r11-hand-'))}")


if __name__ == "__main__":
    main()
