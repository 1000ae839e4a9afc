"""Builds round12.jsonl (issue #14, decision 089): the hand-written posts of hand-written.txt (ids r12-hand-NNN), then
posts generated from templates.py and sources.py with a fixed seed (ids r12-gen-NNN). Run from anywhere:
    python3 generate.py            # rewrites round12.jsonl byte for byte
    python3 generate.py --check    # fails if round12.jsonl differs from what it would write
The markup is GoldMarkup's: [[TYPE:text]] an identifier, <<term>> a clinical term. Offsets are UTF-16 code units
(the C# loader's), so only characters of the Basic Multilingual Plane are allowed."""
import json
import os
import random
import re
import sys
import unicodedata

import sources as S
import templates as T

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldmarkup  # noqa: E402  GoldMarkup.Parse, shared by every round's generator

SEED = 12089
HERE = os.path.dirname(os.path.abspath(__file__))
USES_WITH = 6
USES_WITHOUT = 4
LANGUAGES = ["Polish", "Yoruba", "Urdu", "Farsi", "Mandarin", "Japanese", "Spanish", "Tongan", "Samoan", "Romanian",
             "Ukrainian", "Arabic", "Igbo", "Czech"]


def parse(post_id, markup):
    return goldmarkup.record(post_id, markup)


def term_touches_identifier(post):
    return goldmarkup.term_touches_identifier(post)


