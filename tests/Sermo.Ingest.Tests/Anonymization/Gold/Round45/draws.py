"""Fresh identifier values for one generated post of round 45: every value a template can name, drawn anew per post
and already in markup ([[TYPE:value]]), so that a template only places them."""
import unicodedata

import pools
from people import Person

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WORD_AGES = {90: "ninety", 91: "ninety-one", 92: "ninety two", 93: "ninety-three", 94: "ninety four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "a hundred", 101: "one hundred and one", 102: "a hundred and two", 103: "one hundred three"}


def shape(rng, pattern):
    """D a digit, L an upper-case letter, l a lower-case one, N a digit 1-9; anything else kept."""
    out = []
    for c in pattern:
        out.append(rng.choice("0123456789") if c == "D" else rng.choice("123456789") if c == "N"
                   else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "L"
                   else rng.choice("abcdefghijkmnprstuvwxyz") if c == "l" else c)
    return "".join(out)


def date(rng):
    return dated(rng)[1]


def dated(rng):
    """A date as (its (year, month, day), its markup), so that a post can put several in calendar order."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    forms = [f"{m}/{d}/{y % 100:02d}", f"{m:02d}-{d:02d}-{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}",
             f"{MONTHS[m - 1][:3]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}", f"{m}/{d}", f"{d}{suffix(d)} of {MONTHS[m - 1]}",
             f"{MONTHS[m - 1].lower()} {d}{suffix(d)}", f"{m}.{d}.{y % 100:02d}"]
    form = rng.choice(forms)
    return (y, m, d), f"the [[DATE:{form}]]" if " of " in form else f"[[DATE:{form}]]"


def suffix(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def old_age(rng, sex):
    """An age of 90 or more, in one of the forms physicians type; the sex letter or unit outside the span."""
    a = rng.randint(90, 103)
    letter = "M" if sex == "M" else "F"
    forms = [f"[[AGE:{a}]]", f"[[AGE:{a}]]{letter}", f"[[AGE:{a}]]yo", f"[[AGE:{a}]] y/o", f"[[AGE:{a}]]-year-old",
             f"[[AGE:{WORD_AGES[a]}]]", f"[[AGE:{a}]] yr old", f"[[AGE:{a}]]{letter.lower()}"]
    return rng.choice(forms)


def phone(rng):
    a, e = rng.choice("23456789") + shape(rng, "DD"), rng.choice("23456789") + shape(rng, "DD")
    forms = [f"({a}) {e}-{shape(rng, 'DDDD')}", f"{a}-{e}-{shape(rng, 'DDDD')}", f"{a}.{e}.{shape(rng, 'DDDD')}",
             f"{a} {e} {shape(rng, 'DDDD')}", f"1-{a}-{e}-{shape(rng, 'DDDD')}"]
    return f"[[PHONE:{rng.choice(forms)}]]"


def plain(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in ".-"))


def email(rng, person, domain):
    local = rng.choice([f"{person.given[0]}{person.surname}", f"{person.given}.{person.surname}",
                        f"{person.surname}{shape(rng, 'DD')}"]).replace(" ", "")
    return f"[[EMAIL:{plain(local).lower()}@{domain}]]"


def town(rng):
    return f"[[LOCATION:{rng.choice(pools.TOWNS)}]]"


def street(rng):
    return f"[[LOCATION:{rng.randint(12, 9800)} {rng.choice(pools.STREETS)} {rng.choice(pools.STREET_KINDS)}]]"


def loc(rng, pool):
    return f"[[LOCATION:{rng.choice(pool)}]]"


def ident(rng, pattern):
    return f"[[ID:{shape(rng, pattern)}]]"


def fresh(rng):
    """One dict of draws for one post: people, their forms, places and every number shape the templates use."""
    pt = Person(rng)
    kin = pt.relative(rng)
    d = {"pt": pt, "kin": kin, "other": Person(rng), "third": Person(rng), "fourth": Person(rng)}
    for key in ("pt", "kin", "other", "third", "fourth"):
        p = d[key]
        d[key + "_any"] = p.any_form(rng)
        d[key + "_full"] = p.form("full")
        d[key + "_given"] = p.form("given")
        d[key + "_sur"] = Person.spans(p.surname)
        d[key + "_he"] = p.pronoun()
        d[key + "_his"] = p.possessive()
    d["kin_word"] = rng.choice(["brother", "son", "nephew"] if kin.sex == "M" else ["sister", "daughter", "niece"])
    d["sib"] = "brother" if kin.sex == "M" else "sister"
    d["age"] = old_age(rng, pt.sex)
    d["work_age"] = str(rng.randint(24, 63))
    dates = [dated(rng) for _ in range(3)]
    d["date"], d["date2"], d["date3"] = (markup for _, markup in dates)
    # Shift dates in calendar order (decision 285, third reading): sorted from the same draws, no new one.
    d["shift1"], d["shift2"], d["shift3"] = (markup for _, markup in sorted(dates))
    d["phone"], d["phone2"] = phone(rng), phone(rng)
    d["town"], d["town2"], d["town3"] = town(rng), town(rng), town(rng)
    d["state"] = rng.choice(pools.STATES)
    d["street"] = street(rng)
    d["county"] = loc(rng, pools.COUNTIES)
    d["hospital"] = loc(rng, pools.HOSPITALS)
    for name, pool in [("firm", pools.LAW_FIRMS), ("firm2", pools.LAW_FIRMS), ("agency", pools.LOCUM_AGENCIES),
                       ("home_agency", pools.HOME_AGENCIES), ("carrier", pools.CARRIERS), ("airline", pools.AIRLINES),
                       ("vet", pools.VET_CLINICS), ("zoo", pools.ZOOS), ("lab", pools.LABS), ("bank", pools.SPERM_BANKS),
                       ("union", pools.UNIONS)]:
        d[name] = loc(rng, pool)
    d["ehr"] = rng.choice(pools.EHRS)
    d["email"] = email(rng, d["other"], rng.choice(["gmail.com", "yahoo.com", "outlook.com", "protonmail.com"]))
    years = [rng.randint(1931, 1998) for _ in range(3)]
    d["year"], d["year2"], d["year3"] = (f"[[DATE:{y}]]" for y in years)
    # Derived from the same draws, no new one (decision 285, third reading): a sibling within 4 years of the
    # proband, and a baby's parents born 1980-1996, where two free draws could fall decades apart.
    d["sib_year"] = f"[[DATE:{years[0] + years[1] % 9 - 4}]]"
    d["parent_year"], d["parent_year2"] = (f"[[DATE:{1980 + y % 17}]]" for y in years[:2])
    d["room"] = ident(rng, rng.choice(["NDD", "NDDL", "ND"]))
    d["bed"] = ident(rng, rng.choice(["N", "ND"]))
    d["ip"] = f"[[ID:10.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}]]"
    d["host"] = ident(rng, rng.choice(["WS-ED-DDD", "ws-icu-DDN", "HMC-NS4-PC0D", "lt-DDDDD", "EDPRN-DD"]))
    d["ticket"] = ident(rng, rng.choice(["INCDDDDDDD", "DDDDDDD", "RITMDDDDDDD", "SR-DDDDD"]))
    d["user"] = ident(rng, rng.choice([plain(d["other"].given[0] + d["other"].surname).lower()[:8] + "D", "llDDDD", "DDDDDD", "lllDD"]))
    for key, pats in {"docket": ["DD-CV-DDDDD", "DDDD-L-DDDD", "CV-DD-DDDDDDD", "DD-L-DDDD"],
                      "claim": ["DDDDDDDD", "MPL-DDDDDD", "CLM-DDDDDDD", "LD-DDDDD"],
                      "policy": ["PL-DDDDDDD", "DDDDDDDDDL", "MPDDDDDD"],
                      "license": ["MDDDDDD", "DDDDD", "LDDDDD", "L-DDDDD"],
                      "mrn": ["DDDDDDD", "DDDDDDDD", "EDDDDDDDD", "MDDDDDDDD"],
                      "accession": ["DDDDDDDD", "RQDDDDDDD", "LL-DDDDDD-D", "DDDDDDD-DD"],
                      "donor": ["DDDD", "DDDDD", "LDDDD"],
                      "contract": ["LDDDDD", "LOC-DDDDDD", "DDDDDD-D"],
                      "plate": ["LLL DDDD", "DLLLDDD", "DDD-LLL", "LLL-DDDD"],
                      "caqh": ["DDDDDDDD", "DDDDDDDDD"],
                      "bite": ["DD-DDDDD", "AC-DDDD-DDD", "DDDD-DDDDD", "BR-DDDDD"],
                      "tag": ["DDDDD", "DDDDDD", "DD-DDDD"],
                      "faa": ["DDDDDDD", "DDDDDDDD"], "medx": ["DDDDDDDD", "LLDDDDD"],
                      "ame": ["DDDDD", "DDDDDL"], "cdl": ["LDDDDDDD", "DDDDDDDDD", "LDDD-DDD-DD-DDD-D"],
                      "usdot": ["DDDDDDD", "DDDDDD"], "grievance": ["DD-DDD", "GR-DDDD-DD", "DDDD-DDD"],
                      "nlrb": ["DD-CA-DDDDDD", "DD-RC-DDDDDD"], "gate": ["DDDD", "DDDDD", "DDD"],
                      "lockbox": ["DDDD", "DDD"], "unit": ["DDD", "DL", "NDD", "LDD"]}.items():
        d[key] = ident(rng, rng.choice(pats))
    d["sex"] = "M" if pt.sex == "M" else "F"
    # Words that follow a drawn sex (decision 285, third reading): the patient as someone's new spouse, and the
    # mother's-side relative's BRCA2 cancer (male breast cancer for a man).
    d["pt_spouse"] = "husband" if pt.sex == "M" else "wife"
    d["third_cancer"] = "breast cancer" if d["third"].sex == "M" else "ovarian cancer"
    # A court is one LOCATION span with its capitalized head noun (decisions 216 and 222).
    d["county_court"] = d["county"][:-2] + " Circuit Court]]"
    d["he"], d["his"] = pt.pronoun(), pt.possessive()
    return d
