"""Round 49's number, date, phone and age draws (decision 323). The posts' present is 2026-12-07."""
import datetime

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PRESENT = datetime.date(2026, 12, 6)


def _day(rng, year_from, year_to):
    start = datetime.date(year_from, 1, 1)
    span = (datetime.date(year_to, 12, 31) - start).days
    return start + datetime.timedelta(days=rng.randrange(span + 1))


def _ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_text(rng, day):
    shapes = [
        lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
        lambda d: d.isoformat(),
        lambda d: f"{d.day}.{d.month:02d}.{d.year}",
        lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        lambda d: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        lambda d: f"{MONTHS[d.month - 1][:3]}{'.' if d.month != 5 else ''} {_ordinal(d.day)} {d.year}",
        lambda d: f"{d.month:02d}-{d.day:02d}-{d.year}",
        lambda d: f"{d.year}{d.month:02d}{d.day:02d}",
    ]
    return rng.choice(shapes)(day)


def past_date(rng):
    """A day in 2025 or 2026 before the present."""
    day = _day(rng, 2025, 2026)
    if day > PRESENT:
        day = day.replace(year=2025)
    return f"[[DATE:{date_text(rng, day)}]]"


def ahead_date(rng):
    day = datetime.date(2027, 1, 1) + datetime.timedelta(days=rng.randrange(200))
    return f"[[DATE:{date_text(rng, day)}]]"


def dob(rng, year_from=1936, year_to=2004):
    return f"[[DATE:{date_text(rng, _day(rng, year_from, year_to))}]]"


def age_over_89(rng):
    n = rng.randrange(90, 105)
    words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "one hundred", 101: "one hundred and one", 102: "one hundred and two", 103: "one hundred and three",
             104: "one hundred four"}
    shapes = [f"[[AGE:{n}]] y/o", f"[[AGE:{n}]]yo", f"a [[AGE:{n}]]-year-old", f"aged [[AGE:{n}]]",
              f"[[AGE:{words[n]}]] years old", f"[[AGE:{n}]] yrs", f"a [[AGE:{words[n]}]]-year-old"]
    return rng.choice(shapes)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def phone(rng):
    area, exchange, line = f"{rng.randrange(2, 10)}{digits(rng, 2)}", f"{rng.randrange(2, 10)}{digits(rng, 2)}", digits(rng, 4)
    return f"[[PHONE:{rng.choice(['({a}) {e}-{l}', '{a}-{e}-{l}', '{a}.{e}.{l}', '{a} {e} {l}'])}]]".format(a=area, e=exchange, l=line)


def iridium(rng):
    return f"[[PHONE:+8816 {digits(rng, 3)} {digits(rng, 5)}]]"


def usap_event(rng):
    return f"[[ID:{rng.choice('ABGOCT')}-{rng.randrange(100, 600)}-{rng.choice('MNSP')}]]"


def route(rng):
    return f"[[ID:{rng.choice(['C', 'R', 'H'])}{digits(rng, 3)}]]"


def employee_id(rng):
    return f"[[ID:{rng.randrange(1, 10)}{digits(rng, 7)}]]"


def llv(rng):
    return f"[[ID:{rng.randrange(1, 9)}{digits(rng, 6)}]]"


def agma(rng):
    return f"[[ID:AG-{digits(rng, 6)}]]"


def ttb(rng, prefix):
    return f"[[ID:{prefix}-{rng.randrange(10000, 30000)}]]"


def barrel(rng):
    return f"[[ID:{rng.choice(['B', 'BBL-', 'K'])}{digits(rng, 5)}]]"


def isa_cert(rng):
    return f"[[ID:{rng.choice(['PN', 'WE', 'SO', 'MA'])}-{digits(rng, 4)}{rng.choice('ABTM')}]]"


def truck(rng):
    return f"[[ID:{rng.randrange(100, 999)}]]"


def rid(rng):
    return f"[[ID:{digits(rng, 5)}]]"


def mrn(rng):
    return f"[[ID:{rng.choice(['', 'M', '00'])}{digits(rng, 7)}]]"


def small_number(rng, low, high):
    return f"[[ID:{rng.randrange(low, high)}]]"
