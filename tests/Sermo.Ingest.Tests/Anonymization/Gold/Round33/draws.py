"""One dictionary of fresh draws per generated post: templates only name its keys (decision 206)."""
from pools import TOWNS, COUNTIES, NEIGHBOURHOODS, STREETS, ABROAD, EMPLOYERS
from people import Person, relative

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
            9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
            16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
            21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth",
            26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}
TENS = {90: "ninety", 100: "a hundred"}
UNITS = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]

ADULT_TERMS = ["lumbar radiculopathy", "rotator cuff tear", "plantar fasciitis", "cellulitis", "DKA", "pyelonephritis",
               "atrial fibrillation", "NSTEMI", "pulmonary embolism", "SBO", "nephrolithiasis", "gout flare",
               "hidradenitis", "C. diff colitis", "Bell's palsy", "heat stroke", "rhabdomyolysis", "syncope",
               "carpal tunnel syndrome", "new onset seizure", "hyperkalemia", "tension pneumothorax", "sciatica",
               "hypertensive urgency", "cholecystitis", "diverticulitis", "meniscal tear", "frostbite",
               "altitude sickness", "obstructive sleep apnea", "peri-implantitis", "dry socket", "Ludwig's angina",
               "fistula thrombosis", "transfusion reaction", "vasovagal syncope", "diabetic foot ulcer",
               "osteoradionecrosis", "AKI", "hypoglycemia", "concussion", "ankle fracture", "smoke inhalation"]
CHILD_TERMS = ["croup", "bronchiolitis", "nursemaid's elbow", "Kawasaki disease", "febrile seizure", "intussusception",
               "greenstick fracture", "strep pharyngitis", "asthma exacerbation", "hand foot and mouth disease"]
ELDER_TERMS = ["hip fracture", "delirium", "aspiration pneumonia", "urosepsis", "CHF exacerbation", "sacral pressure injury",
               "subdural hematoma", "hyponatremia", "C2 fracture", "failure to thrive"]


def age_word(rng, n):
    if n >= 100:
        return "a hundred" + ("" if n == 100 else " and " + ["one", "two", "three", "four"][n - 101])
    return "ninety" + UNITS[n - 90]


def age(rng):
    """An age over 89 marked as one span with the unit outside."""
    n = rng.randint(90, 104)
    shape = rng.randrange(8)
    if shape == 0:
        return f"[[AGE:{n}]]yo"
    if shape == 1:
        return f"[[AGE:{n}]] y/o"
    if shape == 2:
        return f"[[AGE:{age_word(rng, n)}]] year old"
    if shape == 3:
        return f"[[AGE:{n}]]-yr-old"
    if shape == 4:
        return f"[[AGE:{n}]] yrs old"
    if shape == 5:
        return f"[[AGE:{n}]]M" if rng.random() < 0.5 else f"[[AGE:{n}]]F"
    if shape == 6:
        return f"aged [[AGE:{n}]]"
    return f"[[AGE:{n}]] years young"


def date(rng):
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.choice([2019, 2021, 2022, 2023, 2024, 2025, 2026])
    shape = rng.randrange(11)
    text = [f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m:02d}.{y}", f"{MONTHS[m-1]} {d}, {y}",
            f"{d} {MONTHS[m-1][:3]} {y}", f"{MONTHS[m-1][:3]}. {d}", f"{MONTHS[m-1].lower()} {d}",
            f"{MONTHS[m-1]} {ORDINALS[d]}", f"{d:02d}/{m:02d}/{y}", f"{m}-{d}", f"the {d}th of {MONTHS[m-1]}"][shape]
    if shape == 10:
        return f"the [[DATE:{d}th of {MONTHS[m-1]}]]"
    return f"[[DATE:{text}]]"


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def phone(rng):
    shape = rng.randrange(7)
    return "[[PHONE:" + [f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}", f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 4)}",
                         f"+254 7{digits(rng, 2)} {digits(rng, 6)}", f"+509 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 4)}",
                         f"+44 7{digits(rng, 3)} {digits(rng, 6)}", f"1-800-{digits(rng, 3)}-{digits(rng, 4)}",
                         f"+63 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}"][shape] + "]]"