class Drawer:
    def __init__(self, rng):
        self.r = rng

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def letters(self, n):
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def person(self, culture=None):
        r = self.r
        culture = culture or r.choice(list(S.CULTURES))
        given_list, sur_list = S.CULTURES[culture]
        given, sur = r.choice(given_list), r.choice(sur_list)
        if r.random() < 0.18:
            sur = r.choice(S.WORD_SURNAMES)
        if r.random() < 0.1:
            given = r.choice(S.WORD_GIVEN)
        return culture, given, sur

    def name_markup(self, culture, given, sur):
        r = self.r
        shape = r.random()
        if culture in ("chinese", "japanese") and shape < 0.4:
            return f"[[NAME:{sur} {given}]]"
        if shape < 0.45:
            return f"[[NAME:{given} {sur}]]"
        if shape < 0.6:
            return f"[[NAME:{sur}]], [[NAME:{given}]]"
        if shape < 0.68:
            return f"[[NAME:{sur.upper()}]], [[NAME:{given}]]"
        if shape < 0.78:
            return f"Mr./Ms. [[NAME:{sur}]]".replace("Mr./Ms.", r.choice(["Mr.", "Mrs.", "Ms", "Mr", "Dr."]))
        if shape < 0.86:
            return f"[[NAME:{given[0]}. {sur}]]"
        if shape < 0.93:
            return f"[[NAME:{given.lower()} {sur.lower()}]]"
        middle = r.choice("ABCDEFGHJKLMNPRSTW")
        return f"[[NAME:{given} {middle}. {sur}]]"

    def age(self):
        r = self.r
        if r.random() < 0.55:
            n = r.choice(range(90, 103))
            forms = [f"[[AGE:{n}]]yo", f"[[AGE:{n}]] y/o F", f"[[AGE:{n}]] y/o M", f"[[AGE:{n}]]M", f"[[AGE:{n}]]F",
                     f"[[AGE:{S.AGE_WORDS[n]}]] year old", f"[[AGE:{n}]]-year-old", f"aged [[AGE:{n}]]",
                     f"age [[AGE:{n}]]", f"[[AGE:{n}]] yrs old", "in her [[AGE:90s]]", "in his [[AGE:90s]]",
                     f"[[AGE:{S.AGE_WORDS[n].capitalize()}]]-year-old"]
        else:
            n = r.choice(sorted(S.YOUNG_AGE_WORDS))
            forms = [f"{n}yo", f"{n} y/o F", f"{n} y/o M", f"{n}M", f"{n}F", f"{S.YOUNG_AGE_WORDS[n]} year old",
                     f"{n}-year-old", f"aged {n}", f"in her {n // 10 * 10}s", f"in his {n // 10 * 10}s"]
        return r.choice(forms)

    def young(self):
        n = self.r.choice(range(3, 60))
        return self.r.choice([f"{n}yo", f"{n} y/o", f"{n}M", f"{n}F", f"{n}-year-old"])

    def date(self):
        r = self.r
        m, d, y = r.randrange(12), r.randrange(1, 29), r.choice(range(2019, 2027))
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        forms = [f"[[DATE:{S.MONTHS_SHORT[m]} {d}{suffix}]]", f"the [[DATE:{d}{suffix}]]", f"[[DATE:{m + 1}/{d}]]",
                 f"[[DATE:{m + 1}/{d}/{y % 100:02d}]]", f"[[DATE:{S.MONTHS[m]} {d}, {y}]]",
                 f"[[DATE:{d} {S.MONTHS[m]}]]", f"{r.choice(S.WEEKDAYS)} [[DATE:{m + 1}/{d}]]",
                 f"[[DATE:{y}-{m + 1:02d}-{d:02d}]]", f"[[DATE:{d:02d}.{m + 1:02d}.{y}]]",
                 f"the [[DATE:{d}{suffix} of {S.MONTHS[m]}]]", f"[[DATE:{S.MONTHS_SHORT[m]}. {d}]]",
                 f"[[DATE:{m + 1}-{d}-{y % 100:02d}]]", f"{r.choice(S.WEEKDAYS)} the [[DATE:{d}{suffix}]]"]
        return r.choice(forms)

    def birth_date(self):
        r = self.r
        m, d, y = r.randrange(12), r.randrange(1, 29), r.choice(range(1924, 1962))
        return r.choice([f"[[DATE:{m + 1}/{d}/{y}]]", f"[[DATE:{m + 1:02d}/{d:02d}/{y % 100:02d}]]",
                         f"[[DATE:{S.MONTHS[m]} {d}, {y}]]", f"[[DATE:{d} {S.MONTHS_SHORT[m]} {y}]]",
                         f"[[DATE:{y}-{m + 1:02d}-{d:02d}]]"])

    def record(self, labelled=True):
        r = self.r
        shapes = [("MRN", lambda: self.digits(8)), ("MRN#", lambda: self.digits(7)), ("FIN", lambda: self.digits(10)),
                  ("acct", lambda: "A" + self.digits(10)), ("accession", lambda: f"SP{self.digits(2)}-{self.digits(6)}"),
                  ("claim #", lambda: f"{self.digits(4)}{self.letters(1)}{self.digits(8)}"),
                  ("NPI", lambda: r.choice("12") + self.digits(9)),
                  ("DEA", lambda: self.letters(2) + self.digits(7)),
                  ("lic", lambda: f"{r.choice(['MD', 'DO', 'RN', 'PA'])}.{self.digits(6)}"),
                  ("member ID", lambda: self.letters(3) + self.digits(9)),
                  ("Rx #", lambda: self.digits(7) + "-" + self.digits(2)),
                  ("case", lambda: f"{r.choice(range(2019, 2027))}-{self.letters(2)}-{self.digits(5)}"),
                  ("encounter", lambda: "E" + self.digits(9)), ("PA ref", lambda: f"PA{self.digits(8)}"),
                  ("CSN", lambda: self.digits(11)), ("path", lambda: f"S{self.digits(2)}-{self.digits(5)}"),
                  ("serial", lambda: self.letters(3) + self.digits(6) + self.letters(1)),
                  ("health card", lambda: f"{self.digits(4)}-{self.digits(3)}-{self.digits(3)}-{self.letters(2)}"),
                  ("NHS no.", lambda: f"{self.digits(3)} {self.digits(3)} {self.digits(4)}"),
                  ("Medicare no.", lambda: f"{self.digits(4)} {self.digits(5)} {self.digits(1)}")]
        label, make = r.choice(shapes)
        value = make()
        return f"{label} [[ID:{value}]]" if labelled else f"[[ID:{value}]]"

    def phone(self):
        r, d = self.r, self.digits
        forms = [f"({r.choice(range(201, 990))}) {d(3)}-{d(4)}", f"{r.choice(range(201, 990))}.{d(3)}.{d(4)}",
                 f"{r.choice(range(201, 990))}-{d(3)}-{d(4)}", f"+1 {r.choice(range(201, 990))} {d(3)} {d(4)}",
                 f"+48 {r.choice('5678')}{d(2)} {d(3)} {d(3)}", f"+234 80{d(1)} {d(3)} {d(4)}",
                 f"+92 3{d(2)} {d(7)}", f"+98 912 {d(3)} {d(4)}", f"+86 139 {d(4)} {d(4)}", f"+81 90-{d(4)}-{d(4)}",
                 f"+52 1 {d(2)} {d(4)} {d(4)}", f"+47 {d(3)} {d(2)} {d(3)}", f"+31 6 {d(8)}",
                 f"+685 7{d(6)}", f"+676 {d(2)} {d(3)}", f"+679 9{d(2)} {d(4)}", f"+40 7{d(2)} {d(3)} {d(3)}",
                 f"+420 6{d(2)} {d(3)} {d(3)}", f"0161 {d(3)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}",
                 f"1-808-{d(3)}-{d(4)}"]
        return f"[[PHONE:{r.choice(forms)}]]"

    def town(self):
        town, state = self.r.choice(S.US_TOWNS)
        return f"[[LOCATION:{town}]], {state}" if self.r.random() < 0.5 else f"[[LOCATION:{town}]] {state}"

    def room(self):
        r = self.r
        return r.choice([f"rm [[ID:{r.choice(range(2, 9))}{self.digits(2)}]]",
                         f"room [[ID:{r.choice(range(2, 9))}{self.digits(2)}{r.choice('AB')}]]",
                         f"bed [[ID:{r.choice(range(3, 7))}W-{self.digits(2)}]]"])


