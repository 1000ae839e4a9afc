"""One dict of fresh draws per generated post (decision 231's shape): people, places and numbers in real shapes."""
import string

import pools
from people import Person, relative

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def shape(rng, pattern):
    """Fill {d}, {d3}, {L} ... in a number shape."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "{":
            close = pattern.index("}", i)
            key = pattern[i + 1:close]
            out.append(rng.choice(LETTERS) if key == "L" else digits(rng, int(key[1:]) if len(key) > 1 else 1))
            i = close + 1
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


def old_age(rng, sex):
    """An age over 89 in one of its written forms, labelled; the unit or sex letter stays outside."""
    n = rng.randint(90, 104)
    words = {90: "ninety", 91: "ninety-one", 92: "ninety two", 93: "ninety-three", 94: "ninety-four", 95: "ninety five",
             96: "ninety-six", 97: "ninety-seven", 98: "ninety eight", 99: "ninety-nine", 100: "a hundred",
             101: "a hundred and one", 102: "one hundred and two", 103: "a hundred and three", 104: "a hundred and four"}
    return rng.choice([f"[[AGE:{n}]]", f"[[AGE:{n}]]yo", f"[[AGE:{n}]] y/o", f"aged [[AGE:{n}]]", f"[[AGE:{words[n]}]]",
                       f"[[AGE:{n}]]-year-old", f"[[AGE:{n}]]{sex}"])


def ordinal(n):
    return f"{n}{'th' if 10 < n % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)
    months = "January February March April May June July August September October November December".split()
    return rng.choice([f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}",
                       f"{d} {months[m - 1]} {y}", f"{months[m - 1][:3]} {d}", f"{d}.{m:02d}.{y}", f"{ordinal(d)} of {months[m - 1]}"])


def phone(rng, country):
    shapes = {"UK": ["07{d3} {d6}", "+44 7{d3} {d6}", "01{d3} {d6}"], "IE": ["087 {d3} {d4}", "+353 86 {d3} {d4}"],
              "AU": ["04{d2} {d3} {d3}", "+61 4{d2} {d3} {d3}", "(08) {d4} {d4}"], "NZ": ["021 {d3} {d4}", "+64 27 {d3} {d4}"],
              "IN": ["+91 9{d4} {d5}", "98{d3}-{d5}"], "ZA": ["082 {d3} {d4}", "+27 71 {d3} {d4}"],
              "GULF": ["+968 9{d3} {d4}", "+973 3{d3} {d4}"], "CA": ["({a}) {e}-{d4}", "{a}.{e}.{d4}"],
              "US": ["({a}) {e}-{d4}", "{a}-{e}-{d4}", "{a}.{e}.{d4}"]}
    text = rng.choice(shapes[country])
    text = text.replace("{a}", f"{rng.randint(2, 9)}{digits(rng, 2)}").replace("{e}", f"{rng.randint(2, 9)}{digits(rng, 2)}")
    return shape(rng, text)


def loc(entry):
    """A LOCATION span with a leading "the" and trailing lower-case head nouns outside (decisions 216, 222)."""
    words = entry.split()
    head = words[0] + " " if words[0].lower() == "the" else ""
    words = words[1:] if head else words
    tail = []
    while len(words) > 1 and words[-1][0].islower():
        tail.insert(0, words.pop())
    return f"{head}[[LOCATION:{' '.join(words)}]]" + (" " + " ".join(tail) if tail else "")


def fresh(rng):
    """Every slot a template may use, drawn anew."""
    p = Person(rng)
    k = relative(rng, p)
    o, s, t = Person(rng), Person(rng), Person(rng)
    v = {"p": p.full(), "p_form": p.form(rng), "p_first": p.first(), "p_last": p.last(), "p_sf": p.surname_first(),
         "p_upper": p.upper_surname_first(), "p_init": p.initial(), "p_lower": p.lower(),
         "he": p.he, "his": p.his, "him": p.him, "He": p.he.capitalize(), "His": p.his.capitalize(),
         "kin": k.full(), "k_first": k.first(), "k_form": k.form(rng),
         "kid": "daughter" if k.sex == "F" else "son", "spouse": "wife" if k.sex == "F" else "husband",
         "o": o.full(), "o_last": o.last(), "o_form": o.form(rng), "o_init": o.initial(), "o_he": o.he,
         "s": s.full(), "s_last": s.last(), "s_first": s.first(), "s_lower": s.lower(),
         "t": t.full(), "t_last": t.last(), "t_sf": t.surname_first(),
         "p_email": f"[[EMAIL:{p.email_local(rng)}@{rng.choice(pools.EMAIL_DOMAINS)}]]",
         "s_email": f"[[EMAIL:{s.email_local(rng)}@{rng.choice(pools.EMAIL_DOMAINS)}]]",
         "age": old_age(rng, p.sex), "age2": old_age(rng, k.sex), "work_age": str(rng.randint(19, 64)), "teen": str(rng.randint(15, 19)),
         "date": f"[[DATE:{date(rng)}]]", "date2": f"[[DATE:{date(rng)}]]",
         "town": loc(rng.choice(pools.RURAL_TOWNS)), "town2": loc(rng.choice(pools.RURAL_TOWNS)),
         "county": loc(rng.choice(pools.COUNTIES)), "farm": loc(rng.choice(pools.FARMS)),
         "coop": loc(rng.choice(pools.COOPS)), "camp": loc(rng.choice(pools.CAMPS)),
         "cr": f"[[LOCATION:County Road {rng.randint(2, 60)}{rng.choice(['', ' N', ' E', 'A'])}]]",
         "rr": f"[[LOCATION:RR {rng.randint(1, 5)} Box {rng.randint(10, 400)}]]",
         "trailhead": loc(rng.choice(pools.TRAILHEADS)), "campground": loc(rng.choice(pools.CAMPGROUNDS)),
         "site": f"[[ID:{rng.choice(LETTERS)}{rng.randint(1, 60)}]]", "run": loc(rng.choice(pools.LIFTS_RUNS)),
         "outfitter": loc(rng.choice(pools.OUTFITTERS)), "sar": loc(rng.choice(pools.SAR_TEAMS)),
         "callsign": f"[[ID:{rng.choice(['Rescue', 'SAR', 'Ranger', 'Patrol'])} {rng.randint(1, 40)}]]",
         "tag": f"[[ID:{shape(rng, rng.choice(['{d8}', '{L}{L}-{d6}', '{d3}-{d5}-{d2}']))}]]",
         "team": loc(rng.choice(pools.TEAMS)), "tourney": loc(rng.choice(pools.TOURNAMENTS)),
         "jersey": f"[[ID:{rng.randint(2, 99)}]]", "athlete_id": f"[[ID:{shape(rng, rng.choice(['{d7}', '{L}{L}{d6}', '{d4}-{d4}']))}]]",
         "lodge": loc(rng.choice(pools.LODGES)), "hall": loc(rng.choice(pools.HALLS)),
         "group_home": loc(rng.choice(pools.GROUP_HOMES)), "court": loc(rng.choice(pools.COURTS)),
         "crisis": loc(rng.choice(pools.CRISIS_TEAMS)),
         "hold": f"[[ID:{shape(rng, rng.choice(['{d2}-MH-{d5}', 'MH{d6}', '{d4}-{d6}', 'PR-{d2}-{d4}']))}]]",
         "call_id": f"[[ID:{shape(rng, rng.choice(['{d9}', 'CL-{d7}', '{d3}-{d4}-{d2}']))}]]",
         "uk_place": loc(rng.choice(pools.UK_PLACES)), "surgery": loc(rng.choice(pools.UK_SURGERIES)),
         "trust": loc(rng.choice(pools.UK_TRUSTS)), "ward": loc(rng.choice(pools.WARDS)),
         "postcode": loc(rng.choice(pools.UK_POSTCODES)),
         "nhs": f"[[ID:{shape(rng, '{d3} {d3} {d4}')}]]", "chi": f"[[ID:{shape(rng, '{d10}')}]]",
         "uk_phone": f"[[PHONE:{phone(rng, 'UK')}]]", "ie_phone": f"[[PHONE:{phone(rng, 'IE')}]]",
         "ca_place": loc(rng.choice(pools.CA_PLACES)), "ca_postal": loc(rng.choice(pools.CA_POSTAL)),
         "ohip": f"[[ID:{shape(rng, rng.choice(['{d4}-{d3}-{d3}-{L}{L}', '{d4} {d3} {d3}']))}]]", "ca_phone": f"[[PHONE:{phone(rng, 'CA')}]]",
         "au_place": loc(rng.choice(pools.AU_PLACES)), "nz_place": loc(rng.choice(pools.NZ_PLACES)),
         "medicare_au": f"[[ID:{shape(rng, '{d4} {d5} {d1}')}]]", "ihi": f"[[ID:{shape(rng, '8003 60{d2} {d4} {d4}')}]]",
         "nhi": f"[[ID:{shape(rng, '{L}{L}{L}{d4}')}]]",
         "au_phone": f"[[PHONE:{phone(rng, 'AU')}]]", "nz_phone": f"[[PHONE:{phone(rng, 'NZ')}]]",
         "in_place": loc(rng.choice(pools.IN_PLACES)), "aadhaar": f"[[ID:{shape(rng, '{d4} {d4} {d4}')}]]",
         "in_phone": f"[[PHONE:{phone(rng, 'IN')}]]", "za_place": loc(rng.choice(pools.ZA_PLACES)),
         "za_id": f"[[ID:{shape(rng, '{d6}{d4}08{d1}')}]]", "za_phone": f"[[PHONE:{phone(rng, 'ZA')}]]",
         "gulf_place": loc(rng.choice(pools.GULF_PLACES)), "gulf_phone": f"[[PHONE:{phone(rng, 'GULF')}]]",
         "civil_id": f"[[ID:{shape(rng, rng.choice(['{d8}', '{d9}', '784-{d4}-{d7}-{d1}']))}]]",
         "us_phone": f"[[PHONE:{phone(rng, 'US')}]]",
         "crash": f"[[ID:{shape(rng, rng.choice(['{d4}-{d6}', 'CR{d8}', '{d2}-{d5}-{L}', '{d10}']))}]]",
         "vin": f"[[ID:{shape(rng, '1{L}{L}{L}{L}{d2}{L}{d2}{L}{d6}')}]]",
         "dl": f"[[ID:{shape(rng, rng.choice(pools.DL_SHAPES))}]]", "badge": f"[[ID:{rng.randint(100, 9999)}]]",
         "mile": f"[[LOCATION:mile marker {rng.randint(3, 390)}]]", "exit": f"[[LOCATION:exit {rng.randint(3, 240)}]]",
         "highway": loc(rng.choice(pools.HIGHWAYS)), "tow": loc(rng.choice(pools.TOW_YARDS)),
         "insurer": rng.choice(pools.INSURERS), "claim": f"[[ID:{shape(rng, rng.choice(['{d2}-{d4}-{d3}', '{d3}{L}{d6}', 'CLM-{d8}']))}]]",
         "inst": loc(rng.choice(pools.JOURNALS_INST)), "conf": loc(rng.choice(pools.CONFERENCES)),
         "ms_id": f"[[ID:{shape(rng, rng.choice(['JMCR-D-{d2}-{d5}', 'BMJCR-{d4}-{d6}', 'CUREUS-{d6}', 'ms #{d5}']))}]]",
         "orcid": f"[[ID:{shape(rng, '0000-000{d1}-{d4}-{d3}X' if rng.random() < 0.2 else '0000-000{d1}-{d4}-{d4}')}]]",
         "session": f"[[ID:{shape(rng, rng.choice(['P{d3}', 'Session {d1}{L}', 'board {d2}']))}]]",
         "mrn": f"[[ID:{shape(rng, rng.choice(['{d7}', '{d8}', 'M{d6}', '{d2}-{d6}']))}]]",
         "room": f"[[ID:{rng.randint(1, 40)}]]", "ext": f"[[PHONE:{rng.randint(1000, 7999)}]]",
         "dose": rng.choice(["90 mg", "100 mcg", "112 mcg", "95 units", "110 mg", "0.9 mg"]),
         }
    v.update({"Kid_kin": v["kid"].capitalize(), "spouse_word": v["spouse"], "k_he": k.he, "o_first_form": o.first(),
              "uk_place2": loc(rng.choice(pools.UK_PLACES)), "team2": loc(rng.choice(pools.TEAMS)), "s_form": s.form(rng),
              "age_n": f"[[AGE:{rng.randint(90, 103)}]]", "Spouse": v["spouse"].capitalize(), "Sib": "Sister" if k.sex == "F" else "Brother",
              "sexletter": p.sex, "sexword": "woman" if p.sex == "F" else "man"})
    plate_state, plate_shape = rng.choice(pools.STATES_SHAPES).split(" ", 1)
    v["plate_st"], v["plate"] = plate_state, f"[[ID:{shape(rng, plate_shape)}]]"
    return v
