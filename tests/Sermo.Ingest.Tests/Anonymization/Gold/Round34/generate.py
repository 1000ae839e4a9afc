"""Builds round34.jsonl: round 34's identifier templates drawn twice each, identifier-free templates 3 times each,
and the hand-written posts (decision 210). Seeded; `python3 generate.py --check` rebuilds the file and compares bytes."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import clean  # noqa: E402
import goldmarkup  # noqa: E402
import pools  # noqa: E402
from people import Person, relative, spans  # noqa: E402
from templates import IDENTIFIER_TEMPLATES  # noqa: E402

SEED = 34210
OUT = HERE / "round34.jsonl"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]
CONGREGATIONS = [("Mount Zion Missionary Baptist", "Pastor"), ("St. Casimir", "Father"), ("Holy Trinity Greek Orthodox", "Father"),
                 ("Beth Shalom", "Rabbi"), ("Shiloh", "Pastor"), ("Our Lady of Guadalupe", "Father"), ("Bethel AME", "Pastor"),
                 ("Masjid Ar-Rahman", "Imam"), ("Grace Lutheran", "Pastor")]
WORD_AGES = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six", "ninety-seven",
             "ninety-eight", "ninety-nine", "one hundred", "a hundred and one", "a hundred and three"]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def date(rng):
    """A date in one of many shapes; "the" of "the 9th of June" stays outside the span."""
    m, d, y = rng.randrange(1, 13), rng.randrange(1, 29), rng.choice([2024, 2025, 2026])
    shapes = [f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m:02d}.{y}", f"{MONTHS[m - 1]} {d}, {y}",
              f"{d} {MONTHS[m - 1][:3]} {y}", f"{MONTHS[m - 1][:3]}. {d}", f"{MONTHS[m - 1].lower()} {d}",
              f"{m}-{d}", f"{d}/{m}/{y}", f"{MONTHS[m - 1]} {ORDINALS[d % 12]}"]
    if rng.random() < 0.1:
        return f"the [[DATE:{ORDINALS[d % 12]} of {MONTHS[m - 1]}]]"
    return f"[[DATE:{rng.choice(shapes)}]]"


def birth_date(rng):
    """A date of birth, decades back, in the shapes charts paste."""
    m, d, y = rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(1936, 2004)
    return f"[[DATE:{rng.choice([f'{m}/{d}/{y}', f'{m:02d}/{d:02d}/{y}', f'{y}-{m:02d}-{d:02d}', f'{MONTHS[m - 1][:3]} {d} {y}'])}]]"


def age(rng, sex):
    """An age over 89; a joined sex letter ("96F") fits the patient."""
    n = rng.randrange(90, 106)
    word = rng.choice(WORD_AGES)
    shapes = [f"[[AGE:{n}]]yo", f"[[AGE:{n}]] y/o", f"[[AGE:{word}]] year old", f"[[AGE:{n}]]-yr-old", f"[[AGE:{n}]] yrs old",
              f"aged [[AGE:{n}]]", f"[[AGE:{n}]]{sex}", f"[[AGE:{word}]]-year-old", f"[[AGE:{n}]] years young"]
    return rng.choice(shapes)


def us_phone(rng):
    a, b, c = digits(rng, 3).replace("0", "4", 1), digits(rng, 3), digits(rng, 4)
    return f"[[PHONE:{rng.choice([f'({a}) {b}-{c}', f'{a}-{b}-{c}', f'{a}.{b}.{c}', f'{a} {b} {c}'])}]]"


def place(value, kind="LOCATION"):
    return spans(kind, value) if kind != "LOCATION" else f"[[LOCATION:{value}]]"


def draw(rng, band):
    """One post's fresh values: the patient, a relative, staff, places, numbers; every value already in markup."""
    p = Person(rng, band=band, word_name=rng.random() < 0.25)
    rel, r = relative(rng, band, p)
    staff = [Person(rng, band="adult", word_name=rng.random() < 0.2) for _ in range(3)]
    c1 = Person(rng, band="adult")
    d = {"pf": p.full(), "plf": p.last_first(), "pi": p.initial_surname(), "plc": p.lower(), "pg": p.given_only(),
         "ps": p.surname_only(), "pn": p.nick(), "p": p.any_form(rng), "he": p.he, "his": p.his, "him": p.him,
         "rel": rel, "r": r.full(), "rg": r.given_only(), "relpron": r.him, "c1": c1.full(),
         "s1": staff[0].full(), "s2": staff[1].full(), "s3": staff[2].full(), "s1s": staff[0].surname_only(),
         "s2s": staff[1].surname_only(), "s1g": staff[0].given_only(),
         "town": place(rng.choice(pools.WORD_TOWNS)), "county": place(rng.choice(pools.COUNTIES)),
         "hood": place(rng.choice([h for h in pools.NEIGHBOURHOODS if not h.startswith("the ")])),
         "street": f"[[LOCATION:{rng.randrange(3, 9999)} {rng.choice(pools.STREETS)}]]",
         "employer": place(rng.choice(pools.EMPLOYERS)), "pharmacy": place(rng.choice(pools.PHARMACIES)),
         "devco": place(rng.choice(pools.DEVICE_MAKERS)), "date": date(rng), "dob": birth_date(rng), "phone": us_phone(rng), "age": age(rng, p.sex),
         "mrn": f"[[ID:{rng.choice([digits(rng, 8), 'E' + digits(rng, 7), digits(rng, 3) + '-' + digits(rng, 2) + '-' + digits(rng, 3)])}]]",
         "rx": f"[[ID:{rng.choice([digits(rng, 7), digits(rng, 7) + '-' + digits(rng, 5), 'RX' + digits(rng, 6)])}]]",
         "store": f"[[ID:{digits(rng, 4)}]]", "booking": f"[[ID:{rng.choice(['B' + digits(rng, 8), '26-' + digits(rng, 6)])}]]",
         "inmate": f"[[ID:{digits(rng, 6)}]]", "block": f"[[ID:{letters(rng, 1)}-{rng.randrange(1, 9)}]]",
         "anumber": f"[[ID:A{digits(rng, 9)}]]", "bed": f"[[ID:{rng.randrange(1, 60)}{rng.choice('AB')}]]",
         "docket": f"[[ID:{rng.choice([f'{digits(rng, 2)}-PR-{digits(rng, 5)}', f'G-{digits(rng, 4)}-{digits(rng, 3)}'])}]]",
         "case": f"[[ID:{rng.choice([f'{digits(rng, 4)}-JV-{digits(rng, 4)}', 'CPS' + digits(rng, 7), digits(rng, 2) + 'CV' + digits(rng, 5)])}]]",
         "subject": f"[[ID:{digits(rng, 3)}-{digits(rng, 4)}]]", "site": f"[[ID:{digits(rng, 4)}]]",
         "protocol": f"[[ID:{rng.choice([f'{letters(rng, 3)}-{digits(rng, 4)}-{digits(rng, 3)}', f'IRB {digits(rng, 2)}-{digits(rng, 6)}'])}]]",
         "lot": f"[[ID:{letters(rng, 2)}{digits(rng, 5)}{letters(rng, 1)}]]", "serial": f"[[ID:{letters(rng, 3)}{digits(rng, 7)}]]",
         "student": f"[[ID:{rng.choice([digits(rng, 9), 'U' + digits(rng, 8), digits(rng, 3) + '-' + digits(rng, 3) + '-' + digits(rng, 3)])}]]",
         "dorm": place(rng.choice(["Pemberton Hall", "Old Main", "Frost", "Whitaker", "Cedar Commons", "Ridgeway Towers"])),
         "room": f"[[ID:{rng.randrange(100, 480)}{rng.choice(['', 'B', 'W'])}]]",
         "mosque": place(rng.choice(["Masjid Al-Noor", "Dar Al-Hijrah", "Islamic Center of the Plains", "Masjid Bilal"])),
         "svc": f"[[ID:{rng.choice(['RA' + digits(rng, 8), 'US' + digits(rng, 8), digits(rng, 3) + '-' + digits(rng, 2) + '-' + digits(rng, 4)])}]]",
         "unit": place(rng.choice(["1st Cav", "3rd ID", "82nd Airborne", "101st Airborne", "2/7 Marines", "173rd Airborne"])),
         "base": place(rng.choice(["Fort Hood", "Camp Lejeune", "Fort Bragg", "Ramstein", "Bagram", "Camp Pendleton", "Fort Polk"])),
         "claim": f"[[ID:{rng.choice([digits(rng, 10), 'CLM-' + digits(rng, 7), letters(rng, 2) + digits(rng, 8)])}]]",
         "last4": f"[[ID:{digits(rng, 4)}]]", "member": f"[[ID:{letters(rng, 3)}{digits(rng, 9)}]]",
         "facility": place(rng.choice(["Golden Oaks", "Shady Pines", "Meadowbrook", "Brookdale", "Heritage Manor", "Willow Bend"])),
         "wing": place(rng.choice(["Magnolia", "Dogwood", "Sunrise", "Maple", "Lakeview"])),
         "rural": f"[[LOCATION:{rng.choice(['RR ', 'Rural Route ', 'HC ', 'Star Route '])}{rng.randrange(1, 9)} Box {rng.randrange(10, 400)}]]",
         "pobox": f"[[LOCATION:{rng.choice(['PO Box ', 'P.O. Box ', 'Box '])}{rng.randrange(10, 2999)}]]",
         "handle": f"[[ID:{rng.choice(['mamabear', 'tx_trucker', 'runnergrl', 'bigpoppa', 'grannyknits'])}{rng.randrange(1, 99)}]]",
         "email": f"[[EMAIL:{rng.choice(['jojo', 'k.lund', 'bdelacruz', 'the.okafors', 'rn.sam'])}{rng.randrange(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'])}]]",
         "url": f"[[URL:{rng.choice(['https://myhealth-portal.org/msg/', 'www.carefam.net/u/', 'http://bit.ly/'])}{letters(rng, 2).lower()}{digits(rng, 5)}]]",
         "msgid": f"[[ID:{digits(rng, 8)}]]", "visitid": f"[[ID:{rng.choice(['VV-' + digits(rng, 6), digits(rng, 3) + ' ' + digits(rng, 3) + ' ' + digits(rng, 4)])}]]",
         "mecase": f"[[ID:{rng.choice([f'ME{digits(rng, 2)}-{digits(rng, 4)}', f'{digits(rng, 4)}-{digits(rng, 5)}'])}]]",
         "dc": f"[[ID:{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 6)}]]",
         "funeral": place(rng.choice(["Hargrove & Sons", "Peaceful Rest", "Mbeki Memorial", "Schott-Lindgren", "Eternal Gardens"])),
         "jersey": f"[[ID:{rng.randrange(1, 99)}]]", "team": place(rng.choice(["Wildcats", "Lady Hornets", "Mustangs 12U", "Riverhawks", "Blue Devils"])),
         "school": place(rng.choice(["Jefferson Middle", "East Central", "Holy Cross Prep", "Pine Ridge", "North Shelby"])),
         "firm": place(rng.choice(["Baxter Rourke", "Mondragon & Pike", "Legal Aid of the Delta", "Kessler Law"])),
         "abroad": place(rng.choice(["Ibadan", "Tbilisi", "Cork", "Oaxaca", "Kottayam", "Iloilo", "Tromso", "Kandahar", "Aleppo"])),
         "ca_hc": f"[[ID:{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}-{letters(rng, 2)}]]",
         "ca_post": f"[[LOCATION:{letters(rng, 1)}{digits(rng, 1)}{letters(rng, 1)} {digits(rng, 1)}{letters(rng, 1)}{digits(rng, 1)}]]",
         "ca_phone": f"[[PHONE:+1 {rng.choice(['416', '613', '705', '807'])}-{digits(rng, 3)}-{digits(rng, 4)}]]",
         "uk_nhs": f"[[ID:{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}]]",
         "uk_town": place(rng.choice(["Bognor Regis", "Leighton Buzzard", "Much Wenlock", "Great Snoring", "Wigan", "Bury"])),
         "uk_post": f"[[LOCATION:{letters(rng, 2)}{rng.randrange(1, 20)} {digits(rng, 1)}{letters(rng, 2)}]]",
         "uk_phone": f"[[PHONE:+44 {rng.choice(['7700', '7911', '1942'])} {digits(rng, 6)}]]",
         "ie_town": place(rng.choice(["Ballyjamesduff", "Mullingar", "Clonakilty", "Nenagh", "Ennis"])),
         "ie_county": place(rng.choice(["Cavan", "Westmeath", "Cork", "Tipperary", "Clare"])),
         "ie_pps": f"[[ID:{digits(rng, 7)}{letters(rng, 1)}{rng.choice(['A', 'W', ''])}]]",
         "ie_eir": f"[[LOCATION:{letters(rng, 1)}{digits(rng, 2)} {letters(rng, 1)}{digits(rng, 1)}{letters(rng, 1)}{digits(rng, 1)}]]",
         "ie_phone": f"[[PHONE:+353 8{rng.randrange(3, 8)} {digits(rng, 3)} {digits(rng, 4)}]]",
         "au_mc": f"[[ID:{digits(rng, 4)} {digits(rng, 5)} {digits(rng, 1)}]]",
         "au_town": place(rng.choice(["Wagga Wagga", "Woolloomooloo", "Nowhere Else", "Humpty Doo", "Dubbo"])),
         "au_post": f"[[LOCATION:{rng.randrange(2000, 7000)}]]", "au_phone": f"[[PHONE:+61 4{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}]]",
         "nz_nhi": f"[[ID:{letters(rng, 3)}{digits(rng, 4)}]]",
         "nz_town": place(rng.choice(["Palmerston North", "Whakatane", "Te Awamutu", "Gore", "Taihape"])),
         "nz_phone": f"[[PHONE:+64 2{rng.randrange(1, 8)} {digits(rng, 3)} {digits(rng, 4)}]]",
         "in_town": place(rng.choice(["Thrissur", "Hubballi", "Nashik", "Muzaffarpur", "Kozhikode"])),
         "in_pin": f"[[LOCATION:{rng.randrange(110001, 695999)}]]", "in_aad": f"[[ID:{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}]]",
         "in_phone": f"[[PHONE:+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}]]",
         "ph_phil": f"[[ID:{digits(rng, 2)}-{digits(rng, 9)}-{digits(rng, 1)}]]",
         "ph_town": place(rng.choice(["Tacloban", "Dumaguete", "Cabanatuan", "Tuguegarao", "Butuan"])),
         "ph_phone": f"[[PHONE:+63 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}]]",
         "ng_nin": f"[[ID:{digits(rng, 11)}]]", "ng_town": place(rng.choice(["Ogbomosho", "Onitsha", "Zaria", "Abeokuta", "Nsukka"])),
         "ng_phone": f"[[PHONE:+234 80{rng.randrange(2, 9)} {digits(rng, 3)} {digits(rng, 4)}]]",
         "mx_town": place(rng.choice(["Tlaquepaque", "Ciudad Obregon", "Zacatecas", "Tepic", "San Juan de los Lagos"])),
         "mx_curp": f"[[ID:{letters(rng, 4)}{digits(rng, 6)}{rng.choice('HM')}{letters(rng, 5)}{digits(rng, 2)}]]",
         "mx_phone": f"[[PHONE:+52 {digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}]]",
         "br_cpf": f"[[ID:{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 2)}]]",
         "br_cep": f"[[LOCATION:{digits(rng, 5)}-{digits(rng, 3)}]]",
         "br_town": place(rng.choice(["Governador Valadares", "Juiz de Fora", "Feira de Santana", "Pelotas", "Caruaru"])),
         "br_phone": f"[[PHONE:+55 {digits(rng, 2)} 9{digits(rng, 4)}-{digits(rng, 4)}]]"}
    # A congregation's clergy title fits it, and a priest or an imam is drawn a man.
    congregation, title = rng.choice(CONGREGATIONS)
    d["congregation"] = place(congregation)
    d["clergy"] = f"{title} {Person(rng, sex='M' if title in ('Father', 'Imam') else None).surname_only()}"
    d["imam"] = Person(rng, sex="M").full()
    terms = {"child": pools.CHILD_TERMS, "adult": pools.ADULT_TERMS, "elder": pools.ELDER_TERMS}[band]
    if p.sex == "M":  # a pregnancy term is never drawn for a man
        terms = [t for t in terms if t not in pools.PREGNANCY_TERMS]
    d["term"], d["term2"] = (f"<<{t}>>" for t in rng.sample(terms, 2))
    d["He"], d["His"] = d["he"].capitalize(), d["his"].capitalize()
    return d


