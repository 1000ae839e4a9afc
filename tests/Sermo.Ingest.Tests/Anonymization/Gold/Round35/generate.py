"""Builds round35.jsonl (decision 216): generated posts from templates.py and clean.py (seed 35216), then the
hand-written posts. `python3 generate.py` writes it; `python3 generate.py --check` rebuilds it and compares byte for byte."""
import json
import random
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402
import clean  # noqa: E402
import people  # noqa: E402
import pools  # noqa: E402
import templates  # noqa: E402

SEED = 35216
USES_PER_CASE_TEMPLATE = 3
USES_PER_CLEAN_TEMPLATE = 3
MONTHS = "January February March April May June July August September October November December".split()
ORDINALS = ["first", "second", "third", "fourth", "fifth", "ninth", "twelfth", "twentieth", "twenty-first", "twenty-eighth"]


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def a_date(rng, birth=False):
    y = rng.randint(1926, 1968) if birth else rng.choice([2025, 2026])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    shapes = [f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m:02d}.{y}",
              f"{MONTHS[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1][:3]} {y}", f"{MONTHS[m - 1][:3]}. {d}",
              f"{MONTHS[m - 1].lower()} {d}", f"{MONTHS[m - 1]} {rng.choice(ORDINALS)}", f"{m}-{d}"]
    if birth:
        shapes = shapes[:6]
    return f"[[DATE:{rng.choice(shapes)}]]"


def an_age(rng):
    n = rng.randint(90, 104)
    words = {90: "ninety", 91: "ninety-one", 93: "ninety three", 96: "ninety-six", 99: "ninety-nine",
             100: "one hundred", 102: "a hundred and two"}
    return f"[[AGE:{words.get(n, str(n))}]]"


def a_phone(rng):
    a, b, c = digits(rng, 3), digits(rng, 3), digits(rng, 4)
    return f"[[PHONE:{rng.choice([f'{a}-{b}-{c}', f'({a}) {b}-{c}', f'{a}.{b}.{c}', f'{a} {b} {c}', f'+1 {a} {b} {c}'])}]]"


def a_foreign_phone(rng):
    shapes = [f"+509 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 4)}", f"+502 {digits(rng, 4)} {digits(rng, 4)}",
              f"+504 {digits(rng, 4)}-{digits(rng, 4)}", f"+52 1 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}",
              f"+251 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}", f"+880 1{digits(rng, 3)}-{digits(rng, 6)}",
              f"+95 9 {digits(rng, 3)} {digits(rng, 4)}", f"+679 {digits(rng, 3)} {digits(rng, 4)}",
              f"00 44 7{digits(rng, 3)} {digits(rng, 6)}", f"+238 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"]
    return f"[[PHONE:{rng.choice(shapes)}]]"


def place(value):
    return f"[[LOCATION:{value}]]"


def ident(value):
    return f"[[ID:{value}]]"


