"""Clinical words for round 16's generated posts (decision 122), typed by hand for this set."""

# Terms for posts with identifiers: each must survive scrubbing.
TERMS = ["CHF exacerbation", "COPD exacerbation", "NSTEMI", "new onset atrial flutter", "DKA", "HHS",
         "urosepsis", "C. diff colitis", "hepatic encephalopathy", "SBP", "upper GI bleed", "small bowel obstruction",
         "acute cholecystitis", "appendicitis", "pyelonephritis", "cellulitis", "osteomyelitis", "septic arthritis",
         "gout flare", "rhabdomyolysis", "hyponatremia", "hyperkalemia", "AKI", "nephrolithiasis", "syncope",
         "TIA", "ischemic stroke", "subdural hematoma", "status epilepticus", "delirium", "alcohol withdrawal",
         "opioid use disorder", "PE", "DVT", "pneumothorax", "pleural effusion", "community-acquired pneumonia",
         "influenza A", "RSV bronchiolitis", "asthma exacerbation", "anaphylaxis", "angioedema", "hip fracture",
         "vertebral compression fracture", "pressure injury", "diabetic foot ulcer", "preeclampsia", "placenta previa",
         "postpartum hemorrhage", "hyperemesis gravidarum", "sickle cell pain crisis", "neutropenic fever",
         "tumor lysis syndrome", "pancytopenia", "hypercalcemia", "thyroid storm", "myxedema", "adrenal insufficiency",
         "lupus flare", "giant cell arteritis", "polymyalgia rheumatica", "heat stroke", "hypothermia",
         "carbon monoxide poisoning", "acetaminophen overdose", "serotonin syndrome", "NMS", "catatonia",
         "bipolar mania", "major depression", "anorexia nervosa", "Crohn flare", "ulcerative colitis",
         "diverticulitis", "pancreatitis", "cirrhosis", "hepatitis C", "HIV", "syphilis", "endocarditis", "sepsis"]

# Treatments and tests, so a post can carry a second term.
PLANS = ["IV furosemide", "BiPAP", "insulin drip", "octreotide", "lactulose", "rifaximin", "ceftriaxone",
         "vancomycin", "heparin drip", "apixaban", "tPA", "thrombectomy", "levetiracetam", "naloxone",
         "buprenorphine", "ECT", "dialysis", "paracentesis", "thoracentesis", "chest tube", "ERCP", "colonoscopy",
         "MRI brain", "CT angiogram", "echo", "stress test", "bone marrow biopsy", "lumbar puncture", "PICC line",
         "hospice referral", "palliative consult", "physical therapy", "wound vac", "G-tube", "trach"]

# Clean-post traps: eponymous conditions, name-like brands, trial acronyms, place-named diseases.
EPONYMS = ["Guillain-Barré syndrome", "Sheehan syndrome", "Conn syndrome", "Alport syndrome", "Bartter syndrome",
           "Gilbert syndrome", "Tourette syndrome", "Lewy body dementia", "Still disease", "Behçet disease",
           "Tay-Sachs disease", "Waldenström macroglobulinemia", "Ewing sarcoma", "Wilms tumor", "Burkitt lymphoma",
           "Meckel diverticulum", "Schatzki ring", "Ogilvie syndrome", "Lennox-Gastaut syndrome", "Dravet syndrome",
           "Miller Fisher syndrome", "Capgras delusion", "Kallmann syndrome", "Prader-Willi syndrome",
           "von Willebrand disease", "Sturge-Weber syndrome", "Dandy-Walker malformation", "Felty syndrome",
           "Galeazzi fracture", "Bennett fracture", "Segond fracture", "Osgood-Schlatter disease"]
BRANDS = ["Tremfya", "Kevzara", "Olumiant", "Caplyta", "Lybalvi", "Ingrezza", "Austedo", "Trintellix", "Fetzima",
          "Veozah", "Evenity", "Prolia", "Repatha", "Praluent", "Nexletol", "Verquvo", "Corlanor", "Multaq",
          "Jardiance", "Tresiba", "Trulicity", "Rybelsus", "Linzess", "Sotyktu", "Cibinqo", "Zurzuvae",
          "Marlissa", "Sharobel", "Jencycla", "Lyza", "Portia", "Aviane", "Lessina", "Kelnor", "Larin", "Vienva"]
TRIALS = ["DAPA-HF", "EMPEROR-Reduced", "FIDELIO-DKD", "SUSTAIN-6", "REWIND", "CREDENCE", "TRAVERSE", "ACCORD",
          "ALLHAT", "JUPITER", "IMPROVE-IT", "ORION-10", "THEMIS", "PLATO", "EUCLID", "AUGUSTUS", "TWILIGHT",
          "DANAMI-3", "FAME", "STICH", "COAPT", "CABANA", "EAST-AFNET 4", "GALACTIC-HF", "TOPCAT", "EPHESUS",
          "DANISH", "SENIOR", "ROSE", "TESLA", "ESCAPE", "MR CLEAN", "SMART", "CLOVERS", "PROSEVA", "EOLIA"]
PLACE_DISEASES = ["Omsk hemorrhagic fever", "Rift Valley fever", "Hendra virus", "Nipah virus", "Colorado tick fever",
                  "Malta fever", "Minamata disease", "Madura foot", "Barmah Forest virus", "Toscana virus",
                  "Bolivian hemorrhagic fever", "Cache Valley virus", "Hong Kong flu", "Bundibugyo ebolavirus",
                  "Eastern equine encephalitis", "Jamestown Canyon virus"]
LABS = ["K 5.9", "Na 124", "Hgb 6.8", "lactate 3.4", "troponin 0.42", "BNP 2140", "INR 4.7", "A1c 11.2",
        "TSH 0.01", "ferritin 8", "CK 18,000", "lipase 1,900", "procalcitonin 12", "eGFR 22", "albumin 1.9"]
DOSES = ["metoprolol 25 mg BID", "lisinopril 10 mg daily", "atorvastatin 80 mg", "sertraline 50 mg",
         "prednisone 40 mg x5 days", "amoxicillin 875 mg BID", "enoxaparin 1 mg/kg", "insulin glargine 22 units",
         "gabapentin 300 mg TID", "levothyroxine 88 mcg", "tamsulosin 0.4 mg", "spironolactone 25 mg"]
# Words that are also names, used as plain words in clean posts.
WORD_USES = ["with all the love in the world", "the whole story", "a hazel-eyed toddler", "knock on wood",
             "a grace period", "the ivy on the hospital wall", "the frost on the windshield",
             "sterling work by nights", "cash only", "the best of intentions", "a little bird told me",
             "noble effort", "sweet and sour", "hardy perennials", "page me", "the friend zone"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HOLIDAYS = ["Christmas", "Thanksgiving", "New Year's Eve", "the Fourth of July", "Labor Day weekend",
            "Memorial Day", "Halloween", "Super Bowl Sunday", "spring break", "Easter weekend"]
