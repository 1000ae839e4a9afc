"""Fresh draws for one generated post of round 43: numbers in the shapes of the round's settings, dates, phones, ages,
towns and places, each returned as markup. Numbers follow no real check digits."""
import random
import string

import pools
from people import Person, relative

MONTHS = "January February March April May June July August September October November December".split()
LETTERS = "ACDEFGHJKMNPQRTUVWXY"  # MBI letters leave out S, L, O, I, B, Z


def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def mbi(rng):
    a, n = LETTERS, string.digits
    c = lambda: rng.choice(a + n)
    return f"{rng.randint(1, 9)}{rng.choice(a)}{c()}{rng.choice(n)}-{rng.choice(a)}{c()}{rng.choice(n)}-{rng.choice(a)}{rng.choice(a)}{rng.choice(n)}{rng.choice(n)}"


def phone(rng):
    area, exch, line = digits(rng, 3, "23456789"), digits(rng, 3, "23456789"), digits(rng, 4, string.digits)
    shape = rng.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a} {e} {l}", "{a}{e}{l}", "1-{a}-{e}-{l}"])
    return "[[PHONE:" + shape.format(a=area, e=exch, l=line) + "]]"


def date(rng, year_from=2025, year_to=2027):
    y, m, d = rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28)
    shape = rng.choice(["{m}/{d}/{yy}", "{m}/{d}/{y}", "{mm}-{dd}-{y}", "{y}-{mm}-{dd}", "{mon} {d}", "{mon} {d}, {y}",
                        "{d} {mon} {y}", "{m}/{d}"])
    return "[[DATE:" + shape.format(y=y, yy=str(y)[2:], m=m, d=d, mm=f"{m:02d}", dd=f"{d:02d}", mon=MONTHS[m - 1]) + "]]"


def dob(rng):
    y, m, d = rng.randint(1921, 1934), rng.randint(1, 12), rng.randint(1, 28)
    shape = rng.choice(["{m}/{d}/{y}", "{mm}/{dd}/{y}", "{y}-{mm}-{dd}", "{mon} {d}, {y}", "{d}.{mm}.{y}"])
    return "[[DATE:" + shape.format(y=y, m=m, d=d, mm=f"{m:02d}", dd=f"{d:02d}", mon=MONTHS[m - 1]) + "]]"


def old_age(rng):
    """An age of 90 or over (labelled): digits, joined with a unit or sex letter outside, or in words."""
    n = rng.randint(90, 104)
    words = {90: "ninety", 91: "ninety-one", 92: "ninety two", 93: "ninety-three", 94: "ninety four", 95: "ninety-five",
             96: "ninety-six", 97: "ninety seven", 98: "ninety-eight", 99: "ninety-nine", 100: "a hundred",
             101: "a hundred and one", 102: "one hundred two", 103: "a hundred and three", 104: "a hundred and four"}
    shape = rng.choice(["digits yo", "digits F", "digits y/o", "words year old", "digits year old", "digits"])
    if shape.startswith("words"):
        return f"[[AGE:{words[n]}]] year old"
    unit = shape.split(" ", 1)[1] if " " in shape else ""
    return f"[[AGE:{n}]]{unit if unit in ('yo', 'F') else (' ' + unit if unit else '')}"


def town(rng, with_state=None):
    name, state = rng.choice(pools.TOWNS)
    if with_state if with_state is not None else rng.random() < 0.4:
        return f"[[LOCATION:{name}]], {state}"
    return f"[[LOCATION:{name}]]" if rng.random() < 0.85 else f"[[LOCATION:{name.lower()}]]"


def loc(rng, pool):
    return f"[[LOCATION:{rng.choice(pool)}]]"


def a_number(rng):
    n = digits(rng, 9, "2")
    return "[[ID:" + rng.choice([f"A{n}", f"A{n[:3]}-{n[3:6]}-{n[6:]}", f"A# {n[:3]} {n[3:6]} {n[6:]}", f"{n}"]) + "]]"


