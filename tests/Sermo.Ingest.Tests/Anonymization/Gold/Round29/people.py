"""Drawn people and numbers for round 29's generator: one span per name word, pronouns and relatives by sex."""
import pools

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SPELLED_AGES = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 94: "ninety-four", 96: "ninety-six",
                97: "ninety-seven", 99: "ninety-nine", 101: "one hundred and one", 103: "a hundred and three"}


def spans(words):
    """Markup for a name: each word its own NAME span, spaces between them outside."""
    return " ".join(f"[[NAME:{w}]]" for w in words.split(" "))


class Person:
    def __init__(self, rng):
        self.given, self.surname, self.sex, self.culture = rng.choice(pools.PEOPLE)
        female = self.sex == "F"
        self.he, self.him, self.his = ("she", "her", "her") if female else ("he", "him", "his")
        self.He = self.he.capitalize()
        others = [p for p in pools.PEOPLE if p[0] != self.given]
        rel = rng.choice(others)
        self.rel_given, self.rel_sex = rel[0], rel[2]
        self.relative = rng.choice(pools.RELATIVES_F if rel[2] == "F" else pools.RELATIVES_M)

    @property
    def full(self):
        return f"{spans(self.given)} {spans(self.surname)}"

    @property
    def last_first(self):
        return f"{spans(self.surname)}, {spans(self.given)}"

    @property
    def first(self):
        return spans(self.given)

    @property
    def last(self):
        return spans(self.surname)

    @property
    def initials(self):
        return f"[[NAME:{self.given[0]}.]] [[NAME:{self.surname[0]}.]]"

    @property
    def rel(self):
        return spans(self.rel_given)


def date(rng):
    """A labelled date in one of several orders and spellings."""
    y, m, d = rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    shape = rng.randrange(8)
    text = [f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m:02d}.{y}", f"{MONTHS[m - 1]} {d}, {y}",
            f"{d} {MONTHS[m - 1][:3]} {y}", f"{MONTHS[m - 1][:3]}. {d}", f"{m}/{d}", f"{y}{m:02d}{d:02d}"][shape]
    return f"[[DATE:{text}]]"


def old_age(rng):
    """An age over 89 with its unit outside the span, or spelled."""
    n = rng.choice(list(SPELLED_AGES))
    shape = rng.randrange(5)
    if shape == 0:
        return f"[[AGE:{SPELLED_AGES[n]}]]-year-old"
    if shape == 1:
        return f"[[AGE:{n}]]yo"
    if shape == 2:
        return f"[[AGE:{n}]] y/o"
    if shape == 3:
        return f"[[AGE:{n}]] year old"
    return f"[[AGE:{n}]]F"


def phone(rng):
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    shape = rng.randrange(6)
    text = [f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"+250 78 {b} {c:04d}",
            f"+256 772 {b}{c % 1000:03d}", f"+971 50 {b} {c:04d}"][shape]
    return f"[[PHONE:{text}]]"


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def number(rng, kind):
    """An identifier number of a named kind, in that kind's usual shape."""
    shapes = {
        "alien": lambda: f"A{digits(rng, 9)}" if rng.random() < 0.5 else f"A-{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
        "receipt": lambda: f"{rng.choice(['IOE', 'MSC', 'EAC', 'WAC'])}{digits(rng, 10)}",
        "ssa": lambda: f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}",
        "claim": lambda: f"CLM-{digits(rng, 7)}",
        "licence": lambda: f"{rng.choice('ABDFKMRSW')}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}",
        "plate": lambda: f"{rng.choice(['7KQM', 'BXT', 'LZR', 'HGW'])}{digits(rng, 3)}",
        "mrn": lambda: f"{digits(rng, 8)}" if rng.random() < 0.5 else f"MRN {digits(rng, 7)}",
        "ticket": lambda: f"INC{digits(rng, 7)}",
        "device": lambda: f"SN {rng.choice(['WS', 'LT', 'CW'])}-{digits(rng, 6)}",
        "room": lambda: f"{rng.randint(1, 6)}{digits(rng, 2)}",
        "booking": lambda: f"{rng.choice('HQRZ')}{digits(rng, 2)}{rng.choice('KXPM')}{digits(rng, 5)}",
        "cannabis": lambda: f"MMJ-{digits(rng, 6)}",
        "member": lambda: f"{rng.choice(['XGH', 'WPC', 'MBR'])}{digits(rng, 9)}",
        "lot": lambda: f"{rng.choice('ELT')}{digits(rng, 5)}{rng.choice('AB')}",
    }
    return f"[[ID:{shapes[kind]()}]]"


def birth_date(rng):
    """A labelled date of birth decades back, in a chart's usual shapes."""
    y, m, d = rng.randint(1931, 1992), rng.randint(1, 12), rng.randint(1, 28)
    text = rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}"])
    return f"[[DATE:{text}]]"