def ascii_fold(s):
    # E-mail and URL user parts are typed without diacritics; letters NFKD does not split are mapped by hand.
    s = s.translate(str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "'": ""}))
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9.\-]", "", s).lower()


def fill(template, drawer):
    r = drawer.r
    culture, given, sur = drawer.person()
    _, rel_given, _ = drawer.person(culture)
    c2, g2, s2 = drawer.person(culture)
    ca_town, prov, postcode = r.choice(S.CA_TOWNS)
    uk_town, uk_code = r.choice(S.UK_TOWNS)
    au_town, au_state, au_code = r.choice(S.AU_TOWNS)
    terms = r.sample(S.CONDITIONS, 2)
    handle = f"@{r.choice(S.HANDLE_WORDS)}{drawer.digits(2)}"
    email_user = r.choice([f"{ascii_fold(given)}.{ascii_fold(sur)}", f"{ascii_fold(given)[0]}{ascii_fold(sur)}{drawer.digits(2)}",
                           f"{ascii_fold(sur)}{r.choice(range(1940, 2005))}"])
    url = r.choice([f"facebook.com/{ascii_fold(given)}.{ascii_fold(sur)}.{drawer.digits(1)}",
                    f"https://www.caringbridge.org/site/{ascii_fold(given)}{ascii_fold(sur)}",
                    f"gofund.me/{drawer.digits(8)}", f"https://instagram.com/{ascii_fold(given)}_{ascii_fold(sur)}"])
    values = {
        "name": drawer.name_markup(culture, given, sur),
        "name2": drawer.name_markup(c2, g2, s2),
        "given": f"[[NAME:{given}]]", "sur": f"[[NAME:{sur}]]", "given2": f"[[NAME:{g2}]]",
        "rel": r.choice(S.RELATIONS), "relname": f"[[NAME:{rel_given}]]",
        "nick": f"[[NAME:{r.choice(S.NICKNAMES)}]]", "doc": f"[[NAME:{drawer.person()[2]}]]",
        "age": drawer.age(), "young": drawer.young(), "date": drawer.date(), "date2": drawer.date(),
        "dob": drawer.birth_date(), "wday": r.choice(S.WEEKDAYS), "town": drawer.town(), "county": f"[[LOCATION:{r.choice(S.US_COUNTIES)}]]",
        "street": f"[[LOCATION:{r.choice(S.US_STREETS)}]]",
        "ca": f"[[LOCATION:{ca_town}]], {prov} [[LOCATION:{postcode}]]",
        "uk": f"[[LOCATION:{uk_town}]] ([[LOCATION:{uk_code}]])",
        "au": f"[[LOCATION:{au_town}]] {au_state} [[LOCATION:{au_code}]]",
        "city": f"[[LOCATION:{r.choice(S.FOREIGN_CITIES)}]]", "fac": f"[[LOCATION:{r.choice(S.FACILITIES)}]]",
        "id": drawer.record(), "id2": drawer.record(), "bare": drawer.record(labelled=False),
        "phone": drawer.phone(), "email": f"[[EMAIL:{email_user}@{r.choice(S.EMAIL_DOMAINS)}]]",
        "url": f"[[URL:{url}]]", "ip": f"[[IP:10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}]]",
        "handle": f"[[NAME:{handle}]]", "room": drawer.room(), "room2": drawer.room(),
        "plate": f"[[ID:{drawer.digits(1)}{drawer.letters(3)}{drawer.digits(3)}]]", "lang": r.choice(LANGUAGES),
        "term": f"<<{terms[0]}>>", "term2": f"<<{terms[1]}>>", "med": f"<<{r.choice(S.MEDS)}>>", "score": f"<<{r.choice(S.SCORES)}>>",
    }
    return template.format(**values)


