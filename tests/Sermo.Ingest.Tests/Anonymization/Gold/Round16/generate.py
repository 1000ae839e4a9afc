"""Builds round16.jsonl (decision 122): the hand-written posts of hand-written.txt, then posts drawn from this set's
own templates with a fixed seed. `python3 generate.py` writes the file; `python3 generate.py --check` rebuilds it in
memory and fails unless it matches the stored file byte for byte."""
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from goldmarkup import record, term_touches_identifier  # noqa: E402
import sources as S  # noqa: E402
import terms as T  # noqa: E402
import templates  # noqa: E402

SEED = 16122
USES_WITH_IDENTIFIERS = 5
USES_WITHOUT_IDENTIFIERS = 4
OUT = HERE / "round16.jsonl"
SLOT = re.compile(r"\{([a-z0-9_]+)(?:=([a-z0-9]+))?\}")
# Capital letters a VIN never uses (I, O, Q) and MBI letters CMS leaves out (S, L, O, I, B, Z).
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def ascii_fold(text):
    folded = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae"))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in "-. ")).strip()


def tag(kind, value):
    return f"[[{kind}:{value}]]"


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def person(rng):
    return rng.choice(S.PEOPLE)


def word_name(rng):
    return f"{rng.choice(S.WORD_GIVEN)} {rng.choice(S.WORD_SURNAME)}"


def handle_text(rng):
    given, surname = person(rng) if rng.random() < 0.5 else word_name(rng).split(" ", 1)
    base = ascii_fold(f"{given}{rng.choice(['_', '.', ''])}{surname}").replace(" ", "").replace("-", "").lower()
    return base + rng.choice(["", digits(rng, 2), "_" + digits(rng, 3)])


def age90(rng):
    age = rng.randint(90, 103)
    return tag("AGE", rng.choice([str(age), str(age), S.AGE_WORDS[age], S.AGE_WORDS[age].upper()]))


def date_eu(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2026)
    return tag("DATE", rng.choice([f"{d:02}/{m:02}/{y}", f"{d}.{m}.{y}", f"{d:02}-{m:02}-{y}"]))


def date_words(rng):
    d, month = rng.randint(1, 28), rng.choice(S.MONTHS)
    suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return tag("DATE", rng.choice([f"{d}{suffix} of {month}", f"{month} {d}{suffix}", f"{d} {month} {rng.randint(2020, 2026)}",
                                   f"{month[:3]} {d}", f"{d} {month[:3]}"]))


def dob(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1926, 1990)
    return tag("DATE", rng.choice([f"{m}/{d}/{y}", f"{d:02}.{m:02}.{y}", f"{d} {S.MONTHS[m - 1]} {y}", f"{y}-{m:02}-{d:02}"]))


def phone_us(rng):
    area, line = rng.choice(["406", "701", "907", "575", "870", "304", "208", "605"]), f"555-01{digits(rng, 2)}"
    return tag("PHONE", rng.choice([f"({area}) {line}", f"{area}-{line}", f"{area}.{line.replace('-', '.')}", f"1{area}{line.replace('-', '')}"]))


def phone_ext(rng):
    area, line, ext = rng.choice(["406", "319", "541", "802"]), f"555-01{digits(rng, 2)}", digits(rng, rng.randint(3, 4))
    return tag("PHONE", rng.choice([f"{area}-{line} ext. {ext}", f"({area}) {line} x{ext}", f"{area} {line} ext {ext}"]))


def phone_intl(rng):
    return tag("PHONE", rng.choice([f"+44 7700 900{digits(rng, 3)}", f"+30 69{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 4)}",
                                    f"+358 40 {digits(rng, 3)} {digits(rng, 4)}", f"+27 82 {digits(rng, 3)} {digits(rng, 4)}",
                                    f"+685 7{digits(rng, 6)}", f"+509 3{digits(rng, 3)} {digits(rng, 4)}",
                                    f"+66 81 {digits(rng, 3)} {digits(rng, 4)}", f"011 82 10 {digits(rng, 4)} {digits(rng, 4)}"]))


def town(rng):
    return rng.choice([t for t, _ in S.TOWNS if t not in S.COUNTRY_LIKE])


