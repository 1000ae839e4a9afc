"""Clinical words for round 18's generated posts, and the traps its identifier-free templates draw from.

Typed by hand for this set. A term drawn into a post must survive scrubbing, so generate.py redraws a post whose term
would touch an identifier span.
"""

CASE_TERMS = [
    "acute kidney injury", "community-acquired pneumonia", "NSTEMI", "atrial fibrillation with RVR", "cellulitis",
    "diabetic ketoacidosis", "COPD exacerbation", "hip fracture", "urosepsis", "small bowel obstruction",
    "hyponatremia", "upper GI bleed", "pulmonary embolism", "delirium", "heart failure exacerbation",
    "C. difficile colitis", "pyelonephritis", "septic arthritis", "acute cholecystitis", "diverticulitis",
    "hypertensive emergency", "status asthmaticus", "alcohol withdrawal", "opioid overdose", "syncope",
    "ischemic stroke", "subarachnoid hemorrhage", "new onset seizure", "preterm labor", "bronchiolitis",
    "Kawasaki disease", "appendicitis", "sickle cell pain crisis", "hyperkalemia", "thyroid storm",
    "myasthenic crisis", "Guillain-Barré syndrome", "temporal arteritis", "spinal epidural abscess", "necrotizing fasciitis",
]

# Eponyms whose name part is also a given name or surname, used only as eponyms.
EPONYMS = [
    "Addison disease", "Cushing syndrome", "Graves disease", "Hashimoto thyroiditis", "Bell palsy", "Parkinson disease",
    "Crohn disease", "Hodgkin lymphoma", "Wilson disease", "Marfan syndrome", "Tourette syndrome", "Raynaud phenomenon",
    "Brugada syndrome", "Wolff-Parkinson-White", "Osgood-Schlatter disease", "Legg-Calvé-Perthes disease",
    "Ménière disease", "Dupuytren contracture", "Peyronie disease", "Baker cyst", "Morton neuroma", "Sever disease",
    "Scheuermann kyphosis", "Kienböck disease", "Barrett esophagus", "Hirschsprung disease", "Meckel diverticulum",
    "Gilbert syndrome", "Cori disease", "Pompe disease", "Gaucher disease", "Fabry disease", "Alport syndrome",
    "Bartonella", "Whipple disease", "Sheehan syndrome", "Nelson syndrome", "Dressler syndrome", "Young syndrome",
    "Hunter syndrome", "Grover disease", "Hailey-Hailey disease", "Bowen disease", "Paget disease of bone",
]
BRANDS = ["Xarelto", "Eliquis", "Jardiance", "Farxiga", "Entresto", "Humira", "Stelara", "Dupixent", "Otezla",
          "Tremfya", "Benlysta", "Saphnelo", "Vyvanse", "Lexapro", "Rexulti", "Caplyta", "Vraylar", "Latuda",
          "Austedo", "Aimovig", "Emgality", "Ajovy", "Addyi", "Kyleena", "Liletta", "Skyla", "Tyblume", "Aviane",
          "Lessina", "Larin", "Blisovi", "Loryna", "Ocella", "Syeda", "Zarah", "Kelnor", "Kariva", "Azurette",
          "Camila", "Errin", "Heather", "Jolivette", "Incassia", "Tulana", "Zepbound", "Trulicity", "Rybelsus"]
TRIALS = ["DAWN", "RACE", "TITAN", "VISION", "SPARTAN", "PARTNER 3", "COMPASS", "PEGASUS", "PLATO", "COURAGE",
          "FAME", "SYNTAX", "EXCEL", "NOTION", "ORBITA", "REVIVED", "STICH", "MADIT-II", "CASTLE-AF", "AFFIRM",
          "ARISTOTLE", "ENGAGE", "AVERROES", "POINT", "THALES", "ECASS III", "ESCAPE", "EXTEND", "WAKE-UP", "LEADER",
          "SUSTAIN-6", "STEP 1", "SURMOUNT-1", "CREDENCE", "FIDELIO", "EMPEROR-Preserved", "DELIVER", "PROSPER",
          "LATITUDE", "STAMPEDE", "CHAARTED", "MONARCH E", "NATALEE", "PALOMA-2", "RESPECT", "CLOSE", "REDUCE-IT"]
PLACE_DISEASES = ["Lyme disease", "Rocky Mountain spotted fever", "West Nile fever", "Ebola virus disease", "Zika",
                  "Marburg virus disease", "Lassa fever", "Valley fever", "Pontiac fever", "Coxsackie virus",
                  "Crimean-Congo hemorrhagic fever", "Kyasanur Forest disease", "Oropouche fever", "Chapare virus",
                  "Bolivian hemorrhagic fever", "Sindbis fever", "Semliki Forest virus", "Hantaan virus", "Norwalk virus",
                  "Barmah Forest virus", "La Crosse encephalitis", "Eastern equine encephalitis", "Venezuelan equine encephalitis"]
PLACE_RULES = ["Milan criteria", "Berlin definition", "Atlanta classification", "Montreal classification",
               "Lugano classification", "Seattle criteria", "San Francisco syncope rule", "Rochester criteria",
               "Boston criteria", "Geneva score", "Padua score", "Manchester triage", "Glasgow coma scale",
               "Glasgow-Blatchford score", "Kampala trauma score", "Vienna classification", "Sydney system"]
WORD_AS_WORD = [
    ("Frank", "Frank pus from the wound, so we opened it."), ("Will", "Will it ever end, this night?"),
    ("Grant", "Grant me patience with prior auths."), ("Sunny", "Sunny outlook for once."),
    ("Hunter", "Hunter green scrubs are back in fashion."), ("Joy", "Joy of joys, the pharmacy called back."),
    ("Dawn", "Dawn rounds again."), ("Chase", "Chase the lactate."), ("Sterling", "Sterling work by the night nurse."),
    ("Bishop", "Bishop score of 9, so we induced."), ("Summer", "Summer interns arrive in July."),
    ("Rich", "Rich history in this one."), ("Faith", "Faith in the process, I guess."),
]
LABS = ["K 6.4", "Na 121", "Hgb 6.8", "lactate 5.2", "troponin 0.48", "BNP 2,900", "INR 4.7", "glucose 612",
        "creatinine 3.9", "TSH 0.01", "ferritin 4", "platelets 19", "WBC 31.2", "lipase 2,100", "CK 22,000",
        "A1c 11.8", "calcium 14.1", "phosphorus 1.0", "magnesium 0.9", "bicarb 9"]
DOSES = ["metoprolol 25 mg BID", "apixaban 5 mg BID", "prednisone 40 mg daily", "insulin glargine 22 units",
         "vancomycin 1.25 g q12h", "ceftriaxone 2 g daily", "furosemide 40 mg IV", "amiodarone 150 mg bolus",
         "lorazepam 2 mg IV", "naloxone 0.4 mg", "heparin 18 units/kg/h", "allopurinol 100 mg", "colchicine 0.6 mg"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HOLIDAYS = ["Christmas", "Thanksgiving", "New Year's Eve", "the Fourth of July", "Labor Day", "Easter", "Halloween",
            "Memorial Day", "Super Bowl Sunday", "Mother's Day", "Lunar New Year", "Diwali", "Ramadan"]
YEARS = ["2019", "2021", "2022", "2023", "2024", "2025", "2026"]
GUIDELINES = ["ACC/AHA", "ESC", "KDIGO", "GOLD", "ADA Standards of Care", "IDSA", "ACR", "AASLD", "CHEST", "NCCN"]
