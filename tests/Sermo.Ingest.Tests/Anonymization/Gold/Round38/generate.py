"""Builds round38.jsonl (decision 231): the hand-written posts of hand-written.txt, then each identifier template and
each identifier-free template of this folder drawn twice from one seeded generator, shuffled. `--check` rebuilds the
file in memory and fails unless it equals the stored one byte for byte."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402
import pools  # noqa: E402
from clean import BRANDS, CLEAN_TEMPLATES, DISEASES, HOLIDAYS, SCORES, SEASONS, SIGNS, SYNDROMES  # noqa: E402
from people import Person, spans  # noqa: E402
from templates import TEMPLATES  # noqa: E402

SEED = 38231
DRAWS_PER_TEMPLATE = 2
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def date_words(rng):
    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    return rng.choice([f"[[DATE:{month} {day}{suffix}]]", f"the [[DATE:{day}{suffix} of {month}]]",
                       f"[[DATE:{month[:3]} {day}]]", f"[[DATE:{day} {month} {rng.randint(2024, 2026)}]]"])


def date_slash(rng):
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"[[DATE:{m}/{d}/{y % 100:02d}]]", f"[[DATE:{m:02d}-{d:02d}-{y}]]", f"[[DATE:{m}/{d}]]"])


def date_iso(rng):
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"[[DATE:{y}-{m:02d}-{d:02d}]]", f"[[DATE:{d:02d}.{m:02d}.{y}]]", f"[[DATE:{y}{m:02d}{d:02d}]]"])


def dob(rng):
    y, m, d = rng.randint(1925, 2008), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"[[DATE:{m}/{d}/{y}]]", f"[[DATE:{d:02d}/{m:02d}/{y}]]", f"[[DATE:{MONTHS[m - 1][:3]} {d}, {y}]]",
                       f"[[DATE:{y}-{m:02d}-{d:02d}]]"])


def age_number(rng):
    return rng.randint(90, 106)


def age_in_words(n):
    tens = {9: "ninety", 10: "a hundred"}
    if n >= 100:
        return "a hundred" + (f" and {ONES[n - 100]}" if n > 100 else "")
    return "ninety" + (f"-{ONES[n - 90]}" if n > 90 else "")


def phone(rng):
    # North American area codes and exchanges never start with 0 or 1
    a, b, c = str(rng.randint(2, 9)) + digits(rng, 2), str(rng.randint(2, 9)) + digits(rng, 2), digits(rng, 4)
    return rng.choice([f"[[PHONE:({a}) {b}-{c}]]", f"[[PHONE:{a}.{b}.{c}]]", f"[[PHONE:{a}-{b}-{c}]]",
                       f"[[PHONE:{a}{b}{c}]]", f"[[PHONE:1-{a}-{b}-{c}]]"])


def draws(rng):
    """One dict of fresh markup values for one post."""
    p = Person(rng)
    other = Person(rng)
    rel, relative = p.relative()
    town, (abroad_town, abroad_country) = rng.choice(pools.TOWNS), rng.choice(pools.ABROAD)
    n = age_number(rng)
    street_addr = f"[[LOCATION:{rng.randint(2, 9899)} {rng.choice(pools.STREETS)}]]"
    return {
        "form": p.form(), "full": p.full(), "upper_form": p.full().upper().replace("[[NAME:", "[[NAME:"),
        "he": p.he, "him": p.him, "his": p.his, "sexword": {"M": "man", "F": "woman"}[p.sex],
        "rel": rel, "rel_full": relative.full(), "other_full": other.full(), "other_form": other.form(),
        "age_s": rng.choice([f"[[AGE:{n}]]{'M' if p.sex == 'M' else 'F'}", f"[[AGE:{n}]]yo", f"[[AGE:{n}]] y.o.",
                             f"[[AGE:{n}]]-year-old"]),
        "age_words": f"[[AGE:{age_in_words(n)}]]",
        # a working patient's age is under 90 and so not an identifier
        "work_age": rng.choice([f"{rng.randint(19, 64)}{p.sex}", f"{rng.randint(19, 64)} yo", f"{rng.randint(19, 64)}-year-old"]),
        "town": f"[[LOCATION:{town}]]", "ihs_town": f"[[LOCATION:{rng.choice(pools.TRIBAL_TOWNS)}]]", "county": f"[[LOCATION:{rng.choice(pools.COUNTIES)}]]",
        "street": f"[[LOCATION:{rng.choice(pools.STREETS)}]]", "street_addr": street_addr,
        "chapter": f"[[LOCATION:{rng.choice(pools.CHAPTERS)}]]", "pueblo": f"[[LOCATION:{rng.choice(pools.PUEBLOS)}]]",
        "abroad_town": f"[[LOCATION:{abroad_town}]]", "abroad_country": abroad_country,
        "plant": f"[[LOCATION:{rng.choice(pools.PLANTS)}]]", "warehouse": f"[[LOCATION:{rng.choice(pools.WAREHOUSES)}]]",
        "store": f"[[LOCATION:{rng.choice(pools.STORES)}]]", "park": f"[[LOCATION:{rng.choice(pools.PARKS)}]]",
        "housing": f"[[LOCATION:{rng.choice(pools.HOUSING)}]]", "venue": f"[[LOCATION:{rng.choice(pools.VENUES)}]]",
        "stadium": f"[[LOCATION:{rng.choice(pools.STADIUMS)}]]",
        "restaurant": f"[[LOCATION:{rng.choice(['Waffle House', 'Denny', 'Pho Saigon', 'El Tapatio', 'Golden Corral', 'Cracker Barrel', 'Olive Garden'])}]]",
        "salon": f"[[LOCATION:{rng.choice(['Lucky Nails', 'Nail Spa 2000', 'Tip Top Nails', 'Polished'])}]]",
        "barbershop": f"[[LOCATION:{rng.choice(['Fresh Cutz', 'Kings Barber Lounge', 'Fade Factory', 'Sharp Edges'])}]]",
        "school": f"[[LOCATION:{rng.choice(['Northern Arizona', 'Chadron State', 'Garden City High', 'Central Catholic', 'Haskell', 'Fort Lewis'])}]]",
        "mascot": rng.choice(["Lumberjacks", "Eagles", "Buffaloes", "Skyhawks", "Warriors"]),
        "adult_day": f"[[LOCATION:{rng.choice(['Golden Years', 'Sunrise Circle', 'Elder Oaks', 'Kinship House'])}]]",
        "orchestra": f"the [[LOCATION:{rng.choice(['Greeley Philharmonic', 'Tulsa Symphony', 'Yakima Chamber Orchestra'])}]]",
        "insurer": f"[[LOCATION:{rng.choice(['Sedgwick', 'Gallagher Bassett', 'Liberty Mutual', 'Travelers', 'Hartford', 'Anthem', 'Molina'])}]]",
        "callcenter": f"[[LOCATION:{rng.choice(['Teleperformance', 'Concentrix', 'Alorica', 'TTEC'])}]]",
        "doc": f"[[NAME:{Person(rng).surname.split(' ')[-1]}]]",
        "ihs_chart": f"[[ID:{digits(rng, 6)}]]", "ihs_ref": f"[[ID:PRC-{digits(rng, 2)}-{digits(rng, 5)}]]",
        "enroll": f"[[ID:{rng.choice(['', 'CIB ', 'NN'])}{digits(rng, rng.choice([5, 6, 9]))}]]",
        "engine": f"[[ID:{rng.randint(2, 89)}]]", "station": f"[[ID:{rng.randint(1, 60)}]]",
        "medic": f"[[ID:{rng.randint(1, 40)}]]", "badge": f"[[ID:{rng.choice(['', 'B', 'D-'])}{digits(rng, 4)}]]",
        "mrn": f"[[ID:{rng.choice(['', 'E', 'MR-'])}{digits(rng, rng.choice([7, 8, 10]))}]]",
        "emp": f"[[ID:{digits(rng, 6)}]]", "line": f"[[ID:{rng.randint(1, 12)}]]", "ext": f"[[PHONE:{digits(rng, 4)}]]",
        "facility_code": f"[[LOCATION:{letters(rng, 3)}{rng.randint(1, 9)}]]", "picker": f"[[ID:{letters(rng, 1).lower()}{digits(rng, 5)}]]",
        "door": f"[[ID:{rng.randint(100, 320)}]]", "dock": f"[[ID:{letters(rng, 1)}]]",
        "claim": f"[[ID:{rng.choice(['WC', '', '2025-'])}{digits(rng, 8)}]]", "lot": f"[[ID:{rng.randint(1, 88)}]]",
        "voucher": f"[[ID:{digits(rng, 7)}]]", "unit": f"[[ID:{rng.randint(1, 30)}{letters(rng, 1)}]]",
        "store_no": f"[[ID:{digits(rng, 4)}]]", "booth": f"[[ID:{rng.randint(1, 14)}]]",
        "bib": f"[[ID:{digits(rng, 4)}]]", "mile": str(rng.randint(9, 13)), "fighter_lic": f"[[ID:{letters(rng, 2)}-{digits(rng, 5)}]]",
        "nick": spans(rng.choice(['Tornado', 'Lil Saint', 'Big Country', 'Spider', 'Hammer', 'Sugar'])),
        "jersey": f"[[ID:{rng.randint(1, 89)}]]", "route": f"[[ID:{rng.randint(3, 48)}]]",
        "bus": f"[[ID:{rng.randint(1, 4)}]]", "intl_phone": f"[[PHONE:+{rng.choice(['977', '94', '64', '676', '358', '47', '63'])} {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}]]",
        "last4": f"[[ID:{digits(rng, 4)}]]", "ticket": f"[[ID:{rng.choice(['INC', 'RITM', 'TKT-'])}{digits(rng, 7)}]]",
        "handle": f"[[ID:@{p.given.lower().replace(' ', '')}{digits(rng, 2)}]]", "agent": f"[[ID:{letters(rng, 2)}{digits(rng, 4)}]]",
        "tail": f"[[ID:N{digits(rng, 3)}{letters(rng, 2)}]]", "callsign": f"[[ID:{rng.choice(['K', 'W', 'N', 'KD'])}{rng.randint(0, 9)}{letters(rng, 3)}]]",
        "callsign2": f"[[ID:{rng.choice(['AB', 'KE', 'W'])}{rng.randint(0, 9)}{letters(rng, 2)}]]",
        "acct": f"[[ID:{digits(rng, 9)}]]", "passport": f"[[ID:{letters(rng, 1)}{digits(rng, 7)}]]",
        "serial": f"[[ID:{letters(rng, 3)}{digits(rng, 6)}{letters(rng, 1)}]]", "lot_no": f"[[ID:{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 4)}]]",
        "member": f"[[ID:{letters(rng, 3)}{digits(rng, 9)}]]",
        "email": f"[[EMAIL:{other.given[0].lower()}{other.surname.lower().replace(' ', '').replace(chr(39), '')}@{rng.choice(['gmail.com', 'yahoo.com', 'ihs.gov', 'sedgwick.com', 'outlook.com'])}]]",
        "phone": phone(rng), "date_words": date_words(rng), "date_slash": date_slash(rng), "date_iso": date_iso(rng),
        "dob": dob(rng),
    }


def clean_draws(rng):
    two = rng.sample(BRANDS, 2)
    return {"sign": rng.choice(SIGNS), "syndrome": rng.choice(SYNDROMES), "brand": two[0], "brand2": two[1],
            "holiday": rng.choice(HOLIDAYS), "season": rng.choice(SEASONS), "score": rng.choice(SCORES),
            "disease": rng.choice(DISEASES), "small": str(rng.randint(1, 9)), "pts": str(rng.randint(0, 4)), "bp": str(rng.randint(90, 119)),
            "dose": str(rng.choice([90, 100, 105, 110, 112])), "plt": str(rng.randint(90, 119)),
            "na": str(rng.randint(110, 119)), "hr": str(rng.randint(90, 119)), "sat": str(rng.randint(90, 99)),
            "glu": str(rng.randint(90, 119)), "k": f"{rng.randint(2, 6)}.{rng.randint(0, 9)}",
            "wt": str(rng.randint(90, 119)), "bmi": str(rng.randint(30, 45))}


def build():
    rng = random.Random(SEED)
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r38-hand-")
    generated = []
    for template in TEMPLATES * DRAWS_PER_TEMPLATE:
        while True:
            markup = template.format(**draws(rng))
            post = goldmarkup.record("?", markup)
            if not goldmarkup.term_touches_identifier(post):
                break
        generated.append(markup)
    for template in CLEAN_TEMPLATES * DRAWS_PER_TEMPLATE:
        generated.append(template.format(**clean_draws(rng)))
    rng.shuffle(generated)
    posts += [goldmarkup.record(f"r38-gen-{n:03d}", markup) for n, markup in enumerate(generated)]
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    out = HERE / "round38.jsonl"
    text = build()
    if "--check" in sys.argv:
        if out.read_text(encoding="utf-8") != text:
            sys.exit("round38.jsonl differs from what generate.py builds")
        print("round38.jsonl matches")
    else:
        out.write_text(text, encoding="utf-8")
        print(f"wrote {text.count(chr(10))} posts")
