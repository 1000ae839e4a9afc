"""One dict of fresh draws per generated post (decision 302): people in every form, places, numbers, dates, phones
and ages over 89, already in [[TYPE:value]] markup, so a template only chooses which to write."""
import pools
from people import Person

ROLES = "abcde"
FORMS = ("full", "given", "surname", "sg", "upper", "lower", "initial", "title")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December".split("|")
NUMBER_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
                95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
                100: "a hundred", 101: "a hundred and one", 102: "a hundred and two", 103: "a hundred and three"}


def _person_keys(d, key, person, rng):
    for kind in FORMS:
        d[f"{key}_{kind}"] = person.form(kind)
    d[f"{key}_he"], d[f"{key}_his"], d[f"{key}_him"] = person.he, person.his, person.him
    d[f"{key}_He"] = person.he.capitalize()
    d[f"{key}_email"] = person.email(rng.choice(pools.DOMAINS))
    d[f"{key}_kid"] = person.kin("son", "daughter")
    d[f"{key}_sib"] = person.kin("brother", "sister")
    d[f"{key}_parent"] = person.kin("dad", "mom")
    d[f"{key}_spouse"] = person.kin("husband", "wife")
    d[f"{key}_mf"] = person.sex


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone(rng):
    area = rng.choice(pools.AREA_CODES)
    exchange = f"{rng.randint(2, 9)}{_digits(rng, 2)}"
    line = _digits(rng, 4)
    shape = rng.randrange(5)
    value = [f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}", f"{area}.{exchange}.{line}",
             f"{area}{exchange}{line}", f"+1 {area} {exchange} {line}"][shape]
    return f"[[PHONE:{value}]]"


def _ordinal(day):
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _dob(rng):
    """An adult's date of birth, and a mother's from the same draw (her year moved into 1986-2004)."""
    month, day, year = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1952, 2003)
    shape = rng.randrange(5)

    def written(y):
        value = [f"{month}/{day}/{y}", f"{month:02d}-{day:02d}-{y}", f"{MONTHS[month - 1]} {day}, {y}",
                 f"{y}-{month:02d}-{day:02d}", f"{day}.{month:02d}.{y}"][shape]
        return f"[[DATE:{value}]]"
    return written(year), written(1986 + (year - 1952) % 19)


def _date(rng):
    """A drawn date as written, and the same day and shape with its year moved so that it falls before the posts'
    present (2026-12-07) or after it: a past event and a future one read right whichever year was drawn. The random
    calls are the same as before, so no other draw moves."""
    month, day, year = rng.randint(1, 12), rng.randint(1, 28), rng.choice([2025, 2026])
    shape = rng.randrange(8)

    def written(y):
        value = [f"{month}/{day}/{y % 100}", f"{month:02d}-{day:02d}-{y}", f"{MONTHS[month - 1]} {day}",
                 f"{day} {MONTHS[month - 1][:3]} {y}", f"{y}-{month:02d}-{day:02d}", f"{MONTHS[month - 1][:3]} {_ordinal(day)}",
                 f"{month}/{day}", f"{MONTHS[month - 1]} {day}, {y}"][shape]
        return f"[[DATE:{value}]]"
    after_present = (year, month, day) > (2026, 12, 6)
    return written(year), written(2025 if after_present else year), written(year if after_present else 2027)


def _old_age(rng, sex):
    n = rng.randint(90, 103)
    shape = rng.randrange(7)
    return [f"[[AGE:{n}]]", f"[[AGE:{n}]]yo", f"[[AGE:{n}]]{sex}", f"[[AGE:{n}]] y/o", f"aged [[AGE:{n}]]",
            f"[[AGE:{n}]]-year-old", f"[[AGE:{NUMBER_WORDS[n]}]]"][shape]