def fill_clean(template, drawer):
    r = drawer.r
    conds = r.sample(S.TRAP_CONDITIONS, 2)
    return template.format(young=drawer.young(), wday=r.choice(S.WEEKDAYS), cond=f"<<{conds[0]}>>",
                           cond2=f"<<{conds[1]}>>", brand=f"<<{r.choice(S.TRAP_BRANDS)}>>",
                           score=f"<<{r.choice(S.TRAP_SCORES)}>>", trial=f"<<{r.choice(S.TRAP_TRIALS)}>>")


def hand_posts():
    with open(os.path.join(HERE, "hand-written.txt"), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    return [parse(f"r12-hand-{n:03d}", l.replace("\\n", "\n")) for n, l in enumerate(lines)]


def generated_posts():
    drawer = Drawer(random.Random(SEED))
    jobs = [(t, True) for t in T.WITH_IDENTIFIERS for _ in range(USES_WITH)]
    jobs += [(t, False) for t in T.WITHOUT_IDENTIFIERS for _ in range(USES_WITHOUT)]
    drawer.r.shuffle(jobs)
    posts = []
    for n, (template, with_ids) in enumerate(jobs):
        while True:
            markup = (fill if with_ids else fill_clean)(template.replace("\\n", "\n"), drawer)
            post = parse(f"r12-gen-{n:03d}", markup)
            if not term_touches_identifier(post):
                break
        posts.append(post)
    return posts


def main():
    posts = hand_posts() + generated_posts()
    for p in posts:
        if term_touches_identifier(p):
            raise SystemExit(f"{p['id']}: a clinical term touches an identifier")
    out = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)
    path = os.path.join(HERE, "round12.jsonl")
    if "--check" in sys.argv:
        with open(path, encoding="utf-8") as f:
            sys.exit(0 if f.read() == out else "round12.jsonl differs from the generator's output")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    ids = sum(len(p["identifiers"]) for p in posts)
    clean = sum(1 for p in posts if not p["identifiers"])
    hand = sum(1 for p in posts if p["id"].startswith("r12-hand-"))
    terms = sum(len(p["clinicalTerms"]) for p in posts)
    types = {}
    for p in posts:
        for s in p["identifiers"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
    print(f"posts {len(posts)}, hand {hand}, identifiers {ids}, identifier-free {clean}, terms {terms}")
    print(" ".join(f"{k} {v}" for k, v in sorted(types.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
