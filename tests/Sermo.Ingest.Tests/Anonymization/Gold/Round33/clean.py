"""Round 33's identifier-free templates: traps (eponyms, brands like names, place-like disease words, holidays,
seasons, scores, doses, labs and numbers of nobody) in the settings of the set. Each is drawn 4 times."""

EPONYMS = ["Ludwig's angina", "Bell's palsy", "Sjögren syndrome", "Hashimoto thyroiditis", "Graves disease",
           "Crohn disease", "Parkinson disease", "Meniere disease", "Marfan syndrome", "Tourette syndrome",
           "Baker's cyst", "Colles fracture", "Jones fracture", "Boxer's fracture", "Barrett esophagus",
           "Mallory-Weiss tear", "Brugada syndrome", "Wolff-Parkinson-White", "Ehlers-Danlos syndrome", "Kienböck disease"]
BRANDS = ["Ozempic", "Jardiance", "Farxiga", "Entresto", "Brilinta", "Vyvanse", "Adderall", "Zoloft", "Lexapro",
          "Seroquel", "Flomax", "Cialis", "Prolia", "Reclast", "Lovenox", "Valtrex", "Paxlovid", "Suboxone", "Sublocade",
          "Dupixent", "Stelara", "Otezla", "Aimovig", "Nurtec", "Ubrelvy", "Benadryl", "Percocet", "Dilaudid"]
PLACE_WORDS = ["Lyme disease", "West Nile virus", "Rocky Mountain spotted fever", "Zika", "Chagas disease",
               "Lassa fever", "Hendra virus", "Ross River fever", "Q fever", "Spanish flu", "German measles",
               "Mediterranean fever", "Omsk hemorrhagic fever", "Bornholm disease"]
HOLIDAYS = ["Christmas Eve", "New Year's Day", "Memorial Day weekend", "Labor Day", "Halloween", "Easter Sunday",
            "Diwali", "Hanukkah", "Eid", "Mardi Gras", "spring break", "ski week", "hunting season", "the July 4th weekend"]
SCORES = ["Wells score", "PERC", "Canadian C-spine rule", "NEXUS", "ABCD2", "CHA2DS2-VASc", "HAS-BLED", "Glasgow-Blatchford",
          "Ranson criteria", "Alvarado score", "Braden score", "Epworth score", "STOP-BANG", "Mini-Cog", "MoCA", "AUDIT-C",
          "Beighton score", "Oswestry index", "Berg balance scale", "Tinetti"]

CLEAN = [
    "dental pearl: {EP} after a lower molar extraction is rare but airway first. {BRAND} won't fix it",
    "PT question: {SCORE} of {N} on visit {V}, do you keep going or send back to ortho",
    "dialysis chair talk: K {K}, phos {PHOS}, pt on {BRAND} and asking about {HOL} dinner. who lets them cheat",
    "plasma donors with {EP}? our medical director says fine if stable. protein {PROT}, hct {HCT}",
    "imaging: CT dose for a {N}-kg adult with suspected {TERM}, anyone still using weight-based protocols",
    "HBO for {TERM}: {N} dives at {ATA} ATA, is that standard? wound clinic wants {V} more",
    "sleep lab: {SCORE} of {V}, Epworth {EPW}, still no study ordered. insurance wants home test first",
    "wheelchair van drivers should know {EP} is not a fall. rant over",
    "student health sees a ton of {PLACE} questions before {HOL}, travel clinic is booked",
    "mission trip packing list: {BRAND}, {BRAND2}, ORS packets, {N} tabs of ciprofloxacin. what else",
    "camp season: {TERM} every week. {HOL} is the worst. {SCORE} doesn't apply to kids fwiw",
    "ski patrol: {N} knees this season, {EP} twice. {BRAND} for everyone at the lodge apparently",
    "DOT exam: BP {SBP}/{DBP}, A1c {A1C}, on {BRAND}. 1 yr or 3 months?",
    "FAA says {BRAND} is a no-go but {BRAND2} is ok? makes no sense",
    "wildfire season again: {TERM} and {PLACE} scare in the same week. O2 sats {SAT}%",
    "construction guys with {EP} keep working. lifting limit {N} lb, they laugh",
    "{PLACE} in a returning traveller, IgM pending, started {BRAND}. too early?",
    "{HOL} shift: glucose {GLU}, K {K}, troponin {TROP}, {TERM}. nothing personal about any of it",
    "rehab: {SCORE} went from {V} to {N} in 3 weeks, {EP} pt is thrilled",
    "lab question: why does our reference lab report ferritin {FER} as normal for a {AGEY} yo",
    "theme park nurses see {TERM} after every ride. {BRAND} in the first aid bag?",
    "casino security keeps calling {TERM} a drunk. it's {EP} half the time",
    "rideshare driver with {EP}, can he drive? state says {N} days seizure free for a cdl, different for cars",
    "heart rate {HR}, temp {TEMP}, RR {RR}. {SCORE} low. {TERM} vs anxiety",
    "so {BRAND} vs {BRAND2} for {EP}, what do you use first line",
]
