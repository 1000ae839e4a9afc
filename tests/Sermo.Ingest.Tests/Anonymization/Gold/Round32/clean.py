"""Round 32's identifier-free templates (traps): eponyms, brands that look like names, place-like disease names,
holidays and seasons, scores and scales, and numbers that are doses, labs or vital signs. Each is used 4 times."""

EPONYMS = ["Addison disease", "Cushing syndrome", "Wilson disease", "Paget disease", "Bell palsy", "Graves disease",
           "Crohn disease", "Tourette syndrome", "Raynaud phenomenon", "Kaposi sarcoma", "Dupuytren contracture",
           "Osgood-Schlatter disease", "Sever disease", "Legg-Calve-Perthes disease", "Peyronie disease", "Whipple disease",
           "Takotsubo cardiomyopathy", "Barrett esophagus", "Zenker diverticulum", "Buerger disease", "Guillain-Barre syndrome",
           "Still disease", "Behcet disease", "Baker cyst", "Boerhaave syndrome", "Mallory-Weiss tear"]
BRANDS = ["Mounjaro", "Wegovy", "Trulicity", "Farxiga", "Lasix", "Norco", "Toradol", "Zofran", "Narcan", "Augmentin",
          "Bactrim", "Keflex", "Plavix", "Lipitor", "Synthroid", "Dilaudid", "Ativan", "Haldol", "Tylenol", "Motrin",
          "Benadryl", "EpiPen", "Albuterol", "Suboxone", "Vivitrol", "Paxlovid", "Tamiflu", "Lovenox", "Coumadin"]
PLACE_DISEASES = ["Rocky Mountain spotted fever", "West Nile virus", "Lyme disease", "Ebola", "Marburg", "Hantavirus",
                  "Norwalk virus", "Coxsackie", "Valley fever", "Colorado tick fever", "Lassa fever", "Japanese encephalitis"]
SEASONS = ["Christmas", "Thanksgiving", "the Fourth of July", "Labor Day weekend", "New Year's Eve", "spring break",
           "Memorial Day", "Easter", "Halloween", "deer season", "harvest", "Ramadan", "Lunar New Year", "Super Bowl Sunday"]
SCORES = ["GCS 14", "NIHSS 6", "CURB-65 of 2", "Wells 4.5", "HEART score 5", "qSOFA 2", "MELD 22", "Child-Pugh B",
          "PHQ-9 of 18", "GAD-7 of 15", "Centor 3", "PERC negative", "Canadian C-spine rule negative", "Ottawa ankle positive",
          "Mallampati 3", "ASA 3", "Braden 14", "Morse fall score 65", "Apgars 8 and 9", "Bishop score 7", "CIWA 16", "COWS 12"]
LABS = ["glucose 104", "sodium 118", "potassium 5.9", "CK 96,000", "lactate 4.1", "troponin 0.09", "creatinine 2.3",
        "HR 112", "sats 91%", "BP 96/58", "temp 104.2", "Hgb 9.1", "platelets 98", "WBC 19.4", "lipase 1,100",
        "A1c 11.2", "ferritin 7", "INR 3.9", "BNP 1,150", "TSH 0.01", "bicarb 12", "RR 28", "weight 110 kg"]
DOSES = ["ceftriaxone 1 g", "vanc 1.25 g", "metoprolol 25 mg", "ondansetron 4 mg", "ketorolac 15 mg", "haloperidol 5 mg",
         "naloxone 0.4 mg", "dexamethasone 10 mg", "insulin 10 units", "heparin 5000 units", "amoxicillin 90 mg/kg/day",
         "prednisone 40 mg x5d", "lorazepam 2 mg", "morphine 4 mg", "buprenorphine 16 mg", "furosemide 40 mg IV"]
TERMS = ["rhabdomyolysis", "heat stroke", "hyponatremia", "DKA", "alcohol withdrawal", "sepsis", "pneumonia", "cellulitis",
         "STEMI", "pulmonary embolism", "asthma exacerbation", "anaphylaxis", "hip fracture", "delirium", "croup",
         "bronchiolitis", "appendicitis", "kidney stone", "migraine", "syncope", "opioid withdrawal", "COPD exacerbation"]

TEMPLATES = [
    "every {season} we get a wave of {term}. {lab}, {score}. gave {dose} and admitted",
    "is it just me or does {brand} cause more {term} than the rep admits? had 3 this month",
    "{eponym} vs {term}, how do you tell at 3am with {lab}? asking for a friend (the friend is me)",
    "psa: {place} season is here. if they have {term} and {lab}, think about it",
    "{score}, {lab}, {term}. attending wanted {dose}. i wanted a nap",
    "pt on {brand} and {brand2} came in with {term}. {lab}. pharmacist says interaction is real",
    "teaching point: {eponym} can look like {term}. {score} won't help you there",
    "{season} shift recap: 4 x {term}, 2 x {place}, one {eponym}. {lab} was the worst of the night",
    "does anyone still use {score} for {term}? our ED does, with {dose} as standing order",
    "rural doc q: {term}, {lab}, no CT for 2 hrs. {dose} and pray?",
    "{brand} shortage again. switching {term} pts to {brand2}. any issues?",
    "the {place} cases in {season} are nothing compared to {term} after {season2}",
    "lol the mnemonic for {eponym} is wrong in every prep book. {term} too",
    "{lab} and {lab2} in a {term} pt and ortho wanted to operate. {score}. no",
    "new grad here - {score} in {term}, is {dose} reasonable or am i crazy",
    "our protocol: {term} + {score} -> {dose}, recheck {lab2} in 4h",
    "two zebras on one call night, first {eponym}, then {eponym2} an hour later. my co-resident bought lottery tickets",
    "pasted from my note: 'hx {eponym}, on {brand}. presents w/ {term}. {lab}. {score}.' thoughts?",
    "farm season = {term}. {lab}. {dose}. send home w/ {brand}",
    "rig season = {term} and {place} scares. {score}. {dose} if needed",
    "3 {term} at the marathon tent, {lab} in one. {dose} and a banana",
    "festival tent stats: {term} x12, {place} x0, {brand} given x30. {season} was worse",
    "prior auth denied {brand} for {term} because {score} was 'not high enough'. {lab} apparently doesn't count",
    "hospice pearl: {term} at end of life, {dose} sc works. {score} irrelevant now",
]
