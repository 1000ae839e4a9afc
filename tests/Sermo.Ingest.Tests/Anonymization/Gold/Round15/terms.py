"""Clinical words typed by hand for round 15 (decision 117): terms that must survive the scrubber."""

TERMS = [
    "NSTEMI", "atrial fibrillation", "apixaban", "new-onset heart failure", "HFpEF", "sacubitril/valsartan",
    "DKA", "euglycemic DKA", "empagliflozin", "tirzepatide", "semaglutide", "insulin glargine", "hyponatremia",
    "SIADH", "tolvaptan", "cirrhosis", "hepatic encephalopathy", "rifaximin", "lactulose", "SBP",
    "C. diff colitis", "fidaxomicin", "cellulitis", "necrotizing fasciitis", "osteomyelitis", "vancomycin",
    "cefepime", "piperacillin-tazobactam", "MRSA bacteremia", "infective endocarditis", "daptomycin",
    "pulmonary embolism", "submassive PE", "alteplase", "COPD exacerbation", "azithromycin", "prednisone",
    "community-acquired pneumonia", "aspiration pneumonia", "pleural effusion", "thoracentesis", "sarcoidosis",
    "temporal arteritis", "polymyalgia rheumatica", "giant cell arteritis", "tocilizumab", "lupus nephritis",
    "mycophenolate", "rituximab", "IgA nephropathy", "nephrotic syndrome", "AKI on CKD", "hyperkalemia",
    "patiromer", "rhabdomyolysis", "delirium", "haloperidol", "quetiapine", "Lewy body dementia", "donepezil",
    "status epilepticus", "levetiracetam", "subdural hematoma", "TIA", "ischemic stroke", "tenecteplase",
    "Bell's palsy", "Guillain-Barré", "IVIG", "myasthenia gravis", "pyridostigmine", "migraine", "sumatriptan",
    "preeclampsia", "magnesium sulfate", "postpartum hemorrhage", "gestational diabetes", "ectopic pregnancy",
    "methotrexate", "Kawasaki disease", "bronchiolitis", "RSV", "nirsevimab", "croup", "dexamethasone",
    "appendicitis", "small bowel obstruction", "cholecystitis", "ERCP", "pancreatitis", "GI bleed",
    "pantoprazole", "octreotide", "variceal banding", "hip fracture", "vertebral compression fracture",
    "zoledronic acid", "denosumab", "gout flare", "colchicine", "allopurinol", "septic arthritis",
    "major depressive disorder", "sertraline", "bipolar disorder", "lithium", "opioid use disorder",
    "buprenorphine", "naloxone", "alcohol withdrawal", "phenobarbital", "CIWA", "anemia", "iron deficiency",
    "ferric carboxymaltose", "sickle cell crisis", "hydroxyurea", "ITP", "TTP", "plasma exchange", "HIT",
    "argatroban", "warfarin", "INR 4.2", "troponin", "BNP", "lactate 4.1", "A1c 11.2", "eGFR 28",
    "potassium 6.1", "sodium 118", "hemoglobin 6.8", "platelets 22", "procalcitonin", "CT angiogram",
    "MRI brain", "echocardiogram", "EF 25%", "TAVR", "pacemaker", "ICD", "CABG", "PCI", "heparin drip",
    "metformin", "lisinopril", "amlodipine", "metoprolol", "furosemide", "spironolactone", "atorvastatin",
    "clopidogrel", "ticagrelor", "hospice", "palliative care", "DNR", "goals of care", "tube feeds",
    "PEG tube", "pressure injury", "UTI", "pyelonephritis", "nitrofurantoin", "ceftriaxone", "sepsis",
    "septic shock", "norepinephrine", "vasopressin", "intubation", "BiPAP", "ARDS", "long COVID",
    "Paxlovid", "shingles", "valacyclovir", "herpes zoster ophthalmicus", "scabies", "ivermectin",
]

# Traps for identifier-free posts: eponyms, name-like brands, trial acronyms, place-named diseases.
TRAP_EPONYMS = ["Graves' disease", "Addison's disease", "Bell's palsy", "Parkinson's disease", "Hashimoto's",
                "Cushing's syndrome", "Wilson's disease", "Crohn's disease", "Sjögren's", "Raynaud's",
                "Kawasaki disease", "Osgood-Schlatter", "Dupuytren's contracture", "Barrett's esophagus",
                "Meniere's disease", "Brown-Séquard syndrome", "Tietze syndrome", "Peyronie's disease",
                "Charcot foot", "Marfan syndrome", "Ehlers-Danlos", "Hodgkin lymphoma", "Alzheimer's",
                "Huntington's disease", "Stevens-Johnson syndrome", "Mallory-Weiss tear", "Boerhaave syndrome",
                "Baker's cyst", "Colles fracture", "Bennett fracture", "Tinel sign", "Phalen test"]
TRAP_BRANDS = ["Eliquis", "Xarelto", "Jardiance", "Farxiga", "Ozempic", "Wegovy", "Mounjaro", "Entresto",
               "Keytruda", "Opdivo", "Dupixent", "Humira", "Skyrizi", "Rinvoq", "Otezla", "Aimovig",
               "Nurtec", "Ubrelvy", "Trelegy", "Breo", "Spiriva", "Symbicort", "Lasix", "Coreg", "Norvasc",
               "Valtrex", "Bactrim", "Keflex", "Zosyn", "Flagyl", "Cipro", "Adderall", "Vyvanse", "Wellbutrin",
               "Lexapro", "Zoloft", "Abilify", "Latuda", "Rexulti", "Vraylar", "Sublocade", "Narcan"]
TRAP_TRIALS = ["SPRINT", "ACCORD", "PARADIGM-HF", "DAPA-HF", "EMPEROR-Preserved", "STEP-HF", "SELECT",
               "SURMOUNT", "COMPASS", "ISAR-REACT", "RECOVERY", "CHAMPION", "ORBITA", "FOURIER", "REDUCE-IT",
               "ARISTOTLE", "ROCKET AF", "NOAH", "ARTESiA", "CLEAR Outcomes", "EMPA-REG", "CREDENCE"]
TRAP_PLACES = ["Lyme disease", "Ebola", "West Nile virus", "Rocky Mountain spotted fever", "Zika",
               "Marburg virus", "Hantavirus Four Corners outbreak", "Japanese encephalitis", "Lassa fever",
               "Coxsackie virus", "Norwalk virus", "MERS", "Spanish flu", "Valley fever", "Chagas disease",
               "Ross River virus", "Oropouche", "Crimean-Congo hemorrhagic fever"]
TRAP_GUIDELINES = ["the 2023 ESC guideline", "KDIGO 2024", "GOLD 2025", "the ADA 2026 Standards of Care",
                   "the 2022 AHA/ACC/HFSA guideline", "IDSA 2019 CAP guidance", "the 2021 ESC HF guideline",
                   "the 2024 ACC/AHA perioperative guideline", "USPSTF 2023", "the 2017 ACC/AHA BP guideline"]
