"""Builds round37.jsonl (decision 222): the seeded generated posts (templates.py, clean.py) and the hand-written posts
(hand-written.txt). `python3 generate.py --check` rebuilds it in memory and fails unless the file is byte for byte the
same."""
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
import templates  # noqa: E402
from people import Person, span  # noqa: E402

SEED = 37222
DRAWS_PER_TEMPLATE = 2
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AGE_WORDS = ["ninety", "ninety-one", "ninety two", "ninety-three", "ninety-six", "ninety-eight", "a hundred",
             "one hundred and one", "hundred and three"]
RELATIVES = {"daughter": "F", "son": "M", "sister": "F", "brother": "M", "niece": "F", "nephew": "M"}


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def a_date(rng, year_from, year_to):
    y, m, d = rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28)
    shape = rng.randrange(8)
    return [f"{m}/{d}/{y}", f"{m:02d}-{d:02d}-{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m:02d}.{y}",
            f"{d} {MONTHS[m - 1][:3]} {y}", f"{MONTHS[m - 1]} {d}, {y}", f"{MONTHS[m - 1][:3]} {d}",
            f"the {d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'} of {MONTHS[m - 1]}"][shape]


def age90(rng, sex):
    shape = rng.randrange(5)
    n = rng.randint(90, 104)
    if shape == 0:
        return f"{span('AGE', str(n))}yo"
    if shape == 1:
        return f"{span('AGE', str(n))} y/o"
    if shape == 2:
        return f"{span('AGE', rng.choice(AGE_WORDS))} year old"
    if shape == 3:
        return f"{span('AGE', str(n))}{sex}"
    return f"age {span('AGE', str(n))}"


def phone(rng):
    shape = rng.randrange(6)
    return [f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}", f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 4)}",
            f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}", f"+63 917 {digits(rng, 3)} {digits(rng, 4)}",
            f"+250 78{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)}", f"1-800-{digits(rng, 3)}-{digits(rng, 4)}"][shape]


def outside_the(kind, value):
    """A leading "the" stays outside its span (decision 222's labels): "the [[DATE:2nd of July]]"."""
    return "the " + span(kind, value[4:]) if value.startswith("the ") else span(kind, value)


def place_abroad(place):
    """A town or camp abroad is LOCATION; a region (a governorate, like a state or province) stays unlabelled."""
    return place if place in pools.REGIONS_ABROAD else span("LOCATION", place)


# settings whose clinical terms include pregnancy: their patients are drawn as women
FEMALE_SETTINGS = {"language"}
# settings whose patients work (H-2A crews, deckhands, reservists): born 1958-2006, not as old as any patient
WORKING_SETTINGS = {"farm", "sea", "military"}
DEPLOYMENTS = ["Camp Arifjan", "Al Udeid", "Camp Lemonnier", "Camp Buehring", "Erbil", "Rukla", "Grafenwoehr"]


