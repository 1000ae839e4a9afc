"""Round 23's drawers (decision 157): each returns markup for one identifier, or plain words for a clinical slot."""
import pools

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth"]
TENS = {9: "ninety", 10: "one hundred"}
UNITS = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


def culture(rng):
    return rng.choice(sorted(pools.CULTURES))


def given(rng, pool=None):
    if pool is None and rng.random() < 0.3:
        return rng.choice(pools.WORD_GIVEN)
    return rng.choice(pools.CULTURES[pool or culture(rng)][0])


def surname(rng, pool=None):
    if pool is None and rng.random() < 0.3:
        return rng.choice(pools.WORD_SURNAME)
    return rng.choice(pools.CULTURES[pool or culture(rng)][1])


def full_name(rng):
    """A person's name in one of several shapes; every word its own span, "Surname, Given" two spans."""
    pool = culture(rng)
    first, last = given(rng, pool if rng.random() < 0.7 else None), surname(rng, pool if rng.random() < 0.7 else None)
    shape = rng.randrange(7)
    if shape == 0:
        return f"[[NAME:{last}]], [[NAME:{first}]]"
    if shape == 1:
        return f"[[NAME:{first.lower()}]] [[NAME:{last.lower()}]]"
    if shape == 2:
        return f"[[NAME:{first[0]}.]] [[NAME:{last}]]"
    if shape == 3:
        other = surname(rng)
        return f"[[NAME:{first}]] [[NAME:{last}-{other}]]"
    if shape == 4:
        return f"[[NAME:{last.upper()}]], [[NAME:{first.upper()}]]"
    return f"[[NAME:{first}]] [[NAME:{last}]]"


def first_name(rng):
    return f"[[NAME:{given(rng)}]]"


def old_age(rng):
    """An age of 90 or more: the joined token whole, otherwise the number (digits or words) alone."""
    years = rng.randint(90, 104)
    words = (TENS[years // 10] + UNITS[years % 10]) if years < 100 else None
    shapes = [f"[[AGE:{years}yo]]", f"[[AGE:{years}]] y/o", f"[[AGE:{years}]]-year-old", f"aged [[AGE:{years}]]",
              f"[[AGE:{years}]] yrs old", f"[[AGE:{years}F]]"]
    if words:
        shapes.append(f"[[AGE:{words}]] year old")
    return rng.choice(shapes)


def date(rng):
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2026)
    shapes = [f"{day:02d}.{month:02d}.{year}", f"{day}/{month}/{year}", f"{day} {MONTHS[month - 1]} {year}",
              f"{MONTHS[month - 1]} {ORDINALS[day - 1] if day <= 20 else day}", f"the {ORDINALS[min(day, 20) - 1]} of {MONTHS[month - 1]}",
              f"{year}-{month:02d}-{day:02d}", f"{MONTHS[month - 1][:3]} {day}"]
    return f"[[DATE:{rng.choice(shapes)}]]"


def digits(rng, count):
    return "".join(str(rng.randrange(10)) for _ in range(count))


def phone(rng):
    shapes = [f"+1 (907) 555-{digits(rng, 4)}", f"+234 803 {digits(rng, 3)} {digits(rng, 4)}",
              f"00 44 20 {digits(rng, 4)} {digits(rng, 4)}", f"+52 55 {digits(rng, 4)} {digits(rng, 4)}",
              f"+63 917 {digits(rng, 3)} {digits(rng, 4)}", f"+976 9911 {digits(rng, 4)}", f"555.{digits(rng, 3)}.{digits(rng, 4)}"]
    return f"[[PHONE:{rng.choice(shapes)}]]"


def record_id(rng, kind):
    """A number of one of the set's kinds, labelled without the words in front of it."""
    year = rng.randint(19, 26)
    shapes = {
        "incident": [f"IC-{year}-{digits(rng, 5)}", f"{year}-{digits(rng, 6)}", f"INC{digits(rng, 7)}"],
        "run": [f"R{digits(rng, 6)}", f"{year}{digits(rng, 5)}"],
        "unit": [f"{rng.randint(1, 99)}", f"M{rng.randint(1, 40)}", f"E-{rng.randint(1, 30)}", f"Squad {rng.randint(1, 9)}"],
        "coroner": [f"ME{year}-{digits(rng, 4)}", f"C-20{year}-{digits(rng, 3)}"],
        "court": [f"CV-20{year}-{digits(rng, 5)}", f"{year}CR{digits(rng, 4)}"],
        "claim": [f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 5)}", f"CLM{digits(rng, 8)}"],
        "licence": [f"MD{digits(rng, 6)}", f"{digits(rng, 2)}.{digits(rng, 6)}", f"A{digits(rng, 5)}"],
        "passport": [f"{rng.choice('ABCEKLNP')}{digits(rng, 7)}", f"{rng.choice('FMT')}{rng.choice('KNR')}{digits(rng, 6)}"],
        "visa": [f"{digits(rng, 8)}", f"V{digits(rng, 9)}"],
        "donor": [f"{rng.choice('ABCDEFGH')}{rng.choice('JKLMN')}{rng.choice('PQRST')}{digits(rng, 3)}", f"DN-{digits(rng, 6)}"],
        "badge": [f"{digits(rng, 4)}", f"#{digits(rng, 3)}"],
        "record": [f"{digits(rng, 8)}", f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 4)}", f"E{digits(rng, 7)}"],
    }
    return f"[[ID:{rng.choice(shapes[kind])}]]"


def handle(rng):
    base = given(rng).lower()
    return f"[[NAME:{rng.choice([f'{base}{rng.randint(10, 99)}', f'{base}_{rng.choice(pools.WORD_SURNAME).lower()}', f'the.real.{base}'])}]]"


def email(rng):
    first, last = given(rng).lower(), surname(rng).lower().replace(" ", "")
    return f"[[EMAIL:{first}.{last}@{rng.choice(['gmail.com', 'yahoo.com', 'proton.me', 'outlook.com'])}]]"


def url(rng):
    first = given(rng).lower()
    return f"[[URL:{rng.choice([f'doxy.me/dr{first}', f'https://gofundme.com/f/help-{first}', f'www.facebook.com/{first}.{surname(rng).lower()}'])}]]"


def place(rng, kind):
    return f"[[LOCATION:{rng.choice(getattr(pools, kind))}]]"