def fresh(rng):
    d = {}
    patient = Person(rng)
    _person_keys(d, "p", patient, rng)
    relative = Person(rng, culture=patient.culture, surname=None, avoid=(patient.given,))
    relative.surname = patient.surname if relative.sex == patient.sex or patient.culture not in pools.SEX_MARKED else relative.surname
    _person_keys(d, "k", relative, rng)
    used = {patient.given, relative.given}
    for role in ROLES:
        person = Person(rng, avoid=tuple(used))
        while person.given in used:
            person = Person(rng, avoid=tuple(used))
        used.add(person.given)
        _person_keys(d, role, person, rng)
    # a mother, the father of her baby (same culture) and the baby's word, for the birth templates
    mother = Person(rng, sex="F", avoid=tuple(used))
    father = Person(rng, culture=mother.culture, sex="M", avoid=tuple(used | {mother.given}))
    _person_keys(d, "m", mother, rng)
    _person_keys(d, "f", father, rng)
    d["baby"] = rng.choice(["Baby Girl", "Baby Boy"])
    d["baby_he"] = "she" if d["baby"] == "Baby Girl" else "he"
    d["baby_sur"] = rng.choice([mother.form("surname"), father.form("surname")])
    d["old"] = _old_age(rng, patient.sex)
    d["old2"] = _old_age(rng, relative.sex)
    d["old_f"] = _old_age(rng, "F")
    for key, pool in (("word", pools.WORD_TOWNS), ("port", pools.PORT_TOWNS), ("fire_town", pools.FIRE_TOWNS),
                      ("inland", pools.INLAND_TOWNS), ("county", pools.COUNTIES), ("birth_center", pools.BIRTH_CENTERS),
                      ("hosp", pools.L_AND_D_HOSPITALS), ("cord_bank", pools.CORD_BANKS), ("psych", pools.PSYCH_UNITS),
                      ("group_home", pools.GROUP_HOMES), ("otp", pools.OTPS), ("sober", pools.SOBER_HOUSES),
                      ("church", pools.CHURCHES), ("cannery", pools.CANNERIES), ("uscg", pools.USCG_STATIONS),
                      ("cutter", pools.CUTTERS), ("casino", pools.CASINOS), ("festival", pools.FESTIVALS),
                      ("park", pools.PARKS), ("ride", pools.RIDES), ("stage", pools.STAGES), ("hotshot", pools.HOTSHOTS),
                      ("fire", pools.FIRES), ("mill", pools.MILLS), ("logger", pools.LOGGERS), ("court", pools.COURTS)):
        d[key] = f"[[LOCATION:{rng.choice(pool)}]]"
    d["word2"] = f"[[LOCATION:{rng.choice([t for t in pools.WORD_TOWNS if t not in d['word']])}]]"
    vessels = rng.sample(pools.VESSELS, 2)
    d["vessel"], d["vessel2"] = (f"[[LOCATION:{v}]]" for v in vessels)
    number, street = rng.randint(12, 9880), rng.choice(pools.STREETS)
    d["addr"] = f"[[LOCATION:{number} {street}]]"
    # the same draw's street alone, for places a house number does not fit (a bridge on the road)
    d["street"] = f"[[LOCATION:{street}]]"
    d["mrn"] = f"[[ID:{_digits(rng, 8)}]]"
    d["petition"] = f"[[ID:{rng.choice([2025, 2026])}-{rng.choice(['MH', 'ICP', 'TDO', 'PC'])}-{_digits(rng, 5)}]]"
    d["case"] = f"[[ID:{rng.choice(['CR', 'DC', 'TC'])}-{rng.randint(24, 26)}-{_digits(rng, 4)}]]"
    d["birth_cert"] = f"[[ID:{rng.randint(101, 169)}-2026-{_digits(rng, 6)}]]"
    d["nbs"] = f"[[ID:{rng.choice(['NBS', 'K', 'NB'])}{_digits(rng, 7)}]]"
    d["cord_id"] = f"[[ID:{rng.choice(['CB', 'CS', 'NC'])}-{_digits(rng, 5)}-{rng.randint(1, 9)}]]"
    d["player"] = f"[[ID:{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}]]"
    d["band"] = f"[[ID:{rng.choice(['GA', 'VIP', 'W'])}{_digits(rng, 6)}]]"
    d["mmsi"] = f"[[ID:{rng.choice(['366', '367', '338'])}{_digits(rng, 6)}]]"
    d["doc_no"] = f"[[ID:{rng.randint(5, 12)}{_digits(rng, 5)}]]"
    d["pdmp"] = f"[[ID:{rng.choice(['PMP', 'RX'])}{_digits(rng, 7)}]]"
    d["otp_id"] = f"[[ID:{_digits(rng, 5)}]]"
    d["crew_no"] = f"[[ID:{rng.randint(1, 9)}-{_digits(rng, 2)}]]"
    d["engine"] = f"[[ID:{rng.randint(31, 69)}{_digits(rng, 2)}]]"
    d["call_sign"] = f"[[ID:{rng.choice(['Tango', 'Kilo', 'Foxtrot', 'Bravo'])} {rng.randint(2, 39)}]]"
    d["room"] = f"[[ID:{rng.randint(2, 14)}]]"
    d["bed"] = f"[[ID:{rng.randint(1, 30)}]]"
    d["room2"] = f"[[ID:{rng.randint(101, 460)}{rng.choice(['', 'A', 'B'])}]]"
    d["incident"] = f"[[ID:{rng.choice(['IR', 'SEC', 'INC'])}-{_digits(rng, 6)}]]"
    d["phone"], d["phone2"] = _phone(rng), _phone(rng)
    (d["date"], d["date_past"], d["date_ahead"]), (d["date2"], _, d["date2_ahead"]) = _date(rng), _date(rng)
    d["dob"], d["mom_dob"] = _dob(rng)
    d["hours"] = rng.randint(2, 20)
    return d