def fields(rng, sex=None):
    patient = people.draw(rng, sex)
    man, woman = people.draw(rng, "M", 0.2), people.draw(rng, "F", 0.2)
    noun, rel = people.relative(rng, patient)
    staff = people.draw(rng, word_share=0.2)
    twin_b = people.draw(rng, word_share=0.2)
    town, county, _ = rng.choice(pools.TOWNS)
    handle_base = (patient["given"] + rng.choice(["_", ".", ""]) + digits(rng, 2)).lower().replace("_", "")
    first = patient["given"].split("_")[0].lower()
    mail = f"{first}.{patient['surname'].replace('_', '').lower()}{digits(rng, 2)}@{rng.choice(['gmail.com', 'yahoo.com', 'icloud.com', 'bellsouth.net'])}"
    f = {"P": people.written(rng, patient), "Pg": people.span(patient["given"]), "Ps": people.span(patient["surname"]),
         "he": patient["he"], "He": patient["he"].capitalize(), "his": patient["his"], "him": patient["him"],
         "rel": noun, "R": f"{people.span(rel['given'])} {people.span(rel['surname'])}", "Rg": people.span(rel["given"]),
         "S": f"{people.span(staff['given'])} {people.span(staff['surname'])}", "Ss": people.span(staff["surname"]),
         "Mn": f"{people.span(man['given'])} {people.span(man['surname'])}",
         "Fn": f"{people.span(woman['given'])} {people.span(woman['surname'])}", "Fg": people.span(woman["given"]),
         "Tg": people.span(patient["given"]), "Ug": people.span(twin_b["given"]),
         "town": place(town), "county": place(f"{county} County"), "parish": place(f"{rng.choice(pools.PARISHES)} Parish"),
         "street": place(f"{rng.randint(2, 9899)} {rng.choice(pools.STREETS)}"), "hood": place(rng.choice(pools.NEIGHBOURHOODS)),
         "employer": place(rng.choice(pools.EMPLOYERS)), "utility": place(rng.choice(pools.UTILITIES)), "abroad": place(rng.choice(pools.TOWNS_ABROAD)),
         "age": an_age(rng), "dob": a_date(rng, birth=True), "date": a_date(rng), "phone": a_phone(rng),
         "foreignphone": a_foreign_phone(rng), "email": f"[[EMAIL:{mail}]]",
         "handle": f"[[ID:@{handle_base}]]", "url": f"[[URL:tiktok.com/@{handle_base}]]",
         "mrn": ident(rng.choice([digits(rng, 8), f"{letters(rng, 1)}{digits(rng, 7)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}"])),
         "acct": ident(rng.choice([digits(rng, 10), f"{letters(rng, 2)}{digits(rng, 6)}", f"{digits(rng, 4)}-{digits(rng, 5)}"])),
         "bed": ident(f"{rng.randint(2, 48)}{rng.choice('AB')}"), "room": ident(str(rng.randint(3, 38))),
         "band": ident(f"{digits(rng, 6)}-{rng.choice('AB')}"), "bus": ident(str(rng.randint(3, 88))),
         "hold": ident(f"{letters(rng, 2)}-{digits(rng, 6)}"), "waiver": ident(f"{letters(rng, 3)}{digits(rng, 7)}"),
         "unos": ident(f"{letters(rng, 3)}{digits(rng, 3)}{rng.choice(['', '-'])}{digits(rng, 2)}"),
         "methadone": ident(f"{digits(rng, 4)}-{letters(rng, 1)}"), "fema": ident(f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"),
         "anum": ident(f"{rng.choice(['A', ''])}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"),
         "train": ident(str(rng.randint(1, 699))), "route": ident(str(rng.choice([rng.randint(1, 89), rng.randint(120, 999)]))),
         "truck": ident(f"{rng.randint(1, 89)}{rng.choice(['', '-T', 'B'])}"), "bib": ident(str(rng.randint(1, 89))),
         "employee": ident(f"E{digits(rng, 6)}"), "claim": ident(f"CLM-{digits(rng, 9)}"),
         "member": ident(f"{letters(rng, 3)}{digits(rng, 9)}"), "serial": ident(f"{letters(rng, 3)}{digits(rng, 6)}H"),
         "lot": ident(f"{digits(rng, 2)}{letters(rng, 2)}{digits(rng, 4)}"),
         "weekday": rng.choice(["monday", "Tuesday", "friday", "Sunday"]),
         "term": f"<<{rng.choice(pools.TERMS)}>>"}
    f.update({f"term_{k}": f"<<{rng.choice(v)}>>" for k, v in sorted(pools.TERMS_BY_SETTING.items())})
    f.update({k: place(rng.choice(v)) for k, v in {
        "school": ["Pine Hollow Elementary", "Dixon Middle", "Tecumseh Elementary", "Little Creek Primary"],
        "daycare": ["Tiny Tots", "Kiddie Korner", "Rainbow Kids", "Busy Bees"],
        "grouphome": ["Harbor House", "Maple Lodge", "Cedar Crossing", "Willow Place"],
        "agency": ["Arc of Bayou", "Easterseals", "Able Futures", "TriCounty DD"],
        "donorhosp": ["Mercy Lafayette", "St. Dominic's", "Baptist Memorial", "Our Lady of the Lake"],
        "soberhouse": ["Serenity", "Second Wind", "Oxford on Elm", "New Dawn"],
        "employer_clinic": ["BayMark", "Crossroads", "Acadiana Treatment Center", "Pinnacle"],
        "shelter": ["Cajundome", "Pete Maravich", "Belle Chasse Middle School", "Dixie Center"],
        "detention": ["Port Isabel", "Otay Mesa", "Karnes", "Dilley", "Adelanto"],
        "migrantshelter": ["Annunciation House", "Casa del Refugiado", "La Posada Providencia", "Catholic Charities"],
        "lake": ["Lake Ouachita", "Toledo Bend", "Lake Vermilion", "Caddo Lake", "Lake Sakakawea", "Flaming Gorge"],
        "trailhead": ["Tumbledown", "Skunk Cabbage", "Crooked Fork", "Beartooth", "Sawtooth"],
        "campground": ["Rocky Gap", "Moose Creek", "Cottonwood Flats", "Hungry Horse"],
        "rodeo": ["Cheyenne Frontier Days", "Pendleton Round-Up", "Angola Prison", "Mesquite"],
        "ranch": ["Double K Ranch", "Rocking R Ranch", "Bar Nothing Ranch", "Lazy S Ranch", "Four Sixes Ranch"],
        "depot": ["Sunnyside", "Hialeah", "Selkirk", "Bayshore"], "shop": ["Ngo's Nails", "Kim's Cleaners", "Mama Rosa's",
        "Pham Pho", "Tito's Tacos", "Dottie's Diner", "Mrs. Patel's Salon", "Big Earl's BBQ", "Nguyen Brothers Alterations"],
    }.items()})
    return f


def generated(rng):
    posts = []
    case = [t for t in templates.CASE for _ in range(USES_PER_CASE_TEMPLATE)]
    clean_posts = [t for t in clean.CLEAN for _ in range(USES_PER_CLEAN_TEMPLATE)]
    for template in case:
        while True:
            sex, _, body = template.rpartition("|")
            post = goldmarkup.record("", body.format(**fields(rng, sex or None)))
            if not goldmarkup.term_touches_identifier(post):
                posts.append(post)
                break
    for template in clean_posts:
        brand, use = rng.choice(clean.BRANDS)
        e1, e2 = rng.sample(clean.EPONYMS, 2)
        n1, n2 = rng.sample(clean.NUMBERS, 2)
        markup = template.format(holiday=rng.choice(clean.HOLIDAYS), eponym=f"<<{e1}>>", eponym2=f"<<{e2}>>",
                                 brand=f"<<{brand}>>", brand_use=f"<<{use}>>", score=f"<<{rng.choice(clean.SCORES)}>>",
                                 place_term=f"<<{rng.choice(clean.PLACE_TERMS)}>>", number=n1, number2=n2)
        posts.append(goldmarkup.record("", markup))
    rng.shuffle(posts)
    for n, post in enumerate(posts):
        post["id"] = f"r35-gen-{n:03d}"
    return posts


def build():
    posts = generated(random.Random(SEED)) + goldmarkup.hand_written_records(HERE / "hand-written.txt", "r35-hand-")
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    out = HERE / "round35.jsonl"
    text = build()
    if "--check" in sys.argv:
        same = out.read_text(encoding="utf-8") == text
        print("round35.jsonl rebuilds byte for byte" if same else "round35.jsonl differs from its generator")
        sys.exit(0 if same else 1)
    out.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10))} posts written")