def handle(rng, person):
    given, surname = person.given[0].lower(), "".join(person.surname).lower()
    word = rng.choice(pools.HANDLE_WORDS)
    return rng.choice([f"{given}_{word}{rng.randint(1, 99)}", f"{word}.{given}", f"{given}{surname[:4]}{word}",
                       f"the{word}{surname}", f"{given}.{surname}.{rng.randint(70, 99)}"])


AGENCY_DOMAINS = {"World Relief": "worldrelief.org", "Catholic Charities": "cc-diocese.org",
                  "Lutheran Social Services": "lssnorth.org", "HIAS": "hiasnet.org", "Church World Service": "cwsnet.org",
                  "Bridge Refugee Services": "bridgerefugee.org", "Jewish Family Service": "jfsnet.org",
                  "Refugee Services of Texas": "rstx.org"}


def _agency_email(email, agency):
    """The caseworker's e-mail at the drawn agency's domain (the domain drawn beside it is kept as a draw only, so
    that every later draw stays where it was)."""
    local = email[len("[[EMAIL:"):email.index("@")]
    return f"[[EMAIL:{local}@{AGENCY_DOMAINS[agency[len('[[LOCATION:'):-2]]}]]"


def _grade(school):
    """A grade that fits the drawn school (a high school's pupil is not in 3rd grade)."""
    return "10th grade" if " High" in school else "7th grade" if " Middle" in school else "3rd grade"


def _aps_named(aps):
    """"APS" and the drawn number: a number drawn with its "APS " prefix stands alone ("APS" not written twice)."""
    return aps if aps.startswith("[[ID:APS ") else f"APS {aps}"


def _sexed(person, male, female):
    return male if person.sex == "M" else female


