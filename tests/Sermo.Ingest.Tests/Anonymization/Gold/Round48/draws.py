"""One dict of fresh draws per generated post (decision 313): people, places, numbers, dates and ages, each already in
markup, so a template is a format string over this dict. The post's present is December 2026."""
import unicodedata

import people
import pools

MONTHS = "January February March April May June July August September October November December".split()


def _plain(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _ordinal(day):
    return f"{day}{'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _date(rng, years, past=False):
    """`past` moves a drawn day after the post's present (2026-12-06) into 2025, from the same random calls, so a
    template's past event ("drawn", "filled", "transferred") never falls on a day still to come."""
    y, m, d = rng.choice(years), rng.randint(1, 12), rng.randint(1, 28)
    if past and (y, m, d) > (2026, 12, 6):
        y = 2025
    shape = rng.randrange(7)
    return [f"{m}/{d}/{y % 100:02d}", f"{m:02d}-{d:02d}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1][:3]} {y}",
            f"{MONTHS[m - 1]} {d}, {y}", f"{MONTHS[m - 1][:3]} {_ordinal(d)}", f"{d}.{m:02d}.{y}"][shape]


def _age(rng):
    n = rng.randint(90, 104)
    words = {90: "ninety", 91: "ninety-one", 93: "ninety-three", 94: "ninety four", 96: "ninety-six", 97: "ninety seven",
             99: "ninety-nine", 100: "a hundred", 101: "one hundred and one", 102: "a hundred and two"}
    shape = rng.randrange(6)
    if shape == 0 and n in words:
        return f"[[AGE:{words[n]}]]-year-old"
    return [f"[[AGE:{n}]]yo", f"[[AGE:{n}]] y/o", f"[[AGE:{n}]]-year-old", f"aged [[AGE:{n}]]", f"[[AGE:{n}]] yrs",
            f"[[AGE:{n}]]yo"][shape]


def _phone(rng):
    a, b, c = rng.randint(201, 989), rng.randint(200, 989), rng.randint(0, 9999)
    return rng.choice([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}"])


def _digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def draw(rng):
    f = {}
    pt = people.Person(rng)
    f["pt_person"] = pt
    taken = {pt.given}
    staff = []
    for key in ("nurse", "medic", "pharm", "tech", "coach", "at", "cw", "interp", "aide", "rancher", "pilot", "doc"):
        p = people.Person(rng)
        while p.given in taken:
            p = people.Person(rng)
        taken.add(p.given)
        staff.append((key, p))
    kin = people.relative(rng, pt, taken)
    for key, p in [("pt", pt), ("kin", kin)] + staff:
        f[key] = p.full()
        f[f"{key}_form"] = p.form(rng)
        f[f"{key}_lf"] = p.last_first()
        f[f"{key}_up"] = p.upper()
        f[f"{key}_low"] = p.lower()
        f[f"{key}_init"] = p.initial()
        f[f"{key}_given"] = p.given_only()
        f[f"{key}_sur"] = p.surname_only()
        f[f"{key}_titled"] = p.titled()
        f[f"{key}_he"], f[f"{key}_his"], f[f"{key}_him"] = p.he, p.his, p.him
        f[f"{key}_He"] = p.he.capitalize()
        f[f"{key}_mail"] = f"[[EMAIL:{_plain(p.email_local())}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'])}]]"
    f["kin_word"] = rng.choice(["son", "grandson", "nephew", "brother"] if kin.sex == "M" else
                               ["daughter", "granddaughter", "niece", "sister"])
    f["pt_sexletter"] = pt.sex
    f["age"] = _age(rng)
    f["age_bare"] = f"[[AGE:{rng.randint(90, 103)}]]"
    f["date"], f["date2"] = _date(rng, [2025, 2026], past=True), _date(rng, [2025, 2026], past=True)
    f["date_ahead"] = _date(rng, [2027])
    f["dob"] = _date(rng, list(range(1931, 2009)))
    f["dob_kid"] = _date(rng, list(range(2010, 2013)))
    f["phone"], f["phone2"] = _phone(rng), _phone(rng)
    f["base"] = rng.choice(pools.AIR_BASES)
    f["program"] = rng.choice(pools.AIR_PROGRAMS)
    f["callsign"] = f"{rng.choice(pools.CALLSIGN_WORDS)} {rng.randint(1, 49)}"
    f["tail"] = f"N{rng.randint(100, 999)}{rng.choice(['AM', 'LF', 'GA', 'MT', 'EM', 'RX', 'HP'])}"
    port, code = rng.choice(pools.AIRPORTS)
    f["airport"], f["code"] = port, code
    f["airline"] = rng.choice(pools.AIRLINES)
    f["flight"] = f"{rng.choice(['OO', 'QX', 'F9', 'G4', '9K', 'AS', 'WN'])}{rng.randint(100, 5999)}"
    f["hospital"], f["hospital2"] = rng.sample(pools.HOSPITALS, 2)
    f["faa"] = _digits(rng, 10)
    f["chain"] = rng.choice(pools.PHARMACIES)
    f["store"] = str(rng.randint(1000, 19999))
    f["indie"] = rng.choice(pools.INDIE_PHARMACIES)
    f["mail_order"] = rng.choice(pools.MAIL_ORDER)
    f["rx"] = rng.choice([_digits(rng, 7), f"{_digits(rng, 7)}-{_digits(rng, 5)}", f"RX{_digits(rng, 8)}"])
    f["bin"], f["pcn"] = _digits(rng, 6), rng.choice(["ADV", "MEDDADV", "9999", "CTRXMEDD", "A4", "OHCP"])
    f["group"] = rng.choice([f"RX{_digits(rng, 4)}", _digits(rng, 7), f"{rng.choice('KMWZ')}{_digits(rng, 5)}"])
    f["member"] = rng.choice([f"{rng.choice('WXYZ')}{_digits(rng, 9)}", f"{_digits(rng, 9)}01", f"ZGP{_digits(rng, 8)}"])
    f["pa"] = rng.choice([f"PA-{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}", f"KEY {rng.choice('BQXR')}{_digits(rng, 2)}{rng.choice('TWL')}{_digits(rng, 4)}"])
    f["anum"] = rng.choice([f"A{_digits(rng, 9)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"A-{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}"])
    f["detention"] = rng.choice(pools.DETENTION)
    f["shelter"] = rng.choice(pools.SHELTERS)
    f["border"] = rng.choice(pools.BORDER_TOWNS)
    f["agency"] = rng.choice(pools.HOME_AGENCIES)
    f["gate"], f["lockbox"] = _digits(rng, 4), _digits(rng, rng.choice([4, 5]))
    f["serial"] = rng.choice([f"{_digits(rng, 2)}{rng.choice('ABKJ')}{_digits(rng, 6)}", f"SN{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}"])
    f["visit"] = f"V{_digits(rng, 7)}"
    f["pet"], f["pet_kind"] = rng.choice(pools.PETS), rng.choice(pools.PET_KINDS)
    f["street"] = rng.choice(pools.STREETS)
    f["address"] = f"{rng.randint(12, 9890)} {f['street']}"
    f["town"], f["town2"] = rng.sample(pools.TOWNS, 2)
    f["school"] = rng.choice(pools.SCHOOLS)
    f["mascot"] = rng.choice(pools.MASCOTS)
    f["stadium"] = rng.choice(pools.STADIUMS)
    f["jersey"] = str(rng.randint(1, 99))
    f["student"] = rng.choice([_digits(rng, 7), f"S{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}"])
    f["ncaa"] = _digits(rng, 10)
    f["ranch"] = rng.choice(pools.RANCHES)
    f["cah"] = rng.choice(pools.CAH)
    f["ihs"] = rng.choice(pools.IHS_TOWNS)
    f["county"] = rng.choice(pools.COUNTIES)
    f["road"] = f"County Road {rng.randint(2, 390)}"
    f["mile"] = str(rng.randint(3, 480))
    f["mrn"] = rng.choice([_digits(rng, 8), f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"M{_digits(rng, 7)}"])
    f["room"], f["bed"] = str(rng.randint(101, 460)), rng.choice("ABCD")
    f["squad"] = f"{rng.randint(1, 9)}"
    f["case"] = f"{rng.choice(['HH', 'CM', 'SW'])}-{_digits(rng, 6)}"
    return f