def draws(rng, setting):
    patient = Person(rng, "F" if setting in FEMALE_SETTINGS else None)
    rel_kind = rng.choice(sorted(RELATIVES) + [patient.spouse])
    relative = Person(rng, RELATIVES.get(rel_kind, "M" if patient.sex == "F" else "F"))
    user = (patient.given[0] + patient.surname.replace(" ", "")).lower()
    d = {
        "p": patient.any_form(), "he": patient.he, "his": patient.his, "him": patient.him,
        "rel_kind": rel_kind, "rel": relative.full(), "age90": age90(rng, patient.sex),
        "dob": outside_the("DATE", a_date(rng, 1958, 2006) if setting in WORKING_SETTINGS else a_date(rng, 1926, 2004)),
        "deployment": span("LOCATION", rng.choice(DEPLOYMENTS)), "date": outside_the("DATE", a_date(rng, 2025, 2026)),
        "phone": span("PHONE", phone(rng)),
        "email": span("EMAIL", f"{user}{digits(rng, 2)}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'])}"),
        "handle": span("ID", f"@{user}_{rng.choice(['fam', 'reunion', 'ky', 'official'])}"),
        "town": span("LOCATION", rng.choice(pools.TOWNS)), "county": span("LOCATION", rng.choice(pools.COUNTIES)),
        "street": span("LOCATION", rng.choice(pools.STREETS)),
        "address": span("LOCATION", f"{rng.randint(12, 9899)} {rng.choice(pools.STREETS)}"),
        "farm": span("LOCATION", rng.choice(pools.FARMS)), "crew": relative.full(),
        "camp": span("ID", digits(rng, rng.choice([2, 3]))),
        "vessel": span("LOCATION", rng.choice(pools.VESSELS)), "port": span("LOCATION", rng.choice(pools.PORTS)),
        "hull": span("ID", rng.choice([f"AK {digits(rng, 4)} {letters(rng, 2)}", f"{digits(rng, 6)}", f"MA-{digits(rng, 4)}-BH"])),
        "berth": span("ID", f"{rng.randint(1, 40)}{rng.choice(['', 'A', 'B'])}"),
        "rank": rng.choice(pools.RANKS), "unit": outside_the("LOCATION", rng.choice(pools.UNITS)),
        "base": span("LOCATION", rng.choice(pools.BASES)),
        "dod": span("ID", digits(rng, 10)), "employer": span("LOCATION", rng.choice(pools.FARMS + pools.BANKS)),
        "abroad": place_abroad(rng.choice(pools.ABROAD)),
        "ship": span("LOCATION", rng.choice(pools.SHIPS)), "ferry": span("LOCATION", rng.choice(pools.FERRIES)),
        "cabin": span("ID", f"{rng.randint(2, 14)}{digits(rng, 3)}"),
        "booking": span("ID", rng.choice([letters(rng, 6), f"{letters(rng, 2)}{digits(rng, 7)}"])),
        "crew_no": span("ID", f"{digits(rng, 6)}"),
        "port_abroad": span("LOCATION", rng.choice(["Cozumel", "Nassau", "Roatan", "Ketchikan", "Juneau", "Skagway", "Labadee", "Costa Maya"])),
        "me_case": span("ID", rng.choice([f"ME-{digits(rng, 2)}-{digits(rng, 5)}", f"{digits(rng, 4)}-{digits(rng, 4)}", f"C{digits(rng, 7)}"])),
        "funeral": span("LOCATION", rng.choice(pools.FUNERAL_HOMES)), "permit": span("ID", f"{digits(rng, 3)}-{digits(rng, 6)}"),
        "insurer": span("LOCATION", rng.choice(pools.INSURERS)), "bank": span("LOCATION", rng.choice(pools.BANKS)),
        "collector": span("LOCATION", rng.choice(pools.COLLECTORS)),
        "amount": f"${rng.randint(2, 48)},{digits(rng, 3)}",
        "member": span("ID", rng.choice([f"{letters(rng, 3)}{digits(rng, 9)}", f"{digits(rng, 11)}", f"H{digits(rng, 8)}-01"])),
        "claim": span("ID", rng.choice([f"{digits(rng, 4)}-{digits(rng, 6)}", f"CLM{digits(rng, 9)}", f"{digits(rng, 13)}"])),
        "policy": span("ID", rng.choice([f"{letters(rng, 2)}-{digits(rng, 7)}", f"{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 3)}"])),
        "invoice": span("ID", f"INV-{digits(rng, 6)}"), "acct4": span("ID", digits(rng, 4)),
        "account": span("ID", rng.choice([digits(rng, 12), f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}"])),
        "shelter": span("LOCATION", rng.choice(pools.SHELTERS).replace("the ", "")),
        "client": span("ID", rng.choice([f"{digits(rng, 6)}", f"C-{digits(rng, 5)}"])),
        "bed": span("ID", f"{rng.randint(1, 89)}{rng.choice(['', 'B', 'L'])}"),
        "agency": span("LOCATION", rng.choice(pools.AGENCIES)), "court": span("LOCATION", rng.choice(pools.COURTS)),
        "anum": span("ID", rng.choice([f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}", f"A{digits(rng, 9)}", f"{digits(rng, 9)}"])),
        "anum_bare": span("ID", digits(rng, 9)),
        "lang": rng.choice(pools.LANGUAGES),
        "casino": span("LOCATION", rng.choice(pools.CASINOS)), "club": span("ID", digits(rng, rng.choice([8, 10]))),
        "track": span("LOCATION", rng.choice(pools.TRACKS)), "lanes": span("LOCATION", rng.choice(pools.LANES)),
        "id_a": span("ID", rng.choice([f"{letters(rng, 1)}{digits(rng, 7)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}"])),
        "id_b": span("ID", f"{digits(rng, 4)}"),
        "vet": span("LOCATION", rng.choice(pools.VETS)), "pet": span("NAME", rng.choice(pools.PETS)),
        "kennel": span("LOCATION", rng.choice(["Happy Tails", "Bark Avenue", "Camp Bow Wow", "Wag Hotel", "Doggie Den"])),
        "chip": span("ID", rng.choice([digits(rng, 15), f"985 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"])),
        "tag": span("ID", f"{rng.randint(2025, 2026)}-{digits(rng, 5)}"),
        "venue": span("LOCATION", rng.choice(pools.VENUES)),
        "ll": span("LOCATION", rng.choice(pools.LANGUAGE_LINES)), "interp": span("ID", rng.choice([digits(rng, 6), f"{letters(rng, 1)}{digits(rng, 5)}"])),
        "mrn": span("ID", rng.choice([digits(rng, 8), f"{letters(rng, 2)}{digits(rng, 6)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"])),
        "time": f"{rng.randint(1, 5)}:{rng.choice(['05', '20', '40'])}am",
    }
    d["term"] = "<<" + rng.choice(templates.TERMS[setting]) + ">>"
    return d


def generated(rng):
    posts = []
    for setting, template in templates.TEMPLATES:
        for _ in range(DRAWS_PER_TEMPLATE):
            while True:
                text = template.format(**draws(rng, setting))
                post = goldmarkup.record("?", text)
                if not goldmarkup.term_touches_identifier(post):
                    break
            posts.append(text)
    for template in clean.TEMPLATES:
        for _ in range(DRAWS_PER_TEMPLATE):
            posts.append(clean.fill(rng, template))
    rng.shuffle(posts)
    return [goldmarkup.record(f"r37-gen-{n:03d}", text) for n, text in enumerate(posts)]


def build():
    rng = random.Random(SEED)
    records = generated(rng) + goldmarkup.hand_written_records(HERE / "hand-written.txt", "r37-hand-")
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


if __name__ == "__main__":
    out = HERE / "round37.jsonl"
    text = build()
    if "--check" in sys.argv:
        if out.read_text(encoding="utf-8") != text:
            sys.exit("round37.jsonl differs from what generate.py builds")
        print("round37.jsonl rebuilds byte for byte")
    else:
        out.write_text(text, encoding="utf-8")
        print(f"wrote {text.count(chr(10))} posts")