def fresh(rng):
    """Every slot a template may use, drawn anew; templates pick what they need."""
    p = Person(rng)
    k = relative(rng, p)
    o, s, t = Person(rng), Person(rng), Person(rng)
    h = handle(rng, p)
    values = {
        "p": p.full(), "p_form": p.form(rng), "p_sf": p.surname_first(), "p_upper": p.upper(), "p_lower": p.lower(),
        "p_init": p.initial(), "p_given": p.given_only(), "p_sur": p.surname_only(),
        "he": p.pronoun(), "his": p.possessive(), "him": p.object(), "He": p.pronoun().capitalize(),
        "His": p.possessive().capitalize(),
        "k": k.full(), "k_form": k.form(rng), "k_given": k.given_only(), "kin": rng.choice(
            ["son", "grandson", "nephew", "brother"] if k.sex == "M" else ["daughter", "granddaughter", "niece", "sister"]),
        "o": o.full(), "o_form": o.form(rng), "o_sf": o.surname_first(), "o_init": o.initial(), "o_given": o.given_only(),
        "o_sur": o.surname_only(), "o_lower": o.lower(), "s": s.full(), "s_form": s.form(rng), "s_sur": s.surname_only(), "s_given": s.given_only(),
        "t": t.full(), "t_form": t.form(rng), "t_lower": t.lower(),
        "o_email": o.email(rng, rng.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"])),
        "s_email": s.email(rng, rng.choice(["worldrelief.org", "cc-diocese.org", "lssnorth.org", "hiasnet.org"])),
        "age": old_age(rng), "dob": dob(rng), "date": date(rng), "date2": date(rng),
        "year": f"[[DATE:{rng.randint(2015, 2024)}]]",
        "phone": phone(rng), "phone2": phone(rng), "ext": f"[[PHONE:{rng.randint(100, 9999)}]]",
        "town": town(rng), "town2": town(rng), "town_plain": town(rng, False),
        "nh": loc(rng, pools.NURSING_HOMES), "unit": loc(rng, pools.DIALYSIS_UNITS), "transport": loc(rng, pools.TRANSPORTERS),
        "school": loc(rng, pools.SCHOOLS), "daycare": loc(rng, pools.DAYCARES), "camp": loc(rng, pools.CAMPS),
        "city_abroad": loc(rng, pools.CITIES_ABROAD), "detention": loc(rng, pools.DETENTION), "agency": loc(rng, pools.AGENCIES),
        "ems": loc(rng, pools.EMS_SERVICES), "air": loc(rng, pools.AIR_SERVICES), "hosp": loc(rng, pools.HOSPITALS),
        "hosp2": loc(rng, pools.HOSPITALS), "shelter": loc(rng, pools.SHELTERS), "pharm": loc(rng, pools.PHARMACIES),
        "compounder": loc(rng, pools.COMPOUNDERS), "st1": loc(rng, pools.STREETS[:8]), "st2": loc(rng, pools.STREETS[8:]),
        "platform": rng.choice(pools.PLATFORMS), "chat": f"[[ID:{rng.choice(pools.GROUP_CHATS)}]]",
        "handle": f"@[[ID:{h}]]", "handle_bare": f"[[ID:{h}]]", "url": f"[[URL:{rng.choice(['linktr.ee/', 'beacons.ai/', 'linkin.bio/'])}{h}]]",
        "room": f"[[ID:{rng.randint(100, 450)}{rng.choice(['', '', 'A', 'B', '-2'])}]]", "bed": f"[[ID:{rng.choice('12AB')}]]",
        "mbi": f"[[ID:{mbi(rng)}]]", "medicaid": f"[[ID:{digits(rng, 8)}{rng.choice(['', 'X', 'A', 'T'])}]]",
        "chair": f"[[ID:{rng.randint(1, 24)}]]", "shift": rng.choice(["", "MWF ", "TTS "]) + f"[[ID:{rng.choice(['1st', '2nd', '3rd'])}]]",
        "student": f"[[ID:{digits(rng, rng.choice([6, 7, 9]))}]]", "bus": f"[[ID:{rng.randint(3, 88)}]]",
        "a_num": a_number(rng), "medic": f"[[ID:{rng.randint(2, 79)}]]",
        "tail": f"[[ID:N{rng.randint(100, 999)}{rng.choice(['LF', 'AE', 'CF', 'AM', 'LN', 'GA'])}]]",
        "incident": f"[[ID:{rng.choice(['26-', 'E', 'F26', ''])}{digits(rng, 6)}]]", "call_id": f"[[ID:TC-{digits(rng, 5)}]]",
        "cps": f"[[ID:{rng.choice(['', 'CPS-', '2026-'])}{digits(rng, 7)}]]", "aps": f"[[ID:{rng.choice(['', 'APS '])}{digits(rng, 6)}]]",
        "po": f"[[ID:{rng.choice(['PO-', 'DV', '26-PO-'])}{digits(rng, 5)}]]", "kit": f"[[ID:{rng.choice(['SK', 'K-', ''])}{digits(rng, 6)}]]",
        "store": f"[[ID:{rng.randint(1000, 19999)}]]", "rx": f"[[ID:{digits(rng, 7)}]]", "pdmp": f"[[ID:{digits(rng, 8)}]]",
        "mrn": f"[[ID:{digits(rng, 8)}]]", "case": f"[[ID:{rng.choice(['', 'A'])}{digits(rng, 9)}]]",
        "work_age": str(rng.randint(23, 64)), "kid_age": str(rng.randint(2, 16)), "teen_age": str(rng.randint(13, 17)),
    }
    # Words that follow what was drawn above, with no draw of their own (decision 266, third reading).
    values.update({
        "k_parent": _sexed(k, "Dad", "Mom"), "k_grand": _sexed(k, "Grandpa", "Grandma"), "o_he": o.pronoun(),
        "o_partner": _sexed(o, "boyfriend", "girlfriend"), "s_title": _sexed(s, "Mr.", "Mrs."),
        "grade": _grade(values["school"]), "aps_named": _aps_named(values["aps"]),
        "s_email": _agency_email(values["s_email"], values["agency"]),
    })
    return values
