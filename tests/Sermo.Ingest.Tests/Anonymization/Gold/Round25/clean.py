"""Round 25's identifier-free templates: clinical traps (eponyms, brands, trials, scores, doses, habitual days,
numbers after "index", "version", "lot", "page", "series") that a scrubber must leave alone."""
import pools

EPONYMS = ["Parkinson", "Alzheimer", "Hashimoto", "Graves", "Addison", "Cushing", "Wilson", "Crohn", "Hodgkin",
           "Guillain-Barré", "Kawasaki", "Takayasu", "Sjögren", "Bell's palsy", "Paget", "Baker's cyst"]
SIGNS = ["Murphy's sign", "Trousseau's sign", "Chvostek's sign", "Kernig's sign", "Homans' sign", "Tinel's sign",
         "Phalen's test", "McMurray test", "Lachman test", "Romberg"]
BRANDS = ["Jardiance", "Eliquis", "Ozempic", "Xarelto", "Entresto", "Farxiga", "Mounjaro", "Narcan", "Sublocade",
          "Dexcom", "Libre", "Omnipod", "Tandem", "Medtronic", "Hospira", "Abbott"]
TRIALS = ["SPRINT", "ACCORD", "DAPA-HF", "EMPA-REG", "PARADIGM-HF", "ISCHEMIA", "RECOVERY", "COMPASS", "FOURIER",
          "ARISTOTLE", "CHAMPION", "ALLHAT"]
PLACE_DISEASES = ["Lyme disease", "Rocky Mountain spotted fever", "West Nile", "Ebola", "Coxsackie", "Marburg",
                  "Norwalk", "Hendra", "Ross River virus", "Valley fever"]
SCORES = ["Wells score", "CURB-65", "Glasgow Coma Scale", "Ottawa ankle rules", "Canadian C-spine rule",
          "San Francisco syncope rule", "Geneva score", "Braden scale", "Morse fall scale", "Denver shunt"]
SOCIETIES = ["ACEP", "IDSA", "AHA", "ACOG", "AGS", "NCCN", "Lancet", "NEJM", "JAMA", "BMJ", "CHEST", "ASCO"]
DEPARTMENTS = ["the trauma bay", "our burn unit", "the obs unit", "the cath lab", "our wound clinic", "the step-down unit",
               "the memory care wing", "the decon tent", "the triage tent", "the street medicine team"]
DAYS = ["Mondays", "every Friday", "on weekends", "over Thanksgiving", "every Christmas", "on the Fourth of July",
        "Tuesday mornings", "around New Year's"]
WORD_NAMES = ["a leap of faith", "some hope", "a sunny outlook", "sterling nursing", "frank talk", "grace under fire",
              "the will to try", "rusty suturing", "a summer of data", "dusty old charts", "a little luck"]
NUMBER_WORDS = ["index", "version", "lot", "page", "series", "file", "table", "figure", "cohort", "level"]


def term(rng, kind):
    return f"<<{rng.choice(pools.TERMS[kind])}>>"


def eponym_case(rng):
    return (f"{rng.randrange(30, 89)}F with {rng.choice(EPONYMS)} disease and now {term(rng, 'geri')}. Positive "
            f"{rng.choice(SIGNS)}. Started {rng.choice(BRANDS)} {rng.choice([5, 10, 25, 50])} mg and rechecked the "
            f"{rng.choice(SCORES)} {rng.choice(DAYS)}.")


def trial_debate(rng):
    return (f"Does anyone still quote {rng.choice(TRIALS)} for this? The {rng.randrange(2013, 2026)} "
            f"{rng.choice(SOCIETIES)} guideline says otherwise, page {rng.randrange(4, 220)}, "
            f"{rng.choice(['table', 'figure'])} {rng.randrange(1, 9)}. Our {term(rng, 'device')} patients do fine.")


def lab_values(rng):
    return (f"Na {rng.randrange(118, 146)}, K {rng.randrange(28, 69) / 10}, Cr {rng.randrange(6, 59) / 10}, "
            f"lactate {rng.randrange(10, 90) / 10}. {term(rng, 'disaster')} in {rng.choice(DEPARTMENTS)}, "
            f"{rng.randrange(20, 89)} y/o, GCS {rng.randrange(8, 16)}. Lot {rng.randrange(1000, 9999)} of the "
            f"antivenom was what we had.")


def place_disease(rng):
    return (f"{rng.choice(PLACE_DISEASES)} vs {rng.choice(PLACE_DISEASES)} in a returning hiker, {rng.randrange(18, 80)}M. "
            f"{rng.choice(SOCIETIES)} says treat empirically. Got {term(rng, 'rx')} {rng.choice(DAYS)} in "
            f"{rng.choice(DEPARTMENTS)}.")


def word_names(rng):
    word = rng.choice(WORD_NAMES)
    return (f"It took {word} to believe this {term(rng, 'street')} regimen works. {rng.choice(DEPARTMENTS).capitalize()} ran "
            f"version {rng.randrange(2, 12)}.{rng.randrange(10)} of the protocol {rng.choice(DAYS)}; "
            f"{rng.choice(NUMBER_WORDS)} {rng.randrange(2, 400)} matters less than the bedside exam.")


def score_teaching(rng):
    first, second = rng.sample(SCORES, 2)
    return (f"Teaching point for residents: {first} and {second} were never validated in "
            f"{term(rng, 'geri')}. Read the {rng.choice(SOCIETIES)} review, series of {rng.randrange(40, 900)} "
            f"patients, median age {rng.randrange(55, 86)}.")


def brand_device(rng):
    return (f"{rng.choice(BRANDS)} rep dropped by {rng.choice(DAYS)}. Their sensor throws false {term(rng, 'device')} "
            f"alarms above index {rng.randrange(2, 30)}. {rng.choice(BRANDS)} is no better. File {rng.randrange(2, 40)} "
            f"of the {rng.choice(SOCIETIES)} toolkit covers it.")


def disaster_protocol(rng):
    return (f"Mass casualty drill: START triage, {rng.randrange(12, 80)} moulaged victims, {term(rng, 'disaster')} "
            f"station in {rng.choice(DEPARTMENTS)}. Cat {rng.randrange(1, 6)} storm scenario, {rng.randrange(2, 9)} "
            f"ventilators, {rng.randrange(100, 600)} mL/h fluids. Debrief {rng.choice(DAYS)}.")


CLEAN_TEMPLATES = [eponym_case, trial_debate, lab_values, place_disease, word_names, score_teaching, brand_device,
                   disaster_protocol]
