"""Clinical words for round 14's generated posts (decision 109): typed by hand, many eponymous or place-named."""

DX = ["urosepsis", "CHF exacerbation", "new-onset AFib", "DKA", "hyperosmolar state", "Budd-Chiari syndrome",
      "Ludwig angina", "Lemierre syndrome", "Fournier gangrene", "Sweet syndrome", "Wilson disease", "Gilbert syndrome",
      "Baker cyst rupture", "Morton neuroma", "Charcot foot", "Wernicke encephalopathy", "Ramsay Hunt syndrome",
      "Bell's palsy", "Todd's paralysis", "Lambert-Eaton syndrome", "Miller Fisher variant", "Takayasu arteritis",
      "Still's disease", "Felty syndrome", "Evans syndrome", "Waldenstrom macroglobulinemia", "Castleman disease",
      "Richter transformation", "Mallory-Weiss tear", "Boerhaave syndrome", "Zenker diverticulum", "Ogilvie syndrome",
      "Lynch syndrome", "Sheehan syndrome", "Conn syndrome", "Nelson syndrome", "Powassan encephalitis",
      "La Crosse encephalitis", "Heartland virus infection", "Bourbon virus infection", "Pontiac fever",
      "Legionnaires' disease", "Balkan nephropathy", "Mesoamerican nephropathy", "Hansen disease", "Madura foot",
      "Kaposi sarcoma", "Burkitt lymphoma", "Hodgkin lymphoma", "Paget disease of bone", "Dupuytren contracture",
      "rhabdomyolysis", "hip fracture", "C. diff colitis", "cellulitis", "COPD exacerbation", "aspiration pneumonia",
      "hyponatremia", "hypercalcemia", "SBO", "pancreatitis", "cholangitis", "diverticulitis", "pyelonephritis",
      "NSTEMI", "PE", "GI bleed", "delirium", "alcohol withdrawal", "opioid use disorder", "frostbite",
      "heat stroke", "crush injury", "silicosis", "farmer's lung", "carbon monoxide poisoning"]
MED = ["apixaban", "Eliquis", "Ozempic", "Wegovy", "Mounjaro", "Trulicity", "Jardiance", "Farxiga", "Entresto",
       "Dupixent", "Humira", "Skyrizi", "Rinvoq", "Otezla", "Nucala", "Repatha", "Leqvio", "Sublocade", "Brixadi",
       "Vivitrol", "buprenorphine", "Paxlovid", "Biktarvy", "Cabenuva", "Xywav", "Nuvigil", "Vyvanse", "Lyrica",
       "Nikki", "Lutera", "Aviane", "Cryselle", "Amethyst", "Lybalvi", "Cobenfy", "Ingrezza", "Austedo", "Camzyos",
       "Kerendia", "Lokelma", "vancomycin", "cefepime", "metoprolol succinate", "furosemide", "spironolactone",
       "levothyroxine", "prednisone", "insulin glargine", "warfarin", "lithium", "clozapine", "methotrexate"]
LAB = ["troponin", "lactate", "potassium", "sodium", "lipase", "ferritin", "CK", "ammonia", "procalcitonin",
       "D-dimer", "BNP", "haptoglobin", "LDH", "TSH", "A1c", "INR", "anion gap", "osmolal gap", "CD4", "cortisol"]
LAB_VALUES = ["0.08", "4.8", "6.1", "118", "1,900", "18,000", "42,000", "96", "12", "9.8", "2,400", "<10", "1,400",
              "0.01", "12.3", "7.2", "26", "38", "37", "2.1"]
PROC = ["TAVR", "PEG tube", "paracentesis", "thoracentesis", "LP", "ERCP", "colonoscopy", "bone marrow biopsy",
        "cardiac cath", "CABG", "hip arthroplasty", "dialysis catheter", "EGD", "MRI brain", "PET-CT", "ablation",
        "Whipple procedure", "Nissen fundoplication", "Hartmann procedure", "kyphoplasty"]
TRIAL = ["STEP-HFpEF", "SELECT", "SURMOUNT-1", "FLOW", "CREDENCE", "FIDELIO-DKD", "CLEAR Outcomes", "FOURIER",
         "JUPITER", "HOPE-3", "ACCORD", "LEADER", "SUSTAIN-6", "PLATO", "COMPLETE", "DanGer Shock", "REVIVED",
         "CASTLE-AF", "ARTESIA", "NOAH-AFNET 6", "ELDERCARE-AF", "DAWN", "DEFUSE 3", "SELECT2", "ANGEL-ASPECT",
         "MR CLEAN", "ESCAPE-NA1", "ALPINE", "SEQUOIA", "MURANO", "monarchE", "NATALEE", "KATHERINE", "PACIFIC",
         "ADAURA", "STAMPEDE", "MERINO", "CLOVERS", "NICE-SUGAR", "TTM2", "CAPE COD", "EOLIA", "HOT-ICU", "MINT"]
GUIDELINE = ["2017 ACC/AHA guideline", "2023 ESC update", "GINA 2024 report", "2019 ATS/IDSA guideline",
             "Surviving Sepsis 2021 update", "2022 CDC opioid guideline", "2020 ACC/AHA valve guideline",
             "KDIGO 2024 guideline", "ADA Standards of Care 2026", "Tokyo Guidelines 2018", "Fleischner 2017 criteria",
             "Baveno VII consensus", "2024 ACC/AHA PAD guideline", "AASLD 2023 guidance"]
SIGN = ["Grey Turner sign", "Cullen sign", "Courvoisier sign", "Charcot triad", "Reynolds pentad", "Beck triad",
        "Cushing triad", "Lhermitte sign", "Uhthoff phenomenon", "Marcus Gunn pupil", "Babinski sign",
        "Hoffmann sign", "Romberg sign", "Gowers sign", "Trendelenburg gait", "Rovsing sign", "McBurney point tenderness",
        "Austin Flint murmur", "Graham Steell murmur", "Duroziez sign", "Quincke pulse", "Kehr sign", "Levine sign",
        "Froment sign", "Allen test"]
BRAND = ["Lipitor", "Crestor", "Plavix", "Coumadin", "Lasix", "Keppra", "Lamictal", "Depakote", "Seroquel",
         "Abilify", "Zoloft", "Lexapro", "Wellbutrin", "Trintellix", "Synthroid", "Januvia", "Tradjenta", "Victoza",
         "Lucemyra", "Belsomra", "Lunesta", "Sonata", "Strattera", "Qelbree"]
