"""Drawn people and the number, date and phone shapes of round 27's generated posts (decision 173).

A person carries a sex, so that the pronouns and relatives a template prints fit them; a relative's given name is never
the person's own. Every markup helper returns [[TYPE:value]] text for goldmarkup.parse."""
from pools import CULTURES, NICKNAMES

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def tag(kind, value):
    return f"[[{kind}:{value}]]"


def name_words(value):
    """One NAME span per word of a name (decisions 161-169), joined by the spaces between them."""
    return " ".join(tag("NAME", w) for w in value.split(" "))


class Person:
    def __init__(self, rng, culture=None):
        self.culture = culture or rng.choice(sorted(CULTURES))
        female, male, surnames = CULTURES[self.culture]
        self.female = rng.random() < 0.5
        self.given = rng.choice(female if self.female else male)
        self.surname = rng.choice(surnames)
        self.he, self.him, self.his = ("she", "her", "her") if self.female else ("he", "him", "his")
        self.spouse_word = "husband" if self.female else "wife"
        self.child_word = "daughter" if rng.random() < 0.5 else "son"
        others = [g for g in (male if self.female else female) if g != self.given] or ["Sam"]
        self.spouse_given = rng.choice(others)
        children = [g for g in (female if self.child_word == "daughter" else male) if g != self.given] or ["Alex"]
        self.child_given = rng.choice(children)
        self.nickname = rng.choice(NICKNAMES)

    def full(self):
        return f"{name_words(self.given)} {name_words(self.surname)}"

    def last_first(self):
        return f"{name_words(self.surname)}, {name_words(self.given)}"

    def initials(self):
        return tag("NAME", f"{self.given[0]}.{self.surname[0]}.")

    def surname_markup(self):
        return name_words(self.surname)

    def given_markup(self):
        return name_words(self.given)

    def full_plain(self):
        return f"{self.given} {self.surname}"

    def lower(self):
        return f"{name_words(self.given.lower())} {name_words(self.surname.lower())}"


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def record_number(rng):
    shape = rng.randrange(6)
    if shape == 0:
        return digits(rng, 8)
    if shape == 1:
        return f"{letters(rng, 2)}-{digits(rng, 6)}"
    if shape == 2:
        return f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}"
    if shape == 3:
        return f"E{digits(rng, 9)}"
    if shape == 4:
        return f"{digits(rng, 4)} {digits(rng, 4)}"
    return f"{letters(rng, 3)}{digits(rng, 5)}{letters(rng, 1)}"


def date_text(rng, year=2026):
    month, day = rng.randrange(1, 13), rng.randrange(1, 29)
    shape = rng.randrange(7)
    if shape == 0:
        return f"{month}/{day}/{year % 100:02d}"
    if shape == 1:
        return f"{MONTHS[month - 1]} {day}"
    if shape == 2:
        return f"{day} {MONTHS[month - 1][:3]} {year}"
    if shape == 3:
        return f"{year}-{month:02d}-{day:02d}"
    if shape == 4:
        return f"{day}.{month}.{year}"
    if shape == 5:
        suffix = "th" if 3 < day < 21 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{MONTHS[month - 1]} {day}{suffix}"
    return f"{MONTHS[month - 1][:3].lower()} {day}"


def phone_text(rng):
    shape = rng.randrange(6)
    if shape == 0:
        return f"({rng.choice('2345678')}{digits(rng, 2)}) {digits(rng, 3)}-{digits(rng, 4)}"
    if shape == 1:
        return f"{rng.choice('2345678')}{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 4)}"
    if shape == 2:
        return f"+353 {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}"
    if shape == 3:
        return f"+90 5{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"
    if shape == 4:
        return f"{rng.choice('2345678')}{digits(rng, 9)}"
    return f"1-800-{digits(rng, 3)}-{digits(rng, 4)}"


def old_age(rng, female=True):
    """An age over 89 in one of its spellings; the span is the number alone (the unit stays outside)."""
    n = rng.randrange(90, 106)
    words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
             96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}
    shape = rng.randrange(5)
    if shape == 0:
        return f"{tag('AGE', str(n))}yo"
    if shape == 1:
        return f"{tag('AGE', str(n))} y/o"
    if shape == 2 and n in words:
        return f"{tag('AGE', words[n])} years old"
    if shape == 3:
        return f"{tag('AGE', str(n))}-year-old"
    return f"{tag('AGE', str(n))}{'F' if female else 'M'}" if rng.random() < 0.5 else f"age {tag('AGE', str(n))}"