def street(rng):
    return f"{rng.randint(12, 9870)} {rng.choice(S.STREETS)}"


def ids(rng, kind):
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "nhs":
        return f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"
    if kind == "ohip":
        return f"{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.choice(letters)}{rng.choice(letters)}"
    if kind == "mbi":
        m = rng.choice(MBI_LETTERS)
        return f"{rng.randint(1, 9)}{m}{rng.choice(MBI_LETTERS)}{digits(rng, 1)}-{rng.choice(MBI_LETTERS)}{digits(rng, 1)}{digits(rng, 1)}-{rng.choice(MBI_LETTERS)}{rng.choice(MBI_LETTERS)}{digits(rng, 2)}"
    if kind == "dea":
        return f"{rng.choice('ABFM')}{rng.choice(letters)}{digits(rng, 7)}"
    if kind == "npi":
        return f"1{digits(rng, 9)}"
    if kind == "plate":
        return rng.choice([f"{rng.randint(1, 9)}{''.join(rng.choice(letters) for _ in range(3))}{digits(rng, 3)}",
                           f"{''.join(rng.choice(letters) for _ in range(3))}-{digits(rng, 4)}", f"{''.join(rng.choice(letters) for _ in range(3))} {digits(rng, 3)}"])
    if kind == "vin":
        return "".join(rng.choice(VIN_CHARS) for _ in range(17))
    if kind == "serial":
        return rng.choice([f"SN {''.join(rng.choice(letters) for _ in range(3))}{digits(rng, 6)}", f"{''.join(rng.choice(letters) for _ in range(3))}{digits(rng, 6)}{rng.choice(letters)}"])
    if kind == "insurance":
        return rng.choice([f"{''.join(rng.choice(letters) for _ in range(3))}{digits(rng, 9)}", f"W{digits(rng, 9)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}-A"])
    if kind == "mrn":
        return rng.choice([digits(rng, 8), f"E{digits(rng, 7)}", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"])
    return rng.choice([f"{rng.randint(2, 9)}{rng.choice('NSEW')}-{rng.randint(1, 40)}", f"{rng.randint(100, 899)}{rng.choice('AB')}", f"{rng.randint(1, 30)}"])


def name_slot(rng, kind):
    given, surname = person(rng)
    if kind == "full":
        return tag("NAME", f"{given} {surname}")
    if kind == "given":
        return tag("NAME", given)
    if kind == "surname":
        return tag("NAME", surname)
    if kind == "sg":
        return f"{tag('NAME', surname)}, {tag('NAME', given)}"
    if kind == "caps_sg":
        return f"{tag('NAME', surname.upper())}, {tag('NAME', given.upper())}"
    if kind == "lower":
        return tag("NAME", rng.choice([f"{given} {surname}", given, word_name(rng)]).lower())
    if kind == "wordname":
        return tag("NAME", word_name(rng))
    if kind == "wordgiven":
        return tag("NAME", rng.choice(S.WORD_GIVEN))
    if kind == "mixname":
        return tag("NAME", f"{rng.choice(S.WORD_GIVEN)} {surname}")
    if kind == "nick":
        return tag("NAME", rng.choice(S.NICKNAMES))
    return tag("NAME", handle_text(rng))


SLOTS = {
    **{k: (lambda k: lambda rng: name_slot(rng, k))(k) for k in
       ["full", "given", "surname", "sg", "caps_sg", "lower", "wordname", "wordgiven", "mixname", "nick", "handle"]},
    **{k: (lambda k: lambda rng: tag("ID", ids(rng, k)))(k) for k in
       ["nhs", "ohip", "mbi", "dea", "npi", "plate", "vin", "serial", "insurance", "mrn", "room"]},
    "ip": lambda rng: tag("IP", f"{rng.randint(24, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"),
    "age90": age90,
    "age90d": lambda rng: tag("AGE", str(rng.randint(90, 103))),
    "date_eu": date_eu, "date_words": date_words, "dob": dob,
    "phone_us": phone_us, "phone_ext": phone_ext, "phone_intl": phone_intl,
    "town": lambda rng: tag("LOCATION", town(rng)),
    "town_st": lambda rng: (lambda t: f"{tag('LOCATION', t[0])}, {t[1]}")(rng.choice(S.TOWNS)),
    "street": lambda rng: tag("LOCATION", street(rng)),
    "zip": lambda rng: tag("LOCATION", digits(rng, 5)),
    "rr": lambda rng: tag("LOCATION", rng.choice([f"RR {rng.randint(1, 9)} Box {rng.randint(10, 400)}", f"Rural Route {rng.randint(1, 6)}"])),
    "pobox": lambda rng: tag("LOCATION", f"{rng.choice(['PO Box', 'P.O. Box', 'Box'])} {rng.randint(2, 2999)}"),
    "apo": lambda rng: tag("LOCATION", rng.choice(S.MILITARY)),
    "uk": lambda rng: tag("LOCATION", rng.choice(S.UK_ADDRESSES)),
    "ca": lambda rng: tag("LOCATION", rng.choice(S.CA_ADDRESSES)),
    "au": lambda rng: tag("LOCATION", rng.choice(S.AU_ADDRESSES)),
    "in_addr": lambda rng: tag("LOCATION", rng.choice(S.IN_ADDRESSES)),
    "mx": lambda rng: tag("LOCATION", rng.choice(S.MX_ADDRESSES)),
    "facility": lambda rng: tag("LOCATION", rng.choice(S.FACILITIES)),
    "url": lambda rng: tag("URL", rng.choice(S.URL_SHAPES).format(h=handle_text(rng))),
    "email": lambda rng: tag("EMAIL", f"{handle_text(rng)}@{rng.choice(S.EMAIL_DOMAINS)}"),
    "term": lambda rng: f"<<{rng.choice(T.TERMS)}>>",
    "plan": lambda rng: f"<<{rng.choice(T.PLANS)}>>",
    "eponym": lambda rng: f"<<{rng.choice(T.EPONYMS)}>>",
    "brand": lambda rng: f"<<{rng.choice(T.BRANDS)}>>",
    "placedisease": lambda rng: f"<<{rng.choice(T.PLACE_DISEASES)}>>",
    "lab": lambda rng: f"<<{rng.choice(T.LABS)}>>",
    "dose": lambda rng: f"<<{rng.choice(T.DOSES)}>>",
    "trial": lambda rng: rng.choice(T.TRIALS),
    "wordu": lambda rng: rng.choice(T.WORD_USES),
    "weekday": lambda rng: rng.choice(T.WEEKDAYS),
    "holiday": lambda rng: rng.choice(T.HOLIDAYS),
    "age_u90": lambda rng: str(rng.randint(19, 88)),
    "year": lambda rng: str(rng.randint(2012, 2025)),
}


def fill(template, rng):
    kept = {}

    def draw(match):
        kind, key = match.group(1), match.group(2)
        if key is None:
            return SLOTS[kind](rng)
        if key not in kept:
            kept[key] = SLOTS[kind](rng)
        return kept[key]

    return SLOT.sub(draw, template).replace("\\n", "\n")


def generated(rng):
    posts = []
    jobs = [(t, USES_WITH_IDENTIFIERS) for t in templates.WITH_IDENTIFIERS]
    jobs += [(t, USES_WITHOUT_IDENTIFIERS) for t in templates.WITHOUT_IDENTIFIERS]
    for template, uses in jobs:
        for _ in range(uses):
            while True:
                post = record(f"r16-gen-{len(posts):03}", fill(template, rng))
                if not term_touches_identifier(post):
                    break
            posts.append(post)
    order = list(range(len(posts)))
    rng.shuffle(order)
    return [dict(posts[i], id=f"r16-gen-{n:03}") for n, i in enumerate(order)]


def hand_written():
    lines = (HERE / "hand-written.txt").read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.strip() and not line.startswith("#")]
    posts = [record(f"r16-hand-{n:03}", line.replace("\\n", "\n")) for n, line in enumerate(kept)]
    touching = [p["id"] for p in posts if term_touches_identifier(p)]
    if touching:
        raise ValueError(f"hand-written posts whose clinical term touches an identifier: {touching}")
    return posts


def build():
    posts = hand_written() + generated(random.Random(SEED))
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit("round16.jsonl differs from what generate.py builds")
        print("round16.jsonl rebuilt byte for byte")
    else:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {text.count(chr(10))} posts to {OUT.name}")
