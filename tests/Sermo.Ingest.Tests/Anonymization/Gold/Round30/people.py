"""Round 30's drawn people and number, date, age and phone shapes (decision 185). Every value comes back as markup."""
import random

from pools import PEOPLE, STAFF_GIVEN, STAFF_SURNAMES

ALL_PEOPLE = [(g, s, sex, culture) for culture, people in PEOPLE.items() for g, s, sex in people]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def spans(words, kind="NAME"):
    """One span per word of a name, so that "Two Bulls" or "Pa Houa" are two NAME spans."""
    return " ".join(f"[[{kind}:{w}]]" for w in words.split())


def person(rng, sex=None, avoid_given=()):
    """A person as a dictionary of markup pieces; sex fixes the pronouns and relatives that templates say."""
    while True:
        given, surname, s, culture = rng.choice(ALL_PEOPLE)
        if (sex is None or s == sex) and given not in avoid_given:
            break
    initials = "".join(w[0] + "." for w in (given + " " + surname).replace("-", " ").split()[:2])
    return {
        "full": spans(given) + " " + spans(surname),
        "given": spans(given),
        "surname": spans(surname),
        "inverted": spans(surname) + ", " + spans(given),
        "initials": f"[[NAME:{initials}]]",
        "lower": spans(given.lower()) + " " + spans(surname.lower()),
        "sex": s, "raw_given": given, "culture": culture,
    }


def pronouns(sex):
    he, him, his = ("he", "him", "his") if sex == "M" else ("she", "her", "her")
    return {"he": he, "him": him, "his": his, "He": he.capitalize(), "His": his.capitalize()}


RELATIVES = {"M": ["husband", "son", "brother", "father", "uncle", "grandson"],
             "F": ["wife", "daughter", "sister", "mother", "aunt", "granddaughter"]}


def relative(rng, patient):
    """A relative whose word fits their own sex and who never shares the patient's given name; a man has no husband."""
    sex = rng.choice("MF")
    words = [w for w in RELATIVES[sex] if not (w == "husband" and patient["sex"] == "M") and not (w == "wife" and patient["sex"] == "F")]
    r = person(rng, sex, avoid_given=(patient["raw_given"],))
    r["word"] = rng.choice(words)
    return r


def staff(rng):
    """A staff surname alone, and a second staff member in full with their raw given name and surname (for e-mails)."""
    given, surname = rng.choice(STAFF_GIVEN), rng.choice(STAFF_SURNAMES)
    return spans(rng.choice(STAFF_SURNAMES)), spans(given) + " " + spans(surname), given, surname


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def date(rng, year_from=2024, year_to=2026):
    y, m, d = rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28)
    shapes = [f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{MONTHS[m - 1]} {d}, {y}",
              f"{d} {MONTHS[m - 1][:3]} {y}", f"{MONTHS[m - 1].lower()} {d}", f"{m}-{d}-{y}", f"{d}/{m}/{y}",
              f"the {d}{'th' if 10 < d < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')} of {MONTHS[m - 1]}",
              f"{MONTHS[m - 1][:3]}. {d}"]
    text = rng.choice(shapes)
    if text.startswith("the "):
        return "the [[DATE:" + text[4:] + "]]"
    return f"[[DATE:{text}]]"


def dob(rng):
    return date(rng, 1931, 1994)


WORDS_90 = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
            95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
            100: "one hundred", 101: "a hundred and one", 102: "one hundred two", 103: "hundred and three"}


def old_age(rng, sex):
    """An age over 89: the number labelled, its unit outside (decisions 165, 169)."""
    n = rng.randint(90, 103)
    letter = sex
    shapes = [f"[[AGE:{n}]]yo", f"[[AGE:{n}]] y/o", f"[[AGE:{n}]]{letter}", f"[[AGE:{WORDS_90[n]}]] year old",
              f"[[AGE:{WORDS_90[n]}]]-year-old", f"[[AGE:{n}]] yrs", f"[[AGE:{n}]]-yr-old",
              f"[[AGE:{n}]]yr"]
    return rng.choice(shapes)


def phone(rng):
    a, b, c = digits(rng, 3), digits(rng, 3), digits(rng, 4)
    area = rng.choice(["218", "605", "928", "907", "651", "507", "620", "808", "671"])
    shapes = [f"({area}) {b}-{c}", f"{area}.{b}.{c}", f"{area}-{b}-{c}", f"{area} {b} {c}", f"1-{area}-{b}-{c}",
              f"+976 {digits(rng, 4)} {digits(rng, 4)}", f"+995 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
              f"+354 {digits(rng, 3)} {digits(rng, 4)}", f"+676 {digits(rng, 7)}", f"+692 {a} {c}",
              f"+509 {digits(rng, 4)} {digits(rng, 4)}", f"+374 {digits(rng, 2)} {digits(rng, 6)}",
              f"+94 {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}"]
    return f"[[PHONE:{rng.choice(shapes)}]]"


def ids(rng):
    """Record, claim, docket, subject, kit, donor, tail, run, FEMA, Rx and lot numbers in their own shapes."""
    return {
        "booking": f"[[ID:{rng.choice(['BK', 'B', 'JMS'])}-{rng.randint(2024, 2026)}-{digits(rng, 6)}]]",
        "inmate": f"[[ID:{rng.choice(['#A', '', 'IN'])}{digits(rng, 6)}]]",
        "anumber": f"[[ID:A{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}]]",
        "docket": f"[[ID:{rng.choice(['27-JV-', '03-FA-', 'CV-', 'PR-'])}{rng.randint(24, 26)}-{digits(rng, 5)}]]",
        "claim": f"[[ID:{rng.choice(['WC', 'CLM', 'WC-'])}{digits(rng, 8)}]]",
        "member": f"[[ID:{letters(rng, 3)}{digits(rng, 9)}]]",
        "mrn": f"[[ID:{digits(rng, rng.choice([7, 8, 9]))}]]",
        "subject": f"[[ID:{digits(rng, 3)}-{digits(rng, 3)}]]",
        "kit": f"[[ID:{rng.choice(['K', 'KIT', 'BX'])}{digits(rng, 7)}]]",
        "donor": f"[[ID:{letters(rng, 3)}{digits(rng, 3)}]]",
        "tail": f"[[ID:N{digits(rng, 3)}{letters(rng, 2)}]]",
        "run": f"[[ID:{rng.randint(24, 26)}-{digits(rng, 5)}]]",
        "fema": f"[[ID:{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}]]",
        "rx": f"[[ID:{digits(rng, 7)}]]",
        "store": f"[[ID:{digits(rng, 5)}]]",
        "lot": f"[[ID:{letters(rng, 2)}{digits(rng, 4)}]]",
        "serial": f"[[ID:{letters(rng, 2)}{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 5)}]]",
        "licence": f"[[ID:{rng.choice(['MN', 'AZ', 'SD', 'AK'])}-{digits(rng, 5)}]]",
        "meeting": f"[[ID:{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)}]]",
        "bed": f"[[ID:{rng.randint(2, 88)}]]",
        "jersey": f"[[ID:{rng.randint(2, 88)}]]",
        "unit": f"{rng.choice(['Medic ', 'Rescue ', 'Unit '])}[[ID:{rng.randint(3, 49)}]]",
        "mile": f"mile marker [[LOCATION:{rng.randint(3, 288)}]]",
    }
