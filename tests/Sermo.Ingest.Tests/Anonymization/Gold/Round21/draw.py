"""Round 21's drawing of identifiers: each function returns GoldMarkup for one identifier or a name."""
import pools


def ordinal(day):
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    return f"{day}{suffix}"


def loc(name):
    """A place span; a leading "the" stays outside it, as the labelling rules say."""
    if name.startswith("the "):
        return f"the [[LOCATION:{name[4:]}]]"
    return f"[[LOCATION:{name}]]"


class Draw:
    def __init__(self, rng):
        self.r = rng

    def pick(self, items):
        return self.r.choice(items)

    def culture(self):
        return self.pick(sorted(pools.GIVEN_BY_CULTURE))

    def given(self):
        roll = self.r.random()
        if roll < 0.25:
            return f"[[NAME:{self.pick(pools.WORD_GIVEN)}]]"
        return f"[[NAME:{self.pick(pools.GIVEN_BY_CULTURE[self.culture()])}]]"

    def surname(self):
        roll = self.r.random()
        if roll < 0.25:
            return f"[[NAME:{self.pick(pools.WORD_SURNAME)}]]"
        if roll < 0.35:
            a, b = self.pick(pools.WORD_SURNAME), self.pick(pools.SURNAME_BY_CULTURE[self.culture()])
            return f"[[NAME:{a}-{b}]]"
        return f"[[NAME:{self.pick(pools.SURNAME_BY_CULTURE[self.culture()])}]]"

    def person(self):
        """A full name in one of several shapes: Given Surname, Surname, Given, lower case, initial, nickname."""
        roll = self.r.random()
        if roll < 0.45:
            return f"{self.given()} {self.surname()}"
        if roll < 0.6:
            return f"{self.surname()}, {self.given()}"
        if roll < 0.72:
            return f"{self.given()} {self.surname()}".lower().replace("[[name:", "[[NAME:")
        if roll < 0.84:
            initial = self.pick("ABCDEGHJKLMNRSTVW")
            return f"[[NAME:{initial}.]] {self.surname()}"
        return f"{self.given()} \"[[NAME:{self.pick(pools.NICKNAMES)}]]\" {self.surname()}"

    def word_town(self):
        return f"[[LOCATION:{self.pick(pools.WORD_TOWNS)}]]"

    def place(self):
        roll = self.r.random()
        if roll < 0.4:
            return self.word_town()
        if roll < 0.6:
            return f"[[LOCATION:{self.pick(pools.COUNTIES)}]]"
        if roll < 0.8:
            return f"[[LOCATION:{self.pick(pools.TOWNS_ABROAD)}]]"
        return f"[[LOCATION:{self.pick(pools.STREETS)}]]"

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def date(self):
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
        d, m = self.r.randint(1, 28), self.r.randint(1, 12)
        shapes = [f"{d:02d}/{m:02d}/2026", f"{d}.{m}.2025", f"{d} {months[m - 1]}", f"{months[m - 1][:3]} {d}",
                  f"the {ordinal(d)}", f"2026-{m:02d}-{d:02d}", f"{months[m - 1]} the {ordinal(d)}"]
        return f"[[DATE:{self.pick(shapes)}]]"

    def old_age(self):
        n = self.r.randint(90, 104)
        words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 95: "ninety-five",
                 96: "ninety-six", 98: "ninety-eight", 100: "a hundred", 101: "a hundred and one"}
        shapes = [f"{n}", f"{n}yo", f"{n} y/o", f"{n}-year-old", f"{n}F", f"{n}M"]
        if n in words:
            shapes.append(words[n])
        return f"[[AGE:{self.pick(shapes)}]]"

    def phone(self):
        roll = self.r.random()
        if roll < 0.5:
            return f"[[PHONE:{self.pick(pools.COUNTRY_CODES)} {self.digits(3)} {self.digits(3)} {self.digits(4)}]]"
        if roll < 0.75:
            return f"[[PHONE:({self.r.randint(201, 989)}) 555-{self.digits(4)}]]"
        return f"[[PHONE:{self.r.randint(201, 989)}.555.{self.digits(4)}]]"

    def pager(self):
        return f"[[PHONE:{self.digits(4)}]]"

    def number(self, kind):
        shapes = {
            "claim": lambda: f"WC{self.digits(2)}-{self.digits(6)}",
            "case": lambda: f"{self.r.randint(2019, 2026)}-CV-{self.digits(5)}",
            "account": lambda: self.digits(9),
            "encounter": lambda: f"ENC{self.digits(8)}",
            "passport": lambda: f"{self.pick('CGKPXZ')}{self.digits(8)}",
            "licence": lambda: f"{self.pick('BDFHMW')}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
            "card": lambda: f"{self.digits(4)} {self.digits(3)} {self.digits(3)}",
            "student": lambda: f"U{self.digits(8)}",
            "serial": lambda: f"SN{self.digits(3)}{self.pick('ABCXYZ')}{self.digits(5)}",
            "insurance": lambda: f"{self.pick(['XEH', 'YLM', 'ZGP', 'W'])}{self.digits(9)}",
            "service": lambda: f"{self.digits(3)}-{self.digits(2)}-{self.digits(4)}",
            "doc": lambda: f"{self.pick('ABKRT')}{self.digits(6)}",
            "room": lambda: f"{self.r.randint(2, 9)}{self.r.randint(0, 4)}{self.r.randint(1, 9)}",
            "bed": lambda: f"{self.r.randint(1, 24)}",
            "jersey": lambda: f"{self.r.randint(1, 99)}",
        }
        return f"[[ID:{shapes[kind]()}]]"

    def email(self, handle):
        return f"[[EMAIL:{handle}{self.digits(2)}@{self.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'proton.me'])}]]"

    def handle(self):
        word = self.pick(pools.WORD_GIVEN).lower()
        return f"[[NAME:{word}_{self.pick(pools.SURNAME_BY_CULTURE[self.culture()]).lower()[:5]}{self.digits(2)}]]"
