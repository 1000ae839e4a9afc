"""Round 52's generator (decision 356): draws people, places and numbers with seed 52356, fills each template of
templates.py twice, shuffles, and writes round52.jsonl after the hand-written posts. `--check` rebuilds and compares
byte for byte. A draw is redone (up to 20 times) when a clinical term touches a span or a labelled value is found
again outside every span of its post (redraw-on-touch).
"""
import json
import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import goldmarkup  # noqa: E402
import pools  # noqa: E402
import templates  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 52356
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]


def span(kind, value):
    return f"[[{kind}:{value}]]"


def person(rng, sex, culture=None, surname=None):
    culture = culture or rng.choice(sorted(pools.CULTURES))
    men, women, surnames = pools.CULTURES[culture]
    given = rng.choice(men if sex == "M" else women)
    if rng.random() < 0.12:
        given = rng.choice(pools.WORD_GIVEN[sex])
    if surname is None:
        surname = rng.choice(surnames)
        if rng.random() < 0.08:
            surname = rng.choice(pools.WORD_SURNAMES)
    shown = surname.split("|")[0 if sex == "M" else 1] if "|" in surname else surname
    return {"culture": culture, "sex": sex, "given": given, "surname": surname, "shown": shown}


def name_markup(p, lower=False):
    words = (p["given"] + " " + p["shown"]).split(" ")
    return " ".join(span("NAME", w.lower() if lower else w) for w in words)


def age_markup(rng, sex):
    n = rng.randint(90, 104)
    shapes = [f"{span('AGE', n)}{sex}", f"{span('AGE', n)} y/o", f"age {span('AGE', n)}",
              f"{span('AGE', n)} years old", f"{span('AGE', n)}yo"]
    return rng.choice(shapes)


def phone(rng):
    area = rng.choice(["606", "843", "907", "318", "541", "719"])
    return span("PHONE", rng.choice([f"({area}) 555-01{rng.randint(10, 99)}", f"{area}-555-01{rng.randint(10, 99)}"]))


def email_of(rng, who):
    """An e-mail built from the person's own name, letters folded to ASCII."""
    def fold(word):
        return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower().replace(" ", "")
    return f"{fold(who['given'].split(' ')[0])}.{fold(who['shown'].split(' ')[-1])}@{rng.choice(pools.EMAIL_DOMAINS)}"


