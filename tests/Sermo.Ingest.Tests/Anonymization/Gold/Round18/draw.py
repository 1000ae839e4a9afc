"""Slot fillers for round 18's templates: each returns GoldMarkup (identifiers in [[TYPE:...]], terms in <<...>>)."""
import string
import unicodedata

import sources as S
import terms as T

MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
            9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
            15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
            21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth",
            26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}


def slug(text):
    """Lower-case ASCII without spaces or apostrophes, as an address or handle would be typed."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return plain.lower().replace(" ", "").replace("'", "").replace("-", "")


def tag(kind, value):
    return f"[[{kind}:{value}]]"


class Person:
    """A drawn person: given and surname as plain text, printed in the order a chart or a speaker would use."""

    def __init__(self, given, surname, family_first=False):
        self.given, self.surname, self.family_first = given, surname, family_first

    @property
    def full(self):
        first, second = (self.surname, self.given) if self.family_first else (self.given, self.surname)
        return f"{tag('NAME', first)} {tag('NAME', second)}"

    @property
    def chart(self):
        """"Surname, Given" as a sign-out or wristband prints it: two spans."""
        return f"{tag('NAME', self.surname)}, {tag('NAME', self.given)}"

    @property
    def caps(self):
        return f"{tag('NAME', self.surname.upper())}, {tag('NAME', self.given.upper())}"

    @property
    def lower(self):
        return f"{tag('NAME', self.given.lower())} {tag('NAME', self.surname.lower())}"

    @property
    def first(self):
        return tag("NAME", self.given)

    @property
    def last(self):
        return tag("NAME", self.surname)

    @property
    def initials(self):
        return tag("NAME", f"{self.given[0]}.{self.surname[0]}.")


class Draw:
    def __init__(self, rng):
        self.r = rng

    def pick(self, items):
        return self.r.choice(items)

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    # people
    def word_person(self):
        return Person(self.pick(S.WORD_GIVEN), self.pick(S.WORD_SURNAME))

    def culture_person(self, culture=None):
        family_first, givens, surnames = S.CULTURES[culture or self.pick(sorted(S.CULTURES))]
        return Person(self.pick(givens), self.pick(surnames), family_first)

    def person(self):
        return self.word_person() if self.r.random() < 0.45 else self.culture_person()

    def given(self, lower=False):
        name = self.pick(S.WORD_GIVEN + [g for c in S.CULTURES.values() for g in c[1]])
        return tag("NAME", name.lower() if lower else name)

    def nick(self):
        return tag("NAME", self.pick(S.NICKNAMES))

    def handle(self, p):
        g, s = slug(p.given), slug(p.surname)
        return tag("NAME", self.pick([f"{g}{s}", f"{g}_{self.digits(2)}", f"the.real.{s}", f"{g}.{s[0]}"]))

    # places
    def town(self, state_chance=0.35):
        name, state = self.pick(S.WORD_TOWNS if self.r.random() < 0.75 else S.PLAIN_TOWNS)
        return tag("LOCATION", name) + (f", {state}" if self.r.random() < state_chance else "")

    def town_zip(self):
        name, state = self.pick(S.WORD_TOWNS + S.PLAIN_TOWNS)
        return f"{tag('LOCATION', name)}, {state} {tag('LOCATION', self.digits(5))}"

    def facility(self):
        return tag("LOCATION", self.pick(S.FACILITIES))

    def church(self):
        return tag("LOCATION", self.pick([f for f in S.FACILITIES if any(w in f for w in ("Church", "Wat ", "Holy", "St. "))]))

    def school(self):
        return tag("LOCATION", self.pick([f for f in S.FACILITIES if "School" in f or "Elementary" in f]))

    def street(self):
        return tag("LOCATION", f"{self.r.randint(2, 9899)} {self.pick(S.STREETS)}")

    def rural(self):
        return tag("LOCATION", self.pick([f"RR {self.r.randint(1, 9)} Box {self.r.randint(10, 999)}",
                                          f"PO Box {self.r.randint(2, 4999)}", f"HC {self.r.randint(60, 89)} Box {self.r.randint(10, 600)}"]))

    def military(self):
        unit, box, code, zip5 = self.pick(S.MILITARY)
        n = str(self.r.randint(100, 9999))
        return f"{tag('LOCATION', unit.replace('{n}', n))} {tag('LOCATION', box.replace('{n}', n))}, {code} {tag('LOCATION', zip5)}"

    def abroad(self):
        country, (street, city, code) = self.pick(S.ABROAD)
        return f"{tag('LOCATION', street)}, {tag('LOCATION', city)} {tag('LOCATION', code)}, {country}"

    def room(self):
        return tag("ID", self.pick([str(self.r.randint(200, 899)), f"{self.r.randint(2, 9)}{self.pick('ABCDEFW')}-{self.r.randint(1, 40)}"]))

    # ages and dates
    def age90(self):
        n = self.r.randint(90, 106)
        tens, one = divmod(n, 10)
        words = ("ninety" + ONES[one]) if n < 100 else ("one hundred" + ("" if n == 100 else " and " + ONES[n - 100][1:]))
        return tag("AGE", self.pick([str(n), f"{n}yo", f"{n} y/o", f"{n}-year-old", words, words.upper(), f"{n}F", f"{n} yrs"]))

    def under90(self):
        return str(self.r.randint(19, 88))

    def date(self):
        d, m, y = self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(1925, 2026)
        month = MONTHS[m - 1]
        return tag("DATE", self.pick([f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}",
                                      f"the {ORDINALS[d]} of {month}", f"{month} {ORDINALS[d]}", f"{month[:3]} {d}, {y}",
                                      f"{d} {month[:3]}"]))

    # numbers
    def nhs(self):
        return tag("ID", f"{self.digits(3)} {self.digits(3)} {self.digits(4)}")

    def health_card(self):
        return tag("ID", self.pick([f"{self.digits(4)}-{self.digits(3)}-{self.digits(3)}-{self.r.choice('ABCDEFGHJK')}{self.r.choice('ABCDEFGHJK')}",
                                    f"9{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                                    f"{''.join(self.r.choice(string.ascii_uppercase) for _ in range(4))} {self.digits(4)} {self.digits(4)}"]))

    def mbi(self):
        a = lambda: self.r.choice(MBI_LETTERS)
        n = lambda: self.r.choice("0123456789")
        alnum = lambda: self.r.choice(MBI_LETTERS + "0123456789")
        return tag("ID", f"{self.r.randint(1, 9)}{a()}{alnum()}{n()}-{a()}{alnum()}{n()}-{a()}{a()}{n()}{n()}")

    def dea(self):
        return tag("ID", f"{self.pick('ABFGM')}{self.pick(string.ascii_uppercase)}{self.digits(7)}")

    def npi(self):
        return tag("ID", f"{self.pick('12')}{self.digits(9)}")

    def plate(self):
        return tag("ID", self.pick([f"{self.r.randint(1, 9)}{''.join(self.r.choice(string.ascii_uppercase) for _ in range(3))}{self.digits(3)}",
                                    f"{''.join(self.r.choice(string.ascii_uppercase) for _ in range(3))}-{self.digits(4)}"]))

    def vin(self):
        return tag("ID", "".join(self.r.choice(VIN_CHARS) for _ in range(17)))

    def serial(self):
        return tag("ID", self.pick([f"{''.join(self.r.choice(string.ascii_uppercase) for _ in range(3))}{self.digits(6)}{self.r.choice('HNRS')}",
                                    f"SN {self.digits(4)}-{self.digits(4)}", f"G{self.digits(8)}"]))

    def member(self):
        return tag("ID", self.pick([f"{''.join(self.r.choice(string.ascii_uppercase) for _ in range(3))}{self.digits(9)}",
                                    f"W{self.digits(9)}", f"{self.digits(3)}-{self.digits(2)}-{self.digits(5)}"]))

    def mrn(self):
        return tag("ID", self.pick([self.digits(8), f"MRN{self.digits(7)}", f"E{self.digits(7)}"]))

    def ip(self):
        return tag("IP", self.pick([f"{self.r.randint(11, 223)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                                    f"2600:1700:{self.r.randint(1000, 9999):x}:{self.r.randint(1000, 9999):x}::{self.r.randint(1, 99)}"]))

    def phone(self):
        n = self.digits
        return tag("PHONE", self.pick([f"+44 {n(4)} {n(6)}", f"+1 ({self.r.randint(201, 989)}) 555-{n(4)} ext. {n(3)}",
                                       f"{self.r.randint(201, 989)}-555-{n(4)} x{n(4)}", f"+63 9{n(2)} {n(3)} {n(4)}",
                                       f"+82 10-{n(4)}-{n(4)}", f"+66 8{n(1)} {n(3)} {n(4)}", f"+358 40 {n(3)} {n(4)}",
                                       f"+55 11 9{n(4)}-{n(4)}", f"+509 3{n(3)} {n(4)}", f"+61 4{n(2)} {n(3)} {n(3)}",
                                       f"({self.r.randint(201, 989)}) 555-{n(4)}", f"+91 98{n(3)} {n(5)}"]))

    def email(self, p):
        g, s = slug(p.given), slug(p.surname)
        user = self.pick([f"{g}.{s}", f"{g[0]}{s}{self.digits(2)}", f"{s}family"])
        return tag("EMAIL", f"{user}@{self.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.co.uk'])}")

    def url(self, p):
        name = slug(p.given) + slug(p.surname)
        return tag("URL", self.pick([f"caringbridge.org/visit/{name}", f"www.gofundme.com/f/{name}-medical-bills",
                                     f"instagram.com/{name}", f"tiktok.com/@{name}", f"facebook.com/{name}.{self.digits(3)}"]))

    # clinical
    def term(self):
        return f"<<{self.pick(T.CASE_TERMS)}>>"

    def marked(self, items):
        return f"<<{self.pick(items)}>>"