def draw(rng, band="adult"):
    """Every key a template may name, drawn afresh."""
    p = Person(rng)
    rel_noun, rel = relative(rng, p, band)
    staff = [Person(rng) for _ in range(3)]
    terms = {"adult": ADULT_TERMS, "child": CHILD_TERMS, "elder": ELDER_TERMS}[band]
    t1 = rng.choice(terms)
    t2 = rng.choice([t for t in ADULT_TERMS + ELDER_TERMS if t != t1])
    email_user = f"{p.given.lower()[:1]}{p.surname.lower().replace(' ', '')}{digits(rng, 2)}"
    email_user = "".join(c for c in email_user if c.isascii() and (c.isalnum()))
    return {
        "P": p.full(), "Pc": p.comma(), "Pi": p.initial(), "Pl": p.lower(), "Pg": p.given_m(), "Ps": p.surname_m(),
        "Pn": p.nick_m(), "he": p.he, "him": p.him, "his": p.his, "He": p.he.capitalize(), "His": p.his.capitalize(),
        "rel": rel_noun, "R": rel.full(), "Rg": rel.given_m(),
        "S1": staff[0].full(), "S1g": staff[0].given_m(), "S1s": staff[0].surname_m(),
        "S2": staff[1].full(), "S2g": staff[1].given_m(), "S2s": staff[1].surname_m(),
        "S3g": staff[2].given_m(), "S3s": staff[2].surname_m(), "S3i": staff[2].initial(),
        "TOWN": f"[[LOCATION:{rng.choice(TOWNS)}]]", "TOWN2": f"[[LOCATION:{rng.choice(TOWNS)}]]",
        "COUNTY": f"[[LOCATION:{rng.choice(COUNTIES)}]]", "HOOD": hood(rng), "ST": f"[[LOCATION:{rng.choice(STREETS)}]]",
        "ABROAD": f"[[LOCATION:{rng.choice(ABROAD)}]]", "EMP": f"[[LOCATION:{rng.choice(EMPLOYERS)}]]",
        "D1": date(rng), "D2": date(rng), "AGE": age(rng), "PH": phone(rng), "PH2": phone(rng),
        "EMAIL": f"[[EMAIL:{email_user}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'proton.me', 'icloud.com'])}]]",
        "MRN": f"[[ID:{rng.choice([digits(rng, 8), 'E' + digits(rng, 7), digits(rng, 3) + '-' + digits(rng, 2) + '-' + digits(rng, 3)])}]]",
        "N6": f"[[ID:{digits(rng, 6)}]]", "N4": f"[[ID:{digits(rng, 4)}]]", "AN": f"[[ID:{letters(rng, 2)}{digits(rng, 7)}]]",
        "UNIT": f"[[ID:W{digits(rng, 4)} {digits(rng, 2)} {digits(rng, 6)}]]", "SER": f"[[ID:{letters(rng, 3)}-{digits(rng, 5)}-{letters(rng, 1)}]]",
        "LOT": f"[[ID:{letters(rng, 1)}{digits(rng, 5)}{letters(rng, 1)}]]", "ROOM": f"[[ID:{rng.randint(2, 9)}{rng.randint(0, 4)}{rng.randint(1, 9)}]]",
        "CHAIR": f"[[ID:{rng.randint(1, 24)}]]", "SEVIS": f"[[ID:N00{digits(rng, 8)}]]", "VISA": f"[[ID:{digits(rng, 8)}]]",
        "CDL": f"[[ID:{letters(rng, 1)}{digits(rng, 7)}]]", "FAA": f"[[ID:{digits(rng, 7)}]]",
        "RUN": f"[[ID:{digits(rng, 2)}-{digits(rng, 4)}]]", "INC": f"[[ID:{letters(rng, 2)}-{letters(rng, 3)}-{digits(rng, 6)}]]",
        "CREW": f"{rng.choice(['crew', 'Engine', 'Hotshot crew'])} [[ID:{rng.randint(2, 60)}]]",
        "HANDLE": f"[[ID:@{p.given.lower()[:4]}_{digits(rng, 3)}]]", "BADGE": f"[[ID:{digits(rng, 5)}]]", "LIFT": f"[[ID:{rng.randint(1, 14)}]]",
        "T1": f"<<{t1}>>", "T2": f"<<{t2}>>",
    }


def hood(rng):
    h = rng.choice(NEIGHBOURHOODS)
    return "the [[LOCATION:" + h[4:] + "]]" if h.startswith("the ") else f"[[LOCATION:{h}]]"


def clean_draw(rng):
    """The keys of an identifier-free template: clinical words and numbers that identify nobody."""
    from clean import EPONYMS, BRANDS, PLACE_WORDS, HOLIDAYS, SCORES
    b1, b2 = rng.sample(BRANDS, 2)
    return {
        "EP": f"<<{rng.choice(EPONYMS)}>>", "BRAND": b1, "BRAND2": b2, "PLACE": f"<<{rng.choice(PLACE_WORDS)}>>",
        "HOL": rng.choice(HOLIDAYS), "SCORE": rng.choice(SCORES), "TERM": f"<<{rng.choice(ADULT_TERMS)}>>",
        "N": rng.randint(90, 119), "V": rng.randint(3, 24), "K": f"{rng.uniform(3.1, 6.9):.1f}",
        "PHOS": f"{rng.uniform(2.5, 8.9):.1f}", "PROT": f"{rng.uniform(5.8, 8.1):.1f}", "HCT": rng.randint(34, 48),
        "ATA": rng.choice(["2.0", "2.4", "2.5"]), "EPW": rng.randint(8, 22), "SBP": rng.randint(90, 119) + 40,
        "DBP": rng.randint(90, 119), "A1C": f"{rng.uniform(6.1, 11.9):.1f}", "SAT": rng.randint(84, 99),
        "GLU": rng.randint(90, 119), "TROP": f"0.0{rng.randint(1, 9)}", "FER": rng.randint(90, 119),
        "HR": rng.randint(90, 119), "AGEY": rng.randint(19, 84), "TEMP": f"{rng.uniform(98.1, 103.9):.1f}", "RR": rng.randint(14, 32),
    }
