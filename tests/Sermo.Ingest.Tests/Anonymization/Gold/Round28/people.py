"""Drawn people and number shapes for round 28's generator (decision 178): a person carries pronouns and relatives that
fit their sex; the formatters give dates, phones, ages over 89 and record numbers in many shapes."""
import pools

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class Person:
    def __init__(self, rng):
        self.given, self.surname, self.sex, self.culture = rng.choice(pools.PEOPLE)
        self.he, self.his, self.him = ("he", "his", "him") if self.sex == "m" else ("she", "her", "her")
        self.spouse = "wife" if self.sex == "m" else "husband"
        self.child = rng.choice(["son", "daughter"])
        self.sibling = rng.choice(["brother", "sister"])

    def full(self):
        return f"{spans(self.given)} {spans(self.surname)}"

    def comma(self):
        """ "Surname, Given" as a roster or a pasted header writes it; each name word is its own span."""
        return f"{spans(self.surname)}, {spans(self.given)}"

    def initials(self):
        return f"[[NAME:{self.given[0]}.]] {spans(self.surname)}"


def spans(name):
    """One NAME span per word ("ag Alla", "Le Goff" are two), as decision 161 labels them."""
    return " ".join(f"[[NAME:{word}]]" for word in name.split())


def relative_name(rng, person, role):
    """A relative's given name of the right sex for the role that is never the drawn person's own."""
    female = role in ("wife", "daughter", "sister", "mother")
    while True:
        given, _, sex, _ = rng.choice(pools.PEOPLE)
        if (sex == "f") == female and given != person.given:
            return given


def digits(rng, count):
    return "".join(rng.choice("0123456789") for _ in range(count))


def ordinal(day):
    suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def date(rng):
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
    return rng.choice([
        f"{month}/{day}/{year % 100:02d}", f"{day}.{month:02d}.{year}", f"{year}-{month:02d}-{day:02d}",
        f"{MONTHS[month - 1]} {day}", f"{day} {MONTHS[month - 1][:3]} {year}", f"{ordinal(day)} of {MONTHS[month - 1]}",
        f"{MONTHS[month - 1][:3]}. {day}, {year}", f"{month}-{day}"])


def phone(rng):
    return rng.choice([
        f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}", f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 4)}",
        f"+1 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}", f"+692 {digits(rng, 3)} {digits(rng, 4)}",
        f"+234 803 {digits(rng, 3)} {digits(rng, 4)}", f"+996 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"])


def old_age(rng):
    """An age over 89 with its unit; the number alone is the span, the unit stays outside (decision 161)."""
    n = rng.randint(90, 104)
    words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
             96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine", 100: "one hundred",
             101: "a hundred and one", 102: "one hundred two", 103: "103", 104: "104"}
    return rng.choice([f"[[AGE:{n}]]yo", f"[[AGE:{n}]] y/o", f"[[AGE:{n}]]F" if rng.random() < 0.5 else f"[[AGE:{n}]]M",
                       f"[[AGE:{words[n]}]] year old", f"[[AGE:{n}]]-year-old"])


def record_number(rng):
    return rng.choice([digits(rng, 7), f"{digits(rng, 2)}-{digits(rng, 5)}", f"MRN{digits(rng, 8)}",
                       f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}", f"H{digits(rng, 6)}"])
