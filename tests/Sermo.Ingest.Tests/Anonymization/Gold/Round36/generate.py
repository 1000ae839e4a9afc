"""Round 36's held-out set (decision 220): hand-written.txt plus seeded draws of templates.py and clean.py.

python3 generate.py writes round36.jsonl; --check rebuilds it in memory and fails unless it equals the file byte for byte.
A generated post whose clinical term touches an identifier is redrawn.
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import clean  # noqa: E402
import goldmarkup  # noqa: E402
import people  # noqa: E402
import pools  # noqa: E402
import templates  # noqa: E402

SEED = 36220
IDENTIFIER_DRAWS = 3
CLEAN_DRAWS = 3

MOTELS = ["Starlite Motor Inn", "Bluebonnet Lodge", "Red Roof", "Motel 6", "Sandpiper Suites", "Drift Inn", "Cactus Flower Inn"]
GYMS = ["Iron Temple", "Orangetheory", "Planet Fitness", "Gold's", "Forge CrossFit", "SoulCycle", "Anytime Fitness"]
RIGNAMES = ["Thunder Horse", "Mad Dog", "Perdido", "Atlantis", "Appomattox"]
MINES = ["Black Butte", "Sunnyside", "Red Dog", "Stillwater", "Bingham"]
VENUES = ["Nightfall", "Riverbend Amphitheater", "Brass Monkey", "Coyote Ugly", "Harvest Moon festival"]
ZOOS = ["Riverbanks Zoo", "Tracy Aviary", "Lowry Park", "Ripley's Aquarium", "Gator Country"]
ANIMALS = ["otter", "lemur", "capybara", "snow leopard", "stingray touch tank", "macaw"]
LIBRARIES = ["Carnegie branch library", "Eastside Library", "Mulberry community center", "Pinecrest rec center"]
SHOPS = ["Black Lotus Tattoo", "Inkwell", "Sacred Heart Tattoo", "Electric Eel Ink"]
CLINICS = ["Clinica Bella Forma", "Esteem Aesthetics", "Lumiere Surgical", "Nova Estetik"]
HOTELS_ABROAD = ["Hotel Real del Mar", "Grand Sapphire", "Casa Palmera", "Hotel Bosphorus View"]
AGENCIES = ["Bright Stork", "Circle of Hope", "Tiny Footprints Surrogacy", "Heartland Adoptions"]
STORAGE = ["Public Storage", "U-Haul", "StoreSmart", "CubeSmart"]
MOVERS = ["Two Men and a Truck", "Mayflower", "Atlas Van Lines", "Bekins"]
AGES = ["91", "ninety-four", "102", "ninety six", "97", "a hundred and one", "93", "one hundred", "99", "ninety"]
FEMALE_SETTINGS = {"surrogacy": "F"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def date(rng):
    y, m, d = rng.randrange(1931, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    shape = rng.randrange(6)
    value = [f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{MONTHS[m - 1]} {d}, {y}",
             f"{d} {MONTHS[m - 1][:3]} {y}", f"{m}-{d}-{str(y)[2:]}"][shape]
    return f"[[DATE:{value}]]"


def phone(rng, abroad=False):
    shape = rng.choice(pools.PHONES_ABROAD if abroad else pools.PHONES_US)
    return "[[PHONE:" + shape.format(a=rng.randrange(201, 990), b=digits(rng, 3), c=digits(rng, 4)) + "]]"


def full(rng, sex=None):
    p = people.draw(rng, sex)
    return f"{people.span(p['given'])} {people.span(p['family'])}"


def fill(rng, setting, form):
    # carriers and birth mothers are women; every other setting draws either sex
    pt = people.draw(rng, FEMALE_SETTINGS.get(setting))
    kid_sex = "M" if pt["sex"] == "M" else "F"
    values = dict(people.pronouns(pt["sex"]))
    handle_word = rng.choice(["glowup", "liftlife", "sunny", "vanlife", "rawvegan", "gymrat"])
    kid = people.draw(rng, kid_sex)
    values.update(
        pt=people.written(rng, pt), sp=full(rng, "F" if pt["sex"] == "M" else "M"), staff=full(rng),
        kidn=people.span(kid["given"]), kidsur=people.span(kid["family"]), parentname=full(rng, pt["sex"]),
        town=rng.choice(pools.TOWNS), county=rng.choice(pools.COUNTIES), abroad=rng.choice(pools.ABROAD),
        street_addr=f"[[LOCATION:{rng.randrange(2, 9999)} {rng.choice(pools.STREETS)}]]",
        phone=phone(rng), phone_abroad=phone(rng, True), date=date(rng), age90=rng.choice(AGES),
        term="<<" + rng.choice(templates.TERMS[setting]) + ">>",
        mrn=rng.choice([digits(rng, 8), "M" + digits(rng, 7), f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}"]),
        report=rng.choice([f"{rng.randrange(2019, 2026)}-{digits(rng, 6)}", "CR" + digits(rng, 7), f"{letters(rng, 2)}{digits(rng, 5)}"]),
        plate=rng.choice([f"{letters(rng, 3)} {digits(rng, 4)}", f"{digits(rng, 1)}{letters(rng, 3)}{digits(rng, 3)}", f"{letters(rng, 2)}-{digits(rng, 4)}"]),
        vin="1" + letters(rng, 4) + digits(rng, 2) + letters(rng, 3) + digits(rng, 7),
        room=rng.choice([digits(rng, 3), "B" + digits(rng, 2), digits(rng, 4)]), conf=letters(rng, 2) + digits(rng, 6),
        hostid=digits(rng, 9), motel=rng.choice(MOTELS), gym=rng.choice(GYMS), member=rng.choice([digits(rng, 7), "GM-" + digits(rng, 5)]),
        rig=f"{letters(rng, 2)}-{digits(rng, 3)}", badge=rng.choice([digits(rng, 5), "E" + digits(rng, 6)]),
        shift=f"{letters(rng, 1)}{digits(rng, 2)}-N", rigname=rng.choice(RIGNAMES), mine=rng.choice(MINES),
        venue=rng.choice(VENUES), callsheet=f"CS-{digits(rng, 3)}", zoo=rng.choice(ZOOS), animal=rng.choice(ANIMALS),
        flight=f"{letters(rng, 2)}{rng.randrange(100, 3999)}", seat=f"{rng.randrange(1, 40)}{rng.choice('ABCDEF')}",
        gate=f"{rng.choice('ABCDE')}{rng.randrange(1, 60)}", library=rng.choice(LIBRARIES),
        handle=f"@{handle_word}_{digits(rng, 2)}", url=f"[[URL:instagram.com/{handle_word}.{letters(rng, 3).lower()}]]",
        email=f"[[EMAIL:{handle_word}{digits(rng, 2)}@gmail.com]]", clinic_abroad=rng.choice(CLINICS),
        hotel_abroad=rng.choice(HOTELS_ABROAD), shop=rng.choice(SHOPS), agency=rng.choice(AGENCIES),
        case=f"{letters(rng, 3)}-{digits(rng, 4)}-{digits(rng, 2)}", storage=rng.choice(STORAGE), movers=rng.choice(MOVERS),
        lease=f"L{digits(rng, 6)}", truck=f"#{digits(rng, 3)}",
    )
    return form.format(**values)


def clean_fill(rng, form):
    n = rng.randrange(1, 9)
    return form.format(
        eponym="<<" + rng.choice(clean.EPONYMS) + ">>", brand=rng.choice(clean.BRANDS), placeword="<<" + rng.choice(clean.PLACEWORDS) + ">>",
        holiday=rng.choice(clean.HOLIDAYS), score=rng.choice(clean.SCORES),
        lab=rng.choice(clean.LABS).format(n=n, big=rng.randrange(300, 700)), ck=rng.randrange(90, 120),
        dose=rng.choice([100, 110, 112, 95, 118]), small=n, na=rng.randrange(110, 119))


def build():
    rng = random.Random(SEED)
    drafts = [("id", s, f) for s, f in templates.IDENTIFIER for _ in range(IDENTIFIER_DRAWS)]
    drafts += [("clean", None, f) for f in clean.CLEAN for _ in range(CLEAN_DRAWS)]
    rng.shuffle(drafts)
    posts = []
    for kind, setting, form in drafts:
        while True:
            markup = fill(rng, setting, form) if kind == "id" else clean_fill(rng, form)
            post = goldmarkup.record(f"r36-gen-{len(posts):03d}", markup)
            if not goldmarkup.term_touches_identifier(post):
                break
        posts.append(post)
    posts += goldmarkup.hand_written_records(HERE / "hand-written.txt", "r36-hand-")
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    target = HERE / "round36.jsonl"
    text = build()
    if "--check" in sys.argv:
        sys.exit(0 if target.read_text(encoding="utf-8") == text else "round36.jsonl differs from a rebuild")
    target.write_text(text, encoding="utf-8")
