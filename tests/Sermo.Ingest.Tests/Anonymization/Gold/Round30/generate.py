"""Builds round30.jsonl (decision 185): 300 posts from this folder's templates (seeded) and hand-written.txt.

python3 generate.py writes the file; python3 generate.py --check rebuilds it in memory and fails unless it is byte for
byte the stored one.
"""
import json
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402
import people  # noqa: E402
import pools  # noqa: E402
from clean import CLEAN  # noqa: E402
from templates import CASE, SETTINGS  # noqa: E402

SEED = 30185
USES = 4


def ascii_word(text):
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum())


def values(rng):
    """One fresh draw of every value a template may name, so that no two posts share people or numbers by design."""
    p = people.person(rng)
    r = people.relative(rng, p)
    s, sf, staff_given, staff_surname = people.staff(rng)
    s2 = people.staff(rng)[0]
    domain = rng.choice(["gmail.com", "outlook.com", "yahoo.com", "trialsites.org", "agency-mail.com"])
    handle_base = ascii_word(p["raw_given"]) + rng.choice(["_", ".", ""]) + str(rng.randint(7, 99))
    street, street2 = rng.sample(pools.STREETS, 2)
    v = {
        "P": p["full"], "Pg": p["given"], "Ps": p["surname"], "Pinv": p["inverted"], "Pi": p["initials"],
        "Plow": p["lower"], "R": r["full"], "Rg": r["given"], "rel": r["word"], "S": s, "SF": sf, "S2": s2,
        "town": f"[[LOCATION:{rng.choice(pools.TOWNS)}]]", "county": f"[[LOCATION:{rng.choice(pools.COUNTIES)}]]",
        "hood": f"[[LOCATION:{rng.choice(pools.NEIGHBOURHOODS)}]]".replace("[[LOCATION:the ", "the [[LOCATION:"),
        "street": f"[[LOCATION:{street}]]", "street2": f"[[LOCATION:{street2}]]",
        "abroad": f"[[LOCATION:{rng.choice(pools.ABROAD)}]]", "jail": f"[[LOCATION:{rng.choice(pools.JAILS)}]]",
        "court": f"[[LOCATION:{rng.choice(pools.COURTS)}]]", "employer": f"[[LOCATION:{rng.choice(pools.EMPLOYERS)}]]",
        "school": f"[[LOCATION:{rng.choice(pools.SCHOOLS)}]]", "team": rng.choice(pools.TEAMS),
        "shelter": f"[[LOCATION:{rng.choice(pools.SHELTERS)}]]", "farm": f"[[LOCATION:{rng.choice(pools.FARMS)}]]",
        "pharmacy": f"[[LOCATION:{rng.choice(pools.PHARMACIES)}]]", "agency": f"[[LOCATION:{rng.choice(pools.AGENCIES)}]]",
        "hospital": f"[[LOCATION:{rng.choice(pools.HOSPITALS)}]]", "opo": f"[[LOCATION:{rng.choice(pools.OPOS)}]]",
        "pet": f"[[NAME:{rng.choice(pools.PETS)}]]",
        "date": people.date(rng), "dob": people.dob(rng), "old": people.old_age(rng, p["sex"]), "phone": people.phone(rng),
        "email": f"[[EMAIL:{ascii_word(staff_given)}.{ascii_word(staff_surname)}@{domain}]]",
        "url": f"[[URL:https://www.caringbridge.org/site/{ascii_word(p['raw_given'])}{rng.randint(10, 99)}]]",
        "handle": f"[[ID:@{handle_base}]]",
        "a": rng.randint(2, 9), "b": rng.randint(2, 9), "c": rng.randint(11, 60), "d": rng.randint(20, 60),
        "e": rng.choice([25, 40, 50, 75, 80, 120, 125, 150, 500, 650]),
        "season": rng.choice(["summer", "spring", "fall", "autumn", "winter"]),
    }
    v.update(people.pronouns(p["sex"]))
    v.update(people.ids(rng))
    return v


def generated():
    rng = random.Random(SEED)
    templates = [t for t in CASE + SETTINGS + CLEAN for _ in range(USES)]
    rng.shuffle(templates)
    posts = []
    for template in templates:
        post_id = f"r30-gen-{len(posts):03d}"
        while True:
            post = goldmarkup.record(post_id, template.format(**values(rng)))
            if not goldmarkup.term_touches_identifier(post):
                break
        posts.append(post)
    return posts


def build():
    posts = generated() + goldmarkup.hand_written_records(HERE / "hand-written.txt", "r30-hand-")
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    target = HERE / "round30.jsonl"
    text = build()
    if "--check" in sys.argv:
        if target.read_text(encoding="utf-8") != text:
            sys.exit("round30.jsonl differs from what generate.py builds")
        print("round30.jsonl rebuilds byte for byte")
    else:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {text.count(chr(10))} posts")
