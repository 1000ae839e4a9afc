"""Clinical words for round 17's templates, typed from the author's own knowledge. Each is a clinical term the scrubber
must keep; the clean pools are chosen to look like names, places or dates."""

TERMS = [
    "CHF exacerbation", "COPD flare", "DKA", "septic shock", "NSTEMI", "atrial flutter", "SBO", "C. diff colitis",
    "pyelonephritis", "hyponatremia", "hip fracture", "syncope", "GI bleed", "cellulitis", "PE", "stroke",
    "delirium", "hypercalcemia", "gout flare", "pancreatitis", "AKI", "rhabdo", "UTI", "migraine", "psoriasis",
    "lupus nephritis", "myasthenia crisis", "diverticulitis", "shingles", "hepatic encephalopathy", "cholangitis",
    "heart block", "osteomyelitis", "anemia", "thyroid storm", "sarcoidosis", "endocarditis", "seizure",
]

EPONYMS = [
    "Trousseau", "Chvostek", "Murphy's", "McBurney", "Rovsing", "Homan's", "Kernig", "Brudzinski", "Battle's",
    "Cullen", "Virchow's node", "Sister Mary Joseph", "Courvoisier", "Kehr's", "Babinski", "Romberg", "Lhermitte",
    "Horner", "Argyll Robertson", "Marcus Gunn", "Janeway", "Osler", "Roth", "Quincke", "Duroziez", "Beck's triad",
    "Virchow's triad", "Wernicke", "Korsakoff", "Todd's paralysis", "Bell's palsy", "Stevens-Johnson", "Kaposi",
    "Reiter", "Whipple", "Dressler", "Prinzmetal", "Wolff-Parkinson-White", "Brugada", "Takotsubo", "Hamman-Rich",
]

BRANDS = [
    "Ozempic", "Zepbound", "Brilinta", "Plavix", "Tresiba", "Lantus", "Toujeo", "Victoza", "Trulicity", "Linzess",
    "Amitiza", "Xifaxan", "Lyrica", "Cymbalta", "Savella", "Belsomra", "Ambien", "Lunesta", "Seroquel", "Zyprexa",
    "Invega", "Caplyta", "Cobenfy", "Auvelity", "Spravato", "Vivitrol", "Zubsolv", "Lucemyra", "Veozah", "Camzyos",
]

TRIALS = [
    "ACCORD", "ADVANCE", "EMPA-REG", "DAPA-CKD", "CREDENCE", "DELIVER", "EMPEROR-Preserved", "GALACTIC-HF",
    "ISAR-REACT", "TWILIGHT", "HOST-EXAM", "STICH", "REVIVED", "AUGUSTUS", "PIONEER", "SOUL", "FLOW", "HARMONY",
    "LEADER", "SUSTAIN-6", "ELIXA", "DECLARE", "CANVAS", "SCORED", "SOLOIST",
]

DISEASES = [
    "Lyme carditis", "Chikungunya", "Powassan", "Jamestown Canyon virus", "La Crosse encephalitis",
    "Eastern equine encephalitis", "Colorado tick fever", "Hantaan", "Crimean-Congo fever", "Kyasanur Forest disease",
    "Mayaro", "Oropouche", "Ebola", "Marburg", "Lassa fever", "Coxsackie", "Norwalk", "Bordetella", "Brucella",
    "Stockholm syndrome", "Paris syndrome", "Jerusalem syndrome", "Mediterranean spotted fever", "Tularemia",
]

DOSES = ["5 mg daily", "0.25 mg weekly", "40 mg BID", "1 g q8h", "2.5 mg BID", "300 mg qHS", "10 units basal",
         "81 mg", "0.4 mg SL", "25 mcg", "1.5 mg/kg", "500 mg TID"]

LABS = ["K 5.9", "Na 124", "A1c 9.2", "trop 0.08", "BNP 1450", "Cr 2.3", "INR 3.8", "Hgb 6.9", "TSH 0.01",
        "lactate 4.1", "ferritin 1900", "LDL 212", "eGFR 28", "Mg 1.1", "lipase 3400"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

HOLIDAYS = ["Christmas", "the Fourth", "Thanksgiving", "Memorial Day weekend", "Labor Day", "New Year's",
            "Halloween", "Easter", "spring break", "Mardi Gras"]

# Words that are names used as words, whole sentences with no person in them.
PHRASES = [
    "Patience is a virtue I lost in residency", "Grace under pressure my foot", "Sunny side up eggs in the cafeteria again",
    "Rusty on my ECGs after vacation", "The Dusty old Pyxis jammed", "Frank discussion with the family, no names needed",
    "Faith in the ED throughput committee: zero", "Summer interns start soon", "Will do, said every consultant ever",
    "Olive oil does not dissolve earwax", "Holly and mistletoe both toxic to cats, FYI", "Brooke-like rushing water on the PA system",
    "Amber alert went off mid-code", "Violet skin changes at the toes", "Gray zone troponin again", "Rocky night on nights",
    "Bishop score 8, proceeding", "Major bleed protocol activated", "Royal pain of a day", "Buck stops with the attending",
]
