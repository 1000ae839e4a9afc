"""Round 20's identifier-free templates: clinical traps that look like names, places or dates (decision 143)."""

EPONYMS = ["Kernig sign", "Brudzinski sign", "Babinski sign", "Romberg test", "Dix-Hallpike", "Epley maneuver",
           "Apley grind test", "Hawkins-Kennedy test", "Neer test", "Speed test", "Yergason test", "Adson test",
           "Ober test", "Thomas test", "Trendelenburg gait", "Gowers sign", "Galeazzi fracture",
           "Monteggia fracture", "Colles fracture", "Barton fracture", "Maisonneuve fracture", "Lisfranc injury",
           "Rolando fracture", "Salter-Harris II", "Kehr sign", "Murphy sign", "Courvoisier sign", "Quincke pulse",
           "Corrigan pulse", "Janeway lesions", "Osler nodes", "Roth spots", "Kerley B lines", "Horner syndrome",
           "Pancoast tumor", "Guyon canal", "Froment sign", "Morton neuroma", "Baxter nerve", "Dressler syndrome"]
BRANDS = ["Yasmin", "Nikki", "Lutera", "Aubra", "Loryna", "Tilia", "Lillow", "Marlissa", "Juleber", "Kaitlib Fe",
          "Sharobel", "Dasetta", "Jencycla", "Incassia", "Tulana", "Latuda", "Caplyta", "Vraylar", "Rexulti",
          "Austedo", "Otezla", "Sotyktu", "Rinvoq", "Olumiant", "Kisunla", "Leqembi", "Stelara", "Brilinta"]
TRIALS = ["SPRINT", "ACCORD", "FOURIER", "ODYSSEY", "ISCHEMIA", "REVIVED", "COMPLETE", "GALILEO", "EINSTEIN",
          "HOKUSAI", "MAGELLAN", "MARINER", "CASSINI", "AMPLIFY", "ENGAGE", "AUGUSTUS", "PIONEER", "REWIND",
          "CREDENCE", "FIDELIO", "JUPITER", "PRECISION", "SURMOUNT", "SELECT", "SUSTAIN", "STICH", "SYNTAX"]
PLACE_DISEASES = ["Powassan virus", "Heartland virus", "Bourbon virus", "Jamestown Canyon virus",
                  "Cache Valley virus", "Colorado tick fever", "Sin Nombre virus", "Toscana virus", "Usutu virus",
                  "Mayaro virus", "Semliki Forest virus", "Machupo virus", "Junin virus", "Hendra virus",
                  "Nipah virus", "Bornholm disease", "Haverhill fever", "Mediterranean spotted fever",
                  "Madura foot", "Oroya fever", "Minamata disease", "Keshan disease", "Lyme disease"]
JOURNALS = ["NEJM", "JAMA", "Lancet", "BMJ", "CHEST", "Circulation", "Blood", "Gut", "Brain", "Thorax",
            "Heart", "Pediatrics", "Neurology", "Annals"]
SOCIETIES = ["ASCO", "ACEP", "SCCM", "IDSA", "AAP", "ACOG", "ATS", "HRS", "ASH", "ASE", "AAFP", "SHM"]
GUIDELINES = ["the 2023 ESC", "KDIGO 2024", "GINA 2024", "the 2025 ADA Standards", "the 2022 AHA/ACC/HFSA",
              "the 2021 IDSA", "the 2024 ACC/AHA", "GOLD 2025"]
DEPARTMENTS = ["the cath lab", "our ICU", "the step-down unit", "the burn unit", "L&D", "the PACU",
               "the dialysis unit", "the NICU", "the infusion center", "the EP lab", "our ED", "the ortho floor"]
HABITS = ["every Monday", "on Fridays", "most weekends", "every Thanksgiving", "around Christmas",
          "every New Year's Eve", "on Sunday nights", "every July", "on holiday weekends", "every Halloween"]
