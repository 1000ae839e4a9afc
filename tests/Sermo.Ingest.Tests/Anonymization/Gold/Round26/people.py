"""Drawing people, places, dates, ages and numbers for Round 26's templates (decision 169): every drawn person carries
the pronouns and relatives that fit the drawn sex, so a template never writes "his daughter Amal" about a woman's
husband."""
import unicodedata

import pools

PRONOUNS = {"F": {"he": "she", "his": "her", "him": "her", "spouse": "husband", "child": "daughter"},
            "M": {"he": "he", "his": "his", "him": "him", "spouse": "wife", "child": "son"}}


def person(rng, sex=None, culture=None):
    culture = culture or rng.choice(sorted(pools.NAMES))
    women, men, surnames = pools.NAMES[culture]
    sex = sex or rng.choice("FM")
    given = rng.choice(women if sex == "F" else men)
    surname = rng.choice(surnames)
    return {"given": given, "surname": surname, "sex": sex, "culture": culture, **PRONOUNS[sex]}


def name(p, style):
    """A person's name as markup: every name word its own NAME span, as in the hand-written posts."""
    given = " ".join(f"[[NAME:{w}]]" for w in p["given"].split())
    surname = f"[[NAME:{p['surname']}]]"
    if style == "comma":
        return f"{surname}, {given}"
    if style == "lower":
        return " ".join(f"[[NAME:{w.lower()}]]" for w in (p["given"] + " " + p["surname"]).split())
    if style == "initial":
        return f"[[NAME:{p['given'][0]}.]] {surname}"
    if style == "caps":
        return f"[[NAME:{p['surname'].upper()}]], " + " ".join(f"[[NAME:{w.upper()}]]" for w in p["given"].split())
    if style == "given":
        return given
    return f"{given} {surname}"


def relative(rng, p):
    """A spouse or child of the opposite or drawn sex with a given name from the same culture."""
    kind = rng.choice(["spouse", "child"])
    sex = ("M" if p["sex"] == "F" else "F") if kind == "spouse" else rng.choice("FM")
    other = person(rng, sex, p["culture"])
    while other["given"] == p["given"]:  # "Nadine ... daughter Nadine" read as a slip in the re-read
        other = person(rng, sex, p["culture"])
    word = p[kind] if kind == "spouse" else ("daughter" if sex == "F" else "son")
    return word, f"[[NAME:{other['given'].split()[0]}]]"


def old_age(rng):
    n = rng.randint(90, 104)
    form = rng.choice(["joined", "yo_space", "year_old", "words", "bare"])
    if form == "joined":
        return f"[[AGE:{n}{rng.choice(['yo', 'M', 'F', 'y'])}]]"
    if form == "yo_space":
        return f"[[AGE:{n}]] y/o"
    if form == "year_old":
        return f"[[AGE:{n}]]-year-old"
    if form == "words":
        return f"[[AGE:ninety-{rng.choice(pools.WORD_DIGITS)}]]"
    return f"[[AGE:{n}]]"


def date(rng, year=2026):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    form = rng.choice(["eu_dots", "eu_slash", "words", "words_eu", "iso"])
    if form == "eu_dots":
        return f"[[DATE:{d:02d}.{m:02d}.{year}]]"
    if form == "eu_slash":
        return f"[[DATE:{d}/{m}/{year % 100:02d}]]" if d > 12 else f"[[DATE:{d}/{m}/{year}]]"
    if form == "words":
        return f"[[DATE:{pools.MONTHS[m - 1]} {d}]]"
    if form == "words_eu":
        return f"[[DATE:{d} {pools.MONTHS[m - 1]}]]"
    return f"[[DATE:{year}-{m:02d}-{d:02d}]]"


def digits(rng, count):
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def phone(rng):
    form = rng.choice(["us_ext", "uk", "de", "za", "mx"])
    if form == "us_ext":
        return f"[[PHONE:({rng.randint(201, 989)}) 555-{digits(rng, 4)} ext. {rng.randint(10, 999)}]]"
    if form == "uk":
        return f"[[PHONE:+44 7700 {digits(rng, 6)}]]"
    if form == "de":
        return f"[[PHONE:0049 30 {digits(rng, 7)}]]"
    if form == "za":
        return f"[[PHONE:+27 82 {digits(rng, 3)} {digits(rng, 4)}]]"
    return f"[[PHONE:+52 55 {digits(rng, 4)} {digits(rng, 4)}]]"


def email(rng, p):
    host = rng.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.com"])
    plain = unicodedata.normalize("NFKD", f"{p['given'].split()[0]}.{p['surname']}").encode("ascii", "ignore").decode()
    local = f"{plain.lower().replace(' ', '')}{rng.randint(1, 99)}"
    return f"[[EMAIL:{local}@{host}]]"
