"""Fresh draws for one generated post of round 46: every field a template may use, already in markup."""
import string

import pools
from people import Person, span

MONTHS = "January February March April May June July August September October November December".split()
AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety three", 94: "ninety-four",
             95: "ninety five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety eight", 99: "ninety-nine",
             100: "a hundred", 101: "one hundred and one", 102: "a hundred and two", 103: "one hundred three"}


def digits(rng, n, first_nonzero=True):
    head = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return head + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def letters(rng, n):
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def us_phone(rng):
    a, e, n = f"{rng.randint(2, 9)}{digits(rng, 2, False)}", f"{rng.randint(2, 9)}{digits(rng, 2, False)}", digits(rng, 4, False)
    return span("PHONE", rng.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a} {e} {n}", f"{a}{e}{n}"]))


FOREIGN_PHONES = {  # country code and a shape of the national number
    "Uganda": ("+256", "7## ### ###"), "Kenya": ("+254", "7## ######"), "Malawi": ("+265", "99# ## ## ##"),
    "Haiti": ("+509", "3# ## ####"), "Guatemala": ("+502", "5### ####"), "Honduras": ("+504", "9###-####"),
    "Sierra Leone": ("+232", "76 ######"), "Nepal": ("+977", "98########"),
}


def foreign_phone(rng, country):
    code, shape = FOREIGN_PHONES[country]
    return span("PHONE", code + " " + "".join(str(rng.randint(0, 9)) if c == "#" else c for c in shape))


DATE_SHAPES = [lambda y, m, d: f"{m}/{d}/{y % 100:02d}", lambda y, m, d: f"{m:02d}-{d:02d}-{y}",
               lambda y, m, d: f"{y}-{m:02d}-{d:02d}", lambda y, m, d: f"{MONTHS[m - 1]} {d}",
               lambda y, m, d: f"{d} {MONTHS[m - 1][:3]} {y}", lambda y, m, d: f"{MONTHS[m - 1][:3]} {d}, {y}",
               lambda y, m, d: f"{m}/{d}", lambda y, m, d: f"{d}.{m:02d}.{y}"]


def date(rng, year_from=2023, year_to=2026, kept=None):
    """A DATE span; `kept` (a list) also receives the drawn (y, m, d) and shape, for values derived from it."""
    y, m, d = rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28)
    shape = rng.choice(DATE_SHAPES)
    if kept is not None:
        kept.append(((y, m, d), shape))
    return span("DATE", shape(y, m, d))


def dates_after_draws(kept):
    """Derived from the post's two dates, no new draw (second reading, round 46): a rotation written in order, and
    a second onset within days of the first for one dinner."""
    (first, shape1), (second, shape2) = kept
    early, late = sorted([first, second])
    y, m, d = first
    return {"rotation": f"{span('DATE', shape1(*early))}-{span('DATE', shape2(*late))}",
            "onset2": span("DATE", shape2(y, m, min(28, d + second[2] % 4)))}


def old_age(rng, sex):
    """An age over 89, in one of many written forms; the unit or sex letter stays outside the span."""
    n = rng.randint(90, 103)
    shapes = [f"{span('AGE', str(n))} y/o", f"{span('AGE', str(n))}yo", f"{span('AGE', str(n))}{sex}",
              f"{span('AGE', str(n))}-year-old", f"{span('AGE', AGE_WORDS[n])} year old", f"aged {span('AGE', str(n))}",
              f"{span('AGE', str(n))} yrs", f"{span('AGE', AGE_WORDS[n])}"]
    return rng.choice(shapes)


def loc(value):
    """A LOCATION span with a leading "the" and trailing lower-case head words left outside it."""
    lead = ""
    if value.lower().startswith("the "):
        lead, value = value[:4], value[4:]
    words = value.split(" ")
    tail = []
    while len(words) > 1 and words[-1][:1].islower():
        tail.insert(0, words.pop())
    return lead + span("LOCATION", " ".join(words)) + ("" if not tail else " " + " ".join(tail))


def isbt_din(rng):
    return f"W{digits(rng, 4)} {rng.randint(22, 26)} {digits(rng, 6, False)}"