def clean_draw(rng):
    pick = lambda xs: rng.choice(xs)  # noqa: E731
    e1, e2 = rng.sample(clean.EPONYMS, 2)
    brand, use = rng.choice(clean.BRAND_USES)
    return {"eponym": e1, "eponym2": e2, "brand": brand, "use": use, "place": pick(clean.PLACE_WORDS), "holiday": pick(clean.HOLIDAYS),
            "score": pick(clean.SCORES), "term": pick(clean.TERMS), "n": rng.randrange(90, 120), "n2": rng.randrange(60, 140),
            "d": rng.randrange(1, 9)}


def generated(rng):
    jobs = [("id", t) for t in IDENTIFIER_TEMPLATES for _ in range(2)] + [("clean", t) for t in clean.CLEAN_TEMPLATES for _ in range(3)]
    rng.shuffle(jobs)
    posts = []
    for n, (kind, template) in enumerate(jobs):
        post_id = f"r34-gen-{n:03d}"
        while True:  # redraw until no clinical term touches an identifier
            markup = template[1].format(**draw(rng, template[0])) if kind == "id" else template.format(**clean_draw(rng))
            post = goldmarkup.record(post_id, markup)
            if not goldmarkup.term_touches_identifier(post):
                break
        posts.append(post)
    return posts


def build():
    posts = generated(random.Random(SEED)) + goldmarkup.hand_written_records(HERE / "hand-written.txt", "r34-hand-")
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("round34.jsonl matches its generator" if same else "round34.jsonl differs from its generator")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} posts to {OUT.name}")