WORDS = [("frank", "frank hematuria"), ("grace", "a grace period on the refill"), ("will", "will to live"),
         ("may", "may need a drain"), ("hope", "hope for the best"), ("rich", "potassium-rich foods"),
         ("sterling", "a sterling recovery"), ("dawn", "dawn phenomenon"), ("sage", "sage advice"),
         ("story", "the story fits"), ("best", "best practice"), ("strong", "strong pulses"),
         ("sharp", "sharp chest pain"), ("snow", "a snow day"), ("bishop", "Bishop score"),
         ("love", "love handles"), ("ivy", "poison ivy"), ("wood", "Wood's lamp"), ("hazel", "witch hazel")]
DOSES = ["ceftriaxone 2 g daily", "apixaban 5 mg BID", "furosemide 40 mg IV", "vancomycin 25 mg/kg load",
         "dexamethasone 0.6 mg/kg", "methotrexate 15 mg weekly", "prednisone 60 mg", "amiodarone 150 mg over 10 min",
         "magnesium 2 g IV", "ketorolac 15 mg", "levothyroxine 88 mcg", "hydroxychloroquine 200 mg BID"]
LABS = ["potassium 6.4", "sodium 121", "lactate 4.2", "troponin 0.84", "INR 4.9", "ferritin 2,100",
        "hemoglobin 6.8", "lipase 1,400", "creatinine 3.1", "TSH 0.01", "calcium 13.2", "glucose 612"]


def _t(value):
    return f"<<{value}>>"


def _first_upper(text):
    return text[0].upper() + text[1:]


def eponym_exam(rng):
    a, b = rng.sample(EPONYMS, 2)
    return (f"{_t(a)} positive and {_t(b)} negative in our {rng.randint(18, 89)}{rng.choice(['M', 'F'])} this "
            f"morning. {_t(rng.choice(LABS))}. we see these {rng.choice(HABITS)} in {rng.choice(DEPARTMENTS)}.")


def trial_talk(rng):
    a, b = rng.sample(TRIALS, 2)
    return (f"journal club: {_t(a)} vs {_t(b)}. {rng.choice(GUIDELINES)} guideline leaned on the first. our "
            f"{rng.randint(60, 89)}-year-olds were barely in either trial. {rng.choice(JOURNALS)} editorial agreed.")


def brand_refill(rng):
    a, b = rng.sample(BRANDS, 2)
    return (f"refill request: {_t(a)} and {_t(b)} on the same day. pharmacy thought {a} was a person. "
            f"{_t(rng.choice(DOSES))} unchanged.")


def place_disease(rng):
    disease = rng.choice(PLACE_DISEASES)
    return (f"{_t(disease)} on the differential {rng.choice(HABITS)} now. serology sent, "
            f"{_t(rng.choice(LABS))}, supportive care in {rng.choice(DEPARTMENTS)}.")


def society_meeting(rng):
    return (f"back from {rng.choice(SOCIETIES)}. the {rng.choice(JOURNALS)} paper on {_t(rng.choice(TRIALS))} "
            f"was the talk of the meeting; {_t(rng.choice(DOSES))} is still the dose in {rng.choice(GUIDELINES)}.")


def name_words(rng):
    (_, a), (_, b) = rng.sample(WORDS, 2)
    return (f"teaching rounds: {a}, and {b}. an {rng.randint(80, 89)}yo with {_t(rng.choice(LABS))}, "
            f"{_t(rng.choice(DOSES))}. {rng.choice(DEPARTMENTS)} took her, as it does {rng.choice(HABITS)}.")


def holiday_habit(rng):
    return (f"{_first_upper(rng.choice(HABITS))} {rng.choice(DEPARTMENTS)} fills with {_t(rng.choice(PLACE_DISEASES))} "
            f"questions and {_t(rng.choice(EPONYMS))} exams. an {rng.randint(80, 89)}-year-old, {_t(rng.choice(LABS))}.")


def department_dose(rng):
    return (f"{_first_upper(rng.choice(DEPARTMENTS))} protocol: {_t(rng.choice(DOSES))} for "
            f"{_t(rng.choice(EPONYMS))} mimics, recheck {_t(rng.choice(LABS))} in 6h. {rng.choice(SOCIETIES)} "
            f"says so.")


CLEAN = [eponym_exam, trial_talk, brand_refill, place_disease, society_meeting, name_words, holiday_habit,
         department_dose]