def fresh(rng):
    """One dict of draws; people are of mixed cultures and never share a given name."""
    used = set()
    people = []
    for _ in range(8):
        p = Person(rng, avoid=used)
        used.add(p.given)
        people.append(p)
    pt, doc, other, third, fourth, fifth, sixth, seventh = people
    kin = Person(rng, culture=pt.culture, surname=pt.surname, avoid=used)
    country = rng.choice(sorted(pools.ABROAD))
    towns, districts = (s.split(", ") for s in pools.ABROAD[country])
    village = rng.choice(towns)
    kept = []
    d = {
        "pt": pt.any_form(rng), "pt_full": pt.full(), "pt_given": pt.given_only(), "pt_sur": pt.surname_only(),
        "pt_lower": pt.lower(), "pt_upper": pt.upper_comma(), "pt_comma": pt.comma(), "pt_init": pt.initial(),
        "he": pt.pronoun(), "He": pt.pronoun().capitalize(), "his": pt.possessive(), "His": pt.possessive().capitalize(),
        "kin": kin.full(), "kin_given": kin.given_only(), "kin_word": rng.choice(["brother", "cousin", "uncle"]) if kin.sex == "M" else rng.choice(["sister", "cousin", "aunt"]),
        "doc": doc.full(), "doc_title": doc.titled(rng.choice(["Dr", "Dr."])), "doc_sur": doc.surname_only(),
        "doc_init": doc.initial(), "doc_lower": doc.lower(), "doc_given": doc.given_only(),
        "other": other.any_form(rng), "other_full": other.full(), "other_given": other.given_only(), "other_sur": other.surname_only(),
        "third": third.full(), "third_given": third.given_only(), "third_lower": third.lower(), "third_comma": third.comma(),
        "fourth": fourth.full(), "fourth_upper": fourth.upper_comma(), "fourth_init": fourth.initial(),
        "fifth": fifth.full(), "fifth_given": fifth.given_only(), "sixth": sixth.full(), "sixth_lower": sixth.lower(),
        "seventh": seventh.full(), "seventh_given": seventh.given_only(),
        "doc_email": doc.email(rng, rng.choice(["gmail.com", "outlook.com", "yahoo.com"])),
        "rep_email": other.email(rng, "PHARMA"),
        "hd_email": third.email(rng, rng.choice(["co.yakima.wa.us", "health.ny.gov", "dshs.texas.gov", "tn.gov"])),
        "phone": us_phone(rng), "phone2": us_phone(rng), "wa": foreign_phone(rng, country),
        "date": date(rng, kept=kept), "date2": date(rng, kept=kept), "dob": date(rng, 1925, 1934), "old": old_age(rng, pt.sex),
        "age": str(rng.randint(24, 63)), "kid_age": str(rng.randint(3, 16)),
        "town": loc(rng.choice(pools.WORD_TOWNS)), "town2": loc(rng.choice(pools.WORD_TOWNS)),
        "county": loc(rng.choice(pools.COUNTIES)), "church": loc(rng.choice(pools.CHURCHES)),
        "restaurant": loc(rng.choice(pools.RESTAURANTS)), "venue": loc(rng.choice(pools.VENUES)),
        "school": loc(rng.choice(pools.SCHOOLS)), "store": loc(rng.choice(pools.STORES)),
        "hotel": loc(rng.choice(pools.HOTELS)), "pharma": loc(rng.choice(pools.PHARMA)),
        "base": loc(rng.choice(pools.BASES)), "base2": loc(rng.choice(pools.BASES)), "unit": loc(rng.choice(pools.UNITS)),
        "company": loc(rng.choice(pools.COMPANIES)), "rank": rng.choice(pools.RANKS), "rank2": rng.choice(pools.RANKS),
        "va": loc(rng.choice(pools.VA_SITES)), "cboc": loc(rng.choice(pools.CBOC_TOWNS)),
        "ngo": loc(rng.choice(pools.NGOS)), "village": loc(village), "village2": loc(rng.choice([t for t in towns if t != village])),
        "district": loc(rng.choice(districts)), "country": country,
        "hd": loc(rng.choice(pools.HEALTH_DEPTS)), "bc": loc(rng.choice(pools.BLOOD_CENTERS)),
        "work": loc(rng.choice(pools.WORKPLACES)), "dental": loc(rng.choice(pools.DENTAL)),
        "bar": loc(rng.choice(pools.BARS)), "program": loc(rng.choice(pools.PROGRAMS)),
        "site": loc(rng.choice(pools.CLINIC_SITES)),
        "street": loc(f"{rng.randint(12, 9899)} {rng.choice(pools.STREETS)}"),
        "room": span("ID", str(rng.randint(201, 988))), "bed": span("ID", rng.choice(["A", "B", "1", "2", "3"])),
        "mrn": span("ID", digits(rng, rng.choice([7, 8]))), "acct": span("ID", digits(rng, 10)),
        "case_id": span("ID", rng.choice([f"{rng.randint(2024, 2026)}-{digits(rng, 6, False)}", f"CI-{digits(rng, 7)}", f"{digits(rng, 9)}"])),
        "outbreak": span("ID", rng.choice([f"OB-{rng.randint(24, 26)}-{digits(rng, 4, False)}", f"{rng.randint(2024, 2026)}-OB-{digits(rng, 3, False)}", f"ORI{digits(rng, 6)}"])),
        "din": span("ID", isbt_din(rng)), "din2": span("ID", isbt_din(rng)),
        "old_unit": span("ID", f"{rng.randint(10, 99)}{letters(rng, 1)}{digits(rng, 5, False)}"),
        "donor": span("ID", rng.choice([f"D{digits(rng, 7)}", f"{letters(rng, 2)}{digits(rng, 6)}", digits(rng, 9)])),
        "trx": span("ID", f"TR-{rng.randint(24, 26)}-{digits(rng, 4, False)}"),
        "badge": span("ID", rng.choice([digits(rng, 6), f"{letters(rng, 1)}{digits(rng, 5)}"])),
        "op_id": span("ID", digits(rng, 9)), "contract": span("ID", f"SB-{rng.randint(2024, 2026)}-{digits(rng, 4, False)}"),
        "aamc": span("ID", digits(rng, 8)), "usmle": span("ID", f"{digits(rng, 1)}-{digits(rng, 3, False)}-{digits(rng, 3, False)}-{digits(rng, 1, False)}"),
        "nrmp": span("ID", f"{digits(rng, 4)}{rng.choice(['140C0', '120C0', '380C0', '400C0'])}"),
        "eras": span("ID", f"{rng.randint(2024, 2026)}{digits(rng, 8, False)}"),
        "passport": span("ID", rng.choice([digits(rng, 9), f"{letters(rng, 1)}{digits(rng, 8)}"])),
        "flight": span("ID", f"{rng.choice(['DL', 'KQ', 'AA', 'UA', 'ET', 'AF'])} {rng.randint(12, 2999)}"),
        "claim": span("ID", rng.choice([f"{letters(rng, 2)}{digits(rng, 8)}", f"{digits(rng, 4)}-{digits(rng, 6, False)}"])),
        "chart": span("ID", rng.choice([digits(rng, 5), f"{letters(rng, 3)}{digits(rng, 4)}"])),
        "edipi": span("ID", digits(rng, 10)), "last4": span("ID", digits(rng, 4, False)),
        "cfile": span("ID", rng.choice([digits(rng, 8), f"{digits(rng, 3)} {digits(rng, 2, False)} {digits(rng, 3, False)}"])),
        "apo": span("LOCATION", f"{rng.choice(['PSC', 'Unit', 'CMR'])} {rng.randint(2, 480)} Box {digits(rng, 4)}, {rng.choice(['APO AE 09', 'APO AP 96', 'FPO AP 96', 'DPO AE 09'])}{digits(rng, 3, False)}"),
        "report": span("ID", f"{rng.choice(['PR', 'DH', 'ER'])}-{digits(rng, 5)}"),
        "pgy": str(rng.randint(1, 4)),
        "donor2": span("ID", f"D{digits(rng, 7)}"),
        "other_his": other.possessive(), "other_she": other.pronoun(), "other_lower": other.lower(),
        "doc_upper": doc.upper_comma(), "himself": "himself" if pt.sex == "M" else "herself",
        "kid_word": "son" if kin.sex == "M" else "daughter", "parent_word": "dad" if kin.sex == "M" else "mom",
        "grand_word": "grandpa" if kin.sex == "M" else "grandma", "kin_he": kin.pronoun(),
        "third_her": "him" if third.sex == "M" else "her", "fifth_she": fifth.pronoun(), "third_upper": third.upper_comma(),
        "fifth_email": fifth.email(rng, rng.choice(["gmail.com", "outlook.com", "icloud.com"])),
        "elder1": Person(rng, sex="M", avoid=used).full(), "elder2": Person(rng, sex="M", avoid=used).full(),
        "kh": loc(rng.choice(pools.WORD_TOWNS) + " Kingdom Hall"), "date_old": date(rng, 1962, 2012),
        "him": "him" if pt.sex == "M" else "her", "kin_him": "him" if kin.sex == "M" else "her",
        "kin_email": kin.email(rng, rng.choice(["gmail.com", "yahoo.com", "hotmail.com"])),
        "other_parent": "dad" if other.sex == "M" else "mom",
        "camp": loc(rng.choice(["Camp Wakonda", "Camp Kanakuk", "Shady Pines campground", "Camp Tall Timbers", "Camp Little Bear", "Lake Okoboji Bible Camp"])),
        "pt_parent_word": "dad" if pt.sex == "M" else "mom", "sexletter": pt.sex,
    }
    d.update(dates_after_draws(kept))
    company = d["pharma"].split(":", 1)[1].split("]]")[0]
    d["rep_email"] = d["rep_email"].replace("PHARMA", company.lower().replace(" ", "") + ".com")
    return d
