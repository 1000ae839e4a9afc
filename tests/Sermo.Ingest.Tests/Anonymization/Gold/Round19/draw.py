"""Drawing helpers for round 19's templates: labelled spans, people, ages, dates and number formats (decision 138).

Numbers have each format's shape but no check digit; they are not anyone's.
"""
import string

import sources
import terms


def span(kind, value):
    return f"[[{kind}:{value}]]"


def name(value):
    return span("NAME", value)


def place(value):
    return span("LOCATION", value)


def ident(value):
    return span("ID", value)


def term(value):
    return f"<<{value}>>"


def case(r, pool=None):
    """A condition and its treatment from one pool, both marked as clinical terms."""
    condition, treatment = r.choice(pool or terms.ADULT)
    return term(condition), term(treatment)


def digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def letters(r, n, alphabet=string.ascii_uppercase):
    return "".join(r.choice(alphabet) for _ in range(n))


def person(r, culture=None):
    """(given, surname, culture) from one culture's lists."""
    culture = culture or r.choice(sorted(sources.CULTURES))
    given, surnames = sources.CULTURES[culture]
    return r.choice(given), r.choice(surnames), culture


def full_name(r, culture=None, lower=False):
    """Given and surname as two spans; family-first cultures printed surname first."""
    given, surname, culture = person(r, culture)
    if lower:
        given, surname = given.lower(), surname.lower()
    if culture in sources.FAMILY_FIRST:
        return f"{name(surname)} {name(given)}"
    return f"{name(given)} {name(surname)}"


def surname_given(r, upper=False, culture=None):
    given, surname, _ = person(r, culture)
    if upper:
        given, surname = given.upper(), surname.upper()
    return f"{name(surname)}, {name(given)}"


ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def old_age(r):
    """An age over 89 in one of several spellings; only the number (or its words) is the span."""
    n = r.randint(90, 104)
    if n < 100:
        word = "ninety" + (f"-{ONES[n - 90]}" if n > 90 else "")
    else:
        word = "one hundred" + (f" and {ONES[n - 100]}" if n > 100 else "")
    shapes = [f"{span('AGE', n)}-year-old", f"{span('AGE', n)}yo", f"{span('AGE', n)} y/o", f"aged {span('AGE', n)}",
              f"{span('AGE', word)}-year-old", f"{span('AGE', word.upper())} YEARS OLD", f"{span('AGE', n)} yrs",
              f"{span('AGE', str(n) + 'F')}", f"age {span('AGE', n)}"]
    return r.choice(shapes)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"]


def date(r, style=None, year_from=2024, year_to=2026):
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(year_from, year_to)
    style = style or r.choice(["eu", "us", "words", "dots", "iso", "ordinal"])
    text = {"eu": f"{day:02d}/{month:02d}/{year}", "us": f"{month}/{day}/{year}",
            "words": f"{day} {MONTHS[month - 1]} {year}", "dots": f"{day:02d}.{month:02d}.{year}",
            "iso": f"{year}-{month:02d}-{day:02d}",
            "ordinal": f"the {ORDINALS[min(day, 20) - 1]} of {MONTHS[month - 1]}"}[style]
    return span("DATE", text)


def birth_date(r, style=None):
    return date(r, style, 1931, 1990)