def fields(rng):
    sex = rng.choice("MF")
    p = person(rng, sex)
    rsex = rng.choice("MF")
    r = person(rng, rsex, p["culture"], p["surname"])
    while r["given"] == p["given"]:
        r = person(rng, rsex, p["culture"], p["surname"])
    wrong = person(rng, sex)
    while wrong["given"] == p["given"]:
        wrong = person(rng, sex)
    year = rng.randint(1922, 1936)
    f = {
        "P": name_markup(p, lower=rng.random() < 0.1), "Pg": " ".join(span("NAME", w) for w in p["given"].split(" ")),
        "Ps": " ".join(span("NAME", w) for w in p["shown"].split(" ")),
        "R": name_markup(r), "Rg": " ".join(span("NAME", w) for w in r["given"].split(" ")),
        "Wg": " ".join(span("NAME", w) for w in wrong["given"].split(" ")),
        "kin": rng.choice(pools.RELATIVES[rsex]), "he": "he" if sex == "M" else "she",
        "his": "his" if sex == "M" else "her", "him": "him" if sex == "M" else "her",
        "prior": "prior" if sex == "M" else "prioress",
        "title": rng.choice(pools.TITLES[sex]), "Vg": span("NAME", rng.choice(pools.RELIGIOUS_NAMES[sex])),
        "age": age_markup(rng, sex), "date": span("DATE", f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"),
        "olddob": span("DATE", f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{year}"),
        "dob": span("DATE", f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1975, 2006)}"),
        "tower": span("ID", str(rng.randint(1, 40))), "cell": span("ID", str(rng.randint(1, 60))),
        "nss": span("ID", str(rng.randint(10000, 69999))), "Remail": span("EMAIL", email_of(rng, r)),
        "sibkin": rng.choice(pools.SIBLINGS[rsex]),
        "phone": phone(rng), "email": span("EMAIL", email_of(rng, p)), "num": span("ID", str(rng.randint(2, 9899))),
        "derby": span("ID", rng.choice(pools.DERBY_NAMES)),
        "carnival": span("LOCATION", rng.choice(pools.CARNIVALS)), "fair": span("LOCATION", rng.choice(pools.FAIRS)),
        "abbey": span("LOCATION", rng.choice(pools.ABBEYS)), "league": span("LOCATION", rng.choice(pools.LEAGUES)),
        "rink": span("LOCATION", rng.choice(pools.RINKS)), "cave": span("LOCATION", rng.choice(pools.CAVES)),
        "grotto": span("LOCATION", rng.choice(pools.GROTTOS)), "gym": span("LOCATION", rng.choice(pools.GYMS)),
        "beach": span("LOCATION", rng.choice(pools.BEACHES)), "town": span("LOCATION", rng.choice(pools.TOWNS)),
        "hosp": span("LOCATION", rng.choice(pools.HOSPITALS)),
    }
    return f, {"patient": p, "relative": r, "relative_sex": rsex}


def clean_fields(rng):
    setting, people = rng.choice(templates.CLEAN_SETTINGS)
    condition, drug, brand = rng.choice(templates.CONDITIONS)
    return {"setting": setting, "setting_people": people, "condition": condition, "drug": drug,
            "drug_brand": brand, "n": rng.randint(21, 79), "hr": rng.randint(90, 119),
            "temp": f"{rng.randint(1004, 1029) / 10:.1f}", "weeks": rng.randint(2, 6), "sat": rng.randint(92, 99)}


def touches(post):
    """A clinical term inside a span, or a labelled value (3+ characters) found again outside every span."""
    if goldmarkup.term_touches_identifier(post):
        return True
    text, spans = post["text"], post["identifiers"]
    for s in spans:
        value = text[s["start"]:s["end"]]
        if len(value) < 3:
            continue
        low, at = text.lower(), text.lower().find(value.lower())
        while at >= 0:
            if not any(o["start"] <= at < o["end"] for o in spans):
                return True
            at = low.find(value.lower(), at + 1)
    return False


def generated(rng):
    jobs = [("id", t) for t in templates.IDENTIFIER_TEMPLATES for _ in range(2)]
    jobs += [("clean", t) for t in templates.CLEAN_TEMPLATES for _ in range(2)]
    posts, draws = [], []
    for kind, template in jobs:
        for _ in range(20):
            f, drawn = fields(rng) if kind == "id" else (clean_fields(rng), None)
            markup = template.format(**f)
            markup = markup[0].upper() + markup[1:] if markup.startswith("{") else markup
            post = goldmarkup.record("?", markup)
            if not touches(post):
                break
        else:
            raise ValueError(f"no clean draw for {template[:40]}")
        posts.append(markup)
        draws.append(drawn)
    order = list(range(len(posts)))
    rng.shuffle(order)
    return [posts[i] for i in order], [draws[i] for i in order]


def build():
    rng = random.Random(SEED)
    lines = [json.dumps(p, ensure_ascii=False) for p in goldmarkup.hand_written_records(HERE / "hand-written.txt", "r52-hand-")]
    markups, _ = generated(rng)
    lines += [json.dumps(goldmarkup.record(f"r52-gen-{n:03d}", m), ensure_ascii=False) for n, m in enumerate(markups)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    out = HERE / "round52.jsonl"
    if "--check" in sys.argv:
        same = out.read_text(encoding="utf-8") == build()
        print("round52.jsonl rebuilds byte for byte" if same else "round52.jsonl differs from its generator")
        sys.exit(0 if same else 1)
    out.write_text(build(), encoding="utf-8")
    print(f"wrote {out}")
