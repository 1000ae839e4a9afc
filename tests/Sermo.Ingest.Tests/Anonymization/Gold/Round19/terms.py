"""Clinical words for round 19's generated posts and the traps of its identifier-free templates (decision 138).

Typed from the author's own knowledge. A trap is a clinical phrase holding a word that reads like a name, a place,
a date or an age; it is marked as a clinical term, so a scrubber that replaces it loses retention.
"""

ADULT = [("community-acquired pneumonia", "ceftriaxone"), ("COPD exacerbation", "prednisone"),
         ("cellulitis", "cefazolin"), ("acute pancreatitis", "lactated Ringer's"),
         ("upper GI bleed", "pantoprazole"), ("new atrial fibrillation", "diltiazem"),
         ("hyperkalemia", "patiromer"), ("symptomatic bradycardia", "atropine"),
         ("alcohol withdrawal", "phenobarbital"), ("pyelonephritis", "cefepime"),
         ("spontaneous bacterial peritonitis", "cefotaxime"), ("hepatic encephalopathy", "lactulose"),
         ("sickle cell crisis", "hydromorphone"), ("acute kidney injury", "isotonic bicarbonate"),
         ("cholecystitis", "piperacillin-tazobactam"), ("small bowel obstruction", "NG decompression"),
         ("myasthenic crisis", "IVIG"), ("thyroid storm", "propylthiouracil")]
PEDS = [("croup", "dexamethasone"), ("bronchiolitis", "high-flow nasal cannula"), ("febrile seizure", "acetaminophen"),
        ("intussusception", "air enema"), ("Henoch-Schönlein purpura", "naproxen"), ("nursemaid's elbow", "reduction"),
        ("acute otitis media", "amoxicillin"), ("new-onset type 1 diabetes", "insulin glargine"),
        ("periorbital cellulitis", "clindamycin"), ("pertussis", "azithromycin")]
GERI = [("delirium", "haloperidol"), ("hip fracture", "fascia iliaca block"), ("fecal impaction", "polyethylene glycol"),
        ("orthostatic hypotension", "midodrine"), ("urinary retention", "tamsulosin"),
        ("heart failure exacerbation", "furosemide"), ("hyponatremia", "fluid restriction"),
        ("herpes zoster", "valacyclovir"), ("aspiration pneumonia", "ampicillin-sulbactam")]
OB = [("preeclampsia with severe features", "magnesium sulfate"), ("hyperemesis gravidarum", "ondansetron"),
      ("postpartum hemorrhage", "oxytocin"), ("gestational diabetes", "metformin"),
      ("ectopic pregnancy", "methotrexate")]

# Clean-post traps, each a clinical phrase marked as a term.
EPONYM_NAMES = ["Murphy sign", "Rovsing sign", "Homans sign", "Hoover sign", "Babinski sign", "Romberg test",
                "Allen test", "Thompson test", "Apley grind", "Hawkins test", "Kussmaul breathing",
                "Cheyne-Stokes breathing", "Quincke pulse", "Corrigan pulse", "Levine sign", "Osborn wave",
                "Horner syndrome", "Argyll Robertson pupil", "Adie pupil", "Bennett fracture", "Rolando fracture",
                "Lisfranc injury", "Monteggia fracture", "Galeazzi fracture", "Pott disease", "Vincent angina",
                "Bell palsy", "Wernicke encephalopathy", "Guillain-Barré syndrome", "Ramsay Hunt syndrome",
                "Sheehan syndrome", "Dressler syndrome", "Meigs syndrome", "Ortner syndrome", "Plummer-Vinson syndrome",
                "Zollinger-Ellison syndrome", "Russell sign", "Grey Turner sign", "Virchow node", "Cushing reflex"]
NAME_BRANDS = ["Addyi", "Aimovig", "Emgality", "Ajovy", "Savella", "Dayvigo", "Belsomra", "Quviviq", "Lunesta",
               "Rozerem", "Horizant", "Lyrica", "Xcopri", "Briviact", "Fycompa", "Caplyta", "Rexulti", "Vraylar",
               "Austedo", "Nuplazid", "Otezla", "Kerendia", "Entresto", "Farxiga", "Amethyst", "Kalliga", "Tarina",
               "Blisovi", "Aurovela", "Junel", "Sprintec", "Evenity", "Repatha", "Praluent", "Nexletol", "Lokelma"]
TRIALS = ["ALLHAT", "AFFIRM", "CASTLE-AF", "EAST-AFNET 4", "COAPT", "MITRA-FR", "NLST", "WHI", "COMPASS",
          "CREDENCE", "FIDELIO-DKD", "DAPA-CKD", "EMPA-KIDNEY", "STEP-HFpEF", "ELAN", "TIMING", "CHAMPION-PHOENIX",
          "ISAR-REACT 5", "PARADIGM-HF", "SUSTAIN-6", "TASTE", "HERMES", "CLEAR Outcomes", "STRENGTH"]
PLACE_TERMS = ["Glasgow coma scale", "Glasgow-Blatchford score", "Rockall score", "Kansas City Cardiomyopathy Questionnaire",
               "Boston Bowel Preparation Scale", "Paris classification", "Vienna classification", "Banff classification",
               "Manchester triage", "Bristol stool chart", "Rome IV criteria", "Denver shunt", "Brighton criteria",
               "Oxford knee score", "St. Louis encephalitis", "West Nile virus", "Japanese encephalitis",
               "Omsk hemorrhagic fever", "Crimean-Congo hemorrhagic fever", "Lassa fever", "Marburg virus",
               "Coxsackie virus", "Norwalk virus", "Zika virus", "Chagas disease", "Lyme carditis"]
WORD_PHRASES = ["a frank hematoma", "a grace period on the refill", "patients who will not sue", "a crystal-clear CSF",
                "ginger ale for the nausea", "a penny-sized ulcer", "a rusty-colored sputum", "an amber urine",
                "a ruby-red rash", "a violet-hued plaque", "an olive-shaped mass", "a robin's-egg blue sclera",
                "honey for the cough", "a sterling response to steroids", "a cliff-edge drop in platelets",
                "a basil-scented rash? no, just a rash", "the rose spots of typhoid", "a hazel-sized node",
                "a holly-berry red throat", "a pearl-white papule"]
HABITS = ["every Monday", "on Friday afternoons", "every Christmas Eve", "over Labor Day weekend",
          "each Thanksgiving", "on Sunday nights", "every Halloween", "around New Year's", "on Tuesdays",
          "every Easter weekend", "over the Fourth of July"]
DOSES = ["apixaban 5 mg BID", "metoprolol succinate 50 mg daily", "levothyroxine 88 mcg", "prednisone 40 mg x 5 days",
         "vancomycin 15 mg/kg q12h", "insulin glargine 0.2 units/kg", "ceftriaxone 2 g daily", "heparin 80 units/kg bolus",
         "furosemide 40 mg IV BID", "lisinopril 10 mg daily"]
LABS = ["K 6.1", "Na 126", "lactate 4.4", "troponin 0.31", "creatinine 2.9", "Hb 6.8", "platelets 41", "INR 3.8",
        "glucose 512", "ALT 880", "TSH 0.02", "BNP 1840", "CK 14,200", "ammonia 112", "lipase 2300"]
