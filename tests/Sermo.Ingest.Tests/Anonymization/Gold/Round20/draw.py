"""Drawing one identifier in GoldMarkup from Round 20's pools: every function takes the seeded Random it is given."""
import unicodedata

import sources as S

PARTICLES = {"i", "bin", "binti", "ap", "de", "van"}


def span(kind, value):
    return f"[[{kind}:{value}]]"


def name(value):
    """A name of one or more words as one span a word (particles left outside), as the hand-written posts label them."""
    return " ".join(w if w in PARTICLES else span("NAME", w) for w in value.split(" "))


def person(rng, culture=None):
    """(given, surname) of one culture, drawn at random when none is asked for."""
    given, family = S.PEOPLE[culture or rng.choice(sorted(S.PEOPLE))]
    return rng.choice(given), rng.choice(family)


def pick(rng, pool, kind="LOCATION"):
    """One pool entry as a span; a leading "the" stays outside it, as in the hand-written posts."""
    value = rng.choice(pool)
    return "the " + span(kind, value[4:]) if value.startswith("the ") else span(kind, value)


def digits(rng, shape):
    """'#' becomes a digit and 'A' an upper-case letter; anything else is kept."""
    out = []
    for c in shape:
        if c == "#":
            out.append(str(rng.randrange(10)))
        elif c == "A":
            out.append(chr(ord("A") + rng.randrange(26)))
        else:
            out.append(c)
    return "".join(out)


def number(rng, shape):
    return span("ID", digits(rng, shape))


def phone_abroad(rng):
    code, shape = rng.choice(S.TELEPHONE_COUNTRIES)
    return span("PHONE", f"{code} {digits(rng, shape)}")


def phone_us(rng):
    area = rng.choice(["417", "505", "907", "318", "608", "928", "701", "276"])
    shape = rng.choice(["({a}) ###-####", "{a}-###-####", "{a}.###.####", "+1 {a} ### ####"])
    return span("PHONE", digits(rng, shape.format(a=area)))


def extension(rng):
    """An extension or pager: the prefix stays outside the span, only the number is the identifier."""
    prefix = rng.choice(["ext ", "ext. ", "x", "pager ", "pgr ", "beeper ", "vocera "])
    return prefix + span("PHONE", digits(rng, rng.choice(["####", "#-####", "###-####"])))


def date(rng):
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024, 2025, 2026])
    shapes = [f"{day:02d}/{month:02d}/{year}", f"{day}.{month}.{year}", f"{day} {S.MONTHS[month - 1][:3]}",
              f"the {S.ORDINAL_WORDS[rng.randrange(len(S.ORDINAL_WORDS))]} of {S.MONTHS[month - 1]}",
              f"{S.MONTHS[month - 1]} the {day}{suffix(day)}", f"the {day}{suffix(day)}",
              f"{day}{suffix(day)} {S.MONTHS[month - 1]} {year}", f"{year}-{month:02d}-{day:02d}"]
    return span("DATE", rng.choice(shapes))


def birth_date(rng):
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1926, 2019)
    return span("DATE", rng.choice([f"{day:02d}.{month:02d}.{year}", f"{month}/{day}/{year}",
                                    f"{day} {S.MONTHS[month - 1]} {year}", f"{day:02d}-{month:02d}-{year}"]))


def suffix(day):
    return "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def old_age(rng):
    """An age over 89 in one of the spellings a post uses; the unit words stay outside the span."""
    years = rng.randint(90, 103)
    shape = rng.choice(["{n} yo", "{n}yo", "{n}-year-old", "{n} y.o.", "{n} yrs", "{w}-year-old", "age {n}",
                        "{n}F", "{n}M", "F/{n}", "{W}"])
    n = span("AGE", str(years))
    w = span("AGE", S.AGE_WORDS[years])
    return shape.format(n=n, w=w, W=span("AGE", S.AGE_WORDS[years].upper()))


def handle(rng):
    return span("NAME", rng.choice(S.HANDLES))


def email(rng, given, surname):
    local = rng.choice([f"{given}.{surname}", f"{given[0]}{surname}", f"{surname}{rng.randint(10, 99)}"])
    local = ascii_fold(local.lower().replace(" ", "").replace("'", ""))
    domain = rng.choice(["gmail.com", "ukr.net", "wp.pl", "seznam.cz", "yahoo.co.id", "hotmail.com", "outlook.com"])
    return span("EMAIL", f"{local}@{domain}")


def ascii_fold(text):
    """An e-mail's local part as people type it: accents dropped, Icelandic letters spelt out."""
    text = text.replace("þ", "th").replace("ð", "d").replace("ı", "i").replace("ł", "l")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