def us_phone(r):
    area, line = r.choice(["319", "870", "620", "606", "907", "432", "307", "218"]), digits(r, 4)
    text = r.choice([f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}", f"+1 {area} 555 {line}"])
    if r.random() < 0.4:
        text += r.choice([f" ext. {digits(r, 3)}", f" x{digits(r, 4)}", f", ext {digits(r, 2)}"])
    return span("PHONE", text)


def phone_abroad(r, country):
    text = {"uk": r.choice([f"07700 900{digits(r, 3)}", f"+44 1539 {digits(r, 6)}"]),
            "canada": f"({r.choice(['418', '807', '403', '902'])}) 555-{digits(r, 4)}",
            "australia": r.choice([f"04{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", f"+61 8 {digits(r, 4)} {digits(r, 4)}"]),
            "india": f"+91 {r.choice('6789')}{digits(r, 4)} {digits(r, 5)}",
            "nz": r.choice([f"021 {digits(r, 3)} {digits(r, 4)}", f"+64 6 {digits(r, 3)} {digits(r, 4)}"]),
            "ireland": r.choice([f"08{r.choice('5679')} {digits(r, 3)} {digits(r, 4)}", f"+353 91 {digits(r, 6)}"]),
            "sa": r.choice([f"0{r.choice('678')}{digits(r, 1)} {digits(r, 3)} {digits(r, 4)}", f"+27 21 {digits(r, 3)} {digits(r, 4)}"]),
            "mexico": f"+52 {r.choice(['662', '951', '686'])} {digits(r, 3)} {digits(r, 4)}"}[country]
    return span("PHONE", text)


def nhs(r):
    return ident(f"{digits(r, 3)} {digits(r, 3)} {digits(r, 4)}")


def ohip(r):
    return ident(f"{digits(r, 4)}-{digits(r, 3)}-{digits(r, 3)}-{letters(r, 2)}")


def bc_phn(r):
    return ident(f"9{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}")


def au_medicare(r):
    return ident(f"{r.choice('23456')}{digits(r, 3)} {digits(r, 5)} {r.randint(1, 5)}")


def nz_nhi(r):
    return ident(letters(r, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(r, 4))


def sa_id(r):
    return ident(f"{r.randint(40, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 4)}08{digits(r, 1)}")


def aadhaar(r):
    return ident(f"{r.choice('23456789')}{digits(r, 3)} {digits(r, 4)} {digits(r, 4)}")


def pps(r):
    return ident(digits(r, 7) + letters(r, 1) + r.choice(["", "A", "W"]))


def mbi(r):
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    return ident(f"{r.randint(1, 9)}{letters(r, 1, alpha)}{r.choice(alpha + '0123456789')}{digits(r, 1)}-"
                 f"{letters(r, 1, alpha)}{r.choice(alpha + '0123456789')}{digits(r, 1)}-{letters(r, 2, alpha)}{digits(r, 2)}")


def dea(r, surname):
    return ident(r.choice("ABFM") + surname[0].upper() + digits(r, 7))


def npi(r):
    return ident(r.choice("12") + digits(r, 9))


def vin(r):
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return ident("".join(r.choice(alpha) for _ in range(17)))


def plate(r):
    return ident(r.choice([f"{digits(r, 1)}{letters(r, 3)}{digits(r, 3)}", f"{letters(r, 3)} {digits(r, 4)}",
                           f"{letters(r, 3)}-{digits(r, 3)}", f"{letters(r, 2)}{digits(r, 2)} {letters(r, 3)}"]))


def ipv4(r):
    return span("IP", r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"73.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"]))


def ipv6(r):
    return span("IP", f"2600:{r.randint(4096, 65535):x}:{r.randint(256, 65535):x}::{r.randint(1, 4095):x}")


def serial(r):
    return ident(r.choice([f"{letters(r, 3)}{digits(r, 6)}{letters(r, 1)}", f"SN {digits(r, 10)}",
                           f"{letters(r, 2)}-{digits(r, 5)}-{letters(r, 2)}"]))


def member_id(r):
    return ident(r.choice([f"{letters(r, 3)}{digits(r, 9)}", f"W{digits(r, 9)}", f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 4)}-00"]))


def mrn(r):
    return ident(r.choice([digits(r, 8), f"E{digits(r, 7)}", f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}"]))


def room(r):
    return ident(r.choice([str(r.randint(2, 48)), f"{r.randint(2, 9)}{r.choice('ABCDEFGHJ')}", f"{r.randint(3, 9)}{r.randint(10, 40)}",
                           f"{r.randint(1, 6)}-{r.randint(1, 30)}"]))


def email(r, given, surname):
    local = r.choice([f"{given}.{surname}", f"{given[0]}{surname}", f"{surname}{digits(r, 2)}", f"{given}{digits(r, 4)}"])
    local = "".join(c for c in local.lower() if c.isascii() and (c.isalnum() or c == "."))
    return span("EMAIL", f"{local}@{r.choice(['gmail.com', 'yahoo.co.uk', 'outlook.com', 'icloud.com', 'bigpond.com', 'rediffmail.com'])}")
