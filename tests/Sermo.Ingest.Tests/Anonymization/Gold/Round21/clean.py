"""Round 21's identifier-free templates: clinical traps (eponyms, brands, trials, place-named diseases, years, doses)."""

EPONYMS = ["Homans sign", "Tinel sign", "Phalen test", "Finkelstein test", "Lachman test", "McMurray test",
           "Spurling test", "Hawkins test", "Neer sign", "Thompson test", "Trendelenburg gait", "Kernig sign",
           "Brudzinski sign", "Allen test", "Adson test", "Weber test", "Rinne test", "Dix-Hallpike maneuver",
           "Kanavel signs", "Mulder click", "Gower sign", "Beck triad", "Cushing reflex", "Virchow node"]
BRANDS = ["Eliquis", "Xarelto", "Ozempic", "Mounjaro", "Trulicity", "Entresto", "Humira", "Dupixent",
          "Keytruda", "Paxlovid", "Lyrica", "Celebrex", "Valtrex", "Zofran", "Flomax", "Cialis", "Ambien"]
PLACE_DISEASES = ["Lyme disease", "West Nile virus", "Ross River virus", "Zika virus", "Hendra virus",
                  "Coxsackie virus", "Norwalk virus", "Lassa fever", "Omsk hemorrhagic fever", "Kyasanur Forest disease",
                  "Mediterranean spotted fever", "Machupo virus"]
TRIALS = ["PARADIGM-HF", "DAPA-HF", "RECOVERY", "ISIS-2", "NLST", "SPRINT", "ACCORD", "ROCKET AF", "ARISTOTLE",
          "RE-LY", "COMPASS", "FOURIER", "SELECT", "STEP-1", "SURMOUNT"]
SOCIETIES = ["ACOEM", "AMSSM", "AAFP", "IDSA", "ACEP", "the Wilderness Medical Society", "ISTM", "NCCHC",
             "the American Journal of Sports Medicine", "Occupational Medicine", "Military Medicine", "JAMA"]
DEPARTMENTS = ["the cath lab", "our ICU", "the step-down unit", "the burn unit", "the ED", "pre-op", "the PACU",
               "the infusion center", "the fracture clinic", "the travel clinic"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "weekend", "Thanksgiving", "Labor Day", "New Year's"]
WORDS = ["frank", "grace", "will", "hope", "rich", "sage", "reed", "hazel", "ivy", "wood", "bishop", "story",
         "love", "best", "sharp", "snow", "brook", "lane", "chase", "grant"]
DRUGS = ["ceftriaxone 1 g", "vancomycin 15 mg/kg", "metformin 1000 mg BID", "prednisone 40 mg", "colchicine 0.6 mg",
         "tamsulosin 0.4 mg", "apixaban 5 mg BID", "furosemide 40 mg IV", "amoxicillin 875 mg", "naloxone 4 mg"]
LABS = ["troponin 0.42", "lactate 4.1", "K 6.2", "Na 124", "Hgb 6.8", "INR 3.9", "CK 22,000", "A1c 10.4",
        "creatinine 3.1", "platelets 38"]


def c(term):
    return f"<<{term}>>"


def eponym_pair(d):
    first, second = d.r.sample(EPONYMS, 2)
    return (f"teaching point for the students on {d.pick(DAYS)}: {c(first)} and {c(second)} are "
            f"less useful than they think. we checked both on a {d.r.randint(18, 89)}yo in {d.pick(DEPARTMENTS)}.")


def brand_dose(d):
    return (f"switched a {d.r.randint(25, 89)}M from {c(d.pick(BRANDS))} to {c(d.pick(DRUGS))} after {c(d.pick(LABS))}. "
            f"{d.pick(SOCIETIES)} {d.r.randint(2015, 2026)} says the same.")


def place_disease(d):
    first, second = d.r.sample(PLACE_DISEASES, 2)
    return (f"{c(first)} vs {c(second)} in a returning traveler, {d.r.randint(20, 75)}F. "
            f"serology sent {d.pick(DAYS)}, {c(d.pick(DRUGS))} started while we wait.")


def trial_talk(d):
    return (f"{d.pick(TRIALS)} and {d.pick(TRIALS)} changed how {d.pick(DEPARTMENTS)} treats {c('heart failure')}. "
            f"I'd be {d.pick(['frank', 'blunt', 'careful'])} about it: the {d.r.randint(60, 88)}-year-olds were barely enrolled.")


def word_names_as_words(d):
    return (f"to be {d.pick(['frank', 'blunt', 'honest'])}, there's little {d.pick(['hope', 'grace', 'will'])} for "
            f"{c('metastatic melanoma')} past third line, but {c(d.pick(BRANDS))} {d.pick(['will', 'may'])} buy time. "
            f"the {d.pick(['wood', 'ivy', 'hazel', 'sage'])} on the hospice porch was lovely {d.pick(DAYS)}.")


def lab_trap(d):
    return (f"{c(d.pick(LABS))} on a {d.r.randint(18, 89)}yo, {c(d.pick(EPONYMS))} positive. {d.pick(SOCIETIES)} "
            f"guidance from {d.r.randint(2010, 2026)} in {d.pick(DEPARTMENTS)}: repeat in 6 hours.")


def holiday_habit(d):
    return (f"every {d.pick(DAYS)} we see {c(d.pick(['alcohol withdrawal', 'hand injury', 'firework burn', 'food poisoning', 'chest pain']))} "
            f"in {d.pick(DEPARTMENTS)}. {c(d.pick(DRUGS))} is on the order set now.")


CLEAN = [eponym_pair, brand_dose, place_disease, trial_talk, word_names_as_words, lab_trap, holiday_habit]
