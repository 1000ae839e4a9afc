"""Drawing one name, place, number or date in markup from Round 22's pools (decision 153)."""
from pools import (ABROAD, BARE_FACILITIES, COUNTIES, CULTURES, NEIGHBOURHOODS, NICKNAMES, STREETS, WORD_GIVEN,
                   WORD_SURNAME, WORD_TOWNS)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "ninth", "twelfth", "twentieth", "twenty-third"]
AGE_WORDS = ["ninety", "ninety-one", "ninety-four", "ninety six", "ninety-nine", "a hundred and one"]


def person(rng):
    """(given, surname) from a culture, or with a word given name or word surname beside a culture's name part."""
    given, surnames = CULTURES[rng.choice(sorted(CULTURES))]
    roll = rng.random()
    if roll < 0.2:
        return rng.choice(WORD_GIVEN), rng.choice(surnames)
    if roll < 0.35:
        return rng.choice(given), rng.choice(WORD_SURNAME)
    if roll < 0.42:
        return rng.choice(given), f"{rng.choice(surnames)}-{rng.choice(WORD_SURNAME)}"
    return rng.choice(given), rng.choice(surnames)


def full_name(rng):
    """A person's name in one of several written forms, every word part its own span."""
    given, surname = person(rng)
    form = rng.randrange(6)
    if form == 0:
        return f"{spans(surname)}, {spans(given)}"
    if form == 1:
        return f"{spans(given.lower())} {spans(surname.lower())}"
    if form == 2:
        return f"[[NAME:{given[0]}.]] {spans(surname)}"
    if form == 3:
        return f"{spans(given)} \"[[NAME:{rng.choice(NICKNAMES)}]]\" {spans(surname)}"
    return f"{spans(given)} {spans(surname)}"


def spans(name):
    """Every space-separated word of a name part is its own NAME span (hyphenated parts stay one word)."""
    return " ".join(f"[[NAME:{part}]]" for part in name.split(" "))


def first_name(rng):
    return spans(person(rng)[0])


def surname(rng):
    return spans(person(rng)[1])


def town(rng):
    return f"[[LOCATION:{rng.choice(WORD_TOWNS + ABROAD)}]]"


def place_phrase(rng):
    """A place after its preposition: a word town, a county or parish, a neighbourhood, a street, a town abroad."""
    kind = rng.randrange(5)
    if kind == 0:
        return f"{rng.choice(['in', 'from', 'near', 'out by'])} [[LOCATION:{rng.choice(WORD_TOWNS)}]]"
    if kind == 1:
        return f"out in [[LOCATION:{rng.choice(COUNTIES)}]]"
    if kind == 2:
        return f"over in [[LOCATION:{rng.choice(NEIGHBOURHOODS)}]]"
    if kind == 3:
        return f"off [[LOCATION:{rng.choice(STREETS)}]]"
    return f"back home in [[LOCATION:{rng.choice(ABROAD)}]]"


def facility(rng):
    return f"[[LOCATION:{rng.choice(BARE_FACILITIES)}]]"


def date(rng):
    day, month = rng.randint(1, 28), rng.randrange(12)
    form = rng.randrange(5)
    if form == 0:
        return f"[[DATE:{day:02d}/{month + 1:02d}/{rng.randint(2024, 2026)}]]"
    if form == 1:
        return f"[[DATE:{day} {MONTHS[month]}]]"
    if form == 2:
        return f"[[DATE:the {rng.choice(ORDINAL_WORDS)} of {MONTHS[month]}]]"
    if form == 3:
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
        return f"[[DATE:the {day}{suffix}]]"
    return f"[[DATE:{MONTHS[month][:3]} {day}]]"


def old_age(rng):
    if rng.random() < 0.5:
        return f"[[AGE:{rng.randint(90, 104)}]]"
    return f"[[AGE:{rng.choice(AGE_WORDS)}]]"


def digits(rng, count):
    return "".join(str(rng.randrange(10)) for _ in range(count))


def phone(rng):
    form = rng.randrange(5)
    if form == 0:
        return f"[[PHONE:+44 7{digits(rng, 3)} {digits(rng, 6)}]]"
    if form == 1:
        return f"[[PHONE:+63 917 {digits(rng, 3)} {digits(rng, 4)}]]"
    if form == 2:
        return f"[[PHONE:({digits(rng, 3)}) 555-{digits(rng, 4)}]]"
    if form == 3:
        return f"[[PHONE:{digits(rng, 3)}.555.{digits(rng, 4)}]]"
    return f"[[PHONE:00 1 {digits(rng, 3)} 555 {digits(rng, 4)}]]"


def record_number(rng):
    """An account, encounter, claim, court, licence, health card, insurance or device number."""
    form = rng.randrange(8)
    letters = "ABCDEFGHJKLMNPRSTWXYZ"
    if form == 0:
        return f"account [[ID:{digits(rng, 9)}]]"
    if form == 1:
        return f"encounter # [[ID:ENC{digits(rng, 8)}]]"
    if form == 2:
        return f"claim no. [[ID:{rng.choice(letters)}{rng.choice(letters)}-{digits(rng, 6)}-{digits(rng, 2)}]]"
    if form == 3:
        return f"case [[ID:{rng.randint(20, 26)}-CV-{digits(rng, 5)}]]"
    if form == 4:
        return f"DL [[ID:{rng.choice(letters)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}]]"
    if form == 5:
        return f"health card [[ID:{digits(rng, 4)} {digits(rng, 3)} {digits(rng, 3)}]]"
    if form == 6:
        return f"member id [[ID:{rng.choice(letters)}{rng.choice(letters)}{digits(rng, 9)}]]"
    return f"serial [[ID:{rng.choice(letters)}{rng.choice(letters)}{digits(rng, 7)}]]"
