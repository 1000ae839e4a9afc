"""Round 40's identifier-free templates (decision 247): traps that read like identifiers and are not: sign and
syndrome eponyms (drawn from separate lists), brands that read as names, device makers and models, place-named
diseases, scores, and numbers 90-119 that are doses, labs and vitals."""

SIGNS = ["Murphy", "McBurney", "Psoas", "Obturator", "Kernig", "Chvostek", "Homans", "Tinel", "Phalen", "Durkan", "Spurling",
         "Hawkins", "Neer", "Thompson", "Hoffmann", "Babinski", "Romberg", "Carnett", "Levine", "Kussmaul"]
SYNDROMES = ["Dressler", "Brugada", "Lown-Ganong-Levine", "Takayasu", "Kearns-Sayre", "Churg-Strauss", "Zollinger-Ellison",
             "Plummer-Vinson", "Lambert-Eaton", "Loeys-Dietz", "Peutz-Jeghers", "Osgood-Schlatter", "Legg-Calve-Perthes",
             "Munchausen", "Tietze", "Ogilvie", "Boerhaave", "Dandy-Walker", "Arnold-Chiari", "Felty"]
BRANDS = ["Lantus", "Humalog", "Tresiba", "Xarelto", "Pradaxa", "Victoza", "Rybelsus", "Wegovy", "Zepbound", "Linzess",
          "Dupixent", "Skyrizi", "Stelara", "Keytruda", "Opdivo", "Tradjenta", "Adderall", "Vyvanse", "Wellbutrin", "Zofran"]
DEVICES = ["Medtronic Micra", "Boston Scientific Emblem S-ICD", "Abbott Assurity", "Biotronik Edora", "Dexcom G7", "Libre 3",
           "Omnipod 5", "Tandem t:slim X2", "Cochlear Nucleus 8", "Advanced Bionics", "Nevro HF10", "Inspire", "LifeVest",
           "Impella CP", "HeartMate 3", "WATCHMAN FLX", "MitraClip", "Baxter Sigma pump", "CADD-Solis", "Kangaroo Joey"]
PLACES = ["Lyme disease", "Rocky Mountain spotted fever", "Q fever", "Norwalk virus", "Hantavirus", "Ross River fever",
          "Omsk hemorrhagic fever", "Crimean-Congo hemorrhagic fever", "Kyasanur Forest disease", "Jamestown Canyon virus",
          "Bolivian hemorrhagic fever", "Pontiac fever", "Legionnaires'", "Minamata disease", "Oroya fever"]
SCORES = ["Wells", "Caprini", "Padua", "HASBLED", "CHA2DS2-VASc", "TIMI", "GRACE", "Killip", "NYHA", "SOFA", "APACHE II",
          "Braden", "Morse fall", "Glasgow-Blatchford", "Rockall", "Mallampati", "ASA", "RCRI", "STOP-BANG", "Epworth"]

CLEAN_TEMPLATES = [
    "Positive <<{sign} sign>> yesterday, today nothing. Surgeon says <<{syndrome}>> is on the differential just to be thorough. "
    "BP {n1}/60, HR {n2}. I'd scan. You?",
    "anyone else seeing more <<{place}>> this year? our county health dept says it's up. <<{score}>> is useless here, ignore it",
    "Switched from <<{brand}>> to <<{brand2}>> because of the formulary, sugars went from the {n1}s to 300s. Pharmacy rep swears "
    "they're the same. They are not.",
    "<<{device}>> interrogation shows {n1}% pacing. Rep says normal. Is it? Patient feels fine, walks {n2} yards on the 6MWT",
    "Question for the EP folks: <<{device}>> vs <<{device2}>> in a dialysis patient with no upper-extremity veins. Our cath lab "
    "has both, the fellows love the first one.",
    "<<{syndrome}>> in a teenager, a real one. Took 3 visits and a <<{score}>> score that made no sense. Glucose {n1}, lipase {n2}.",
    "PSA: the <<{device}>> alarm sounds like a smoke detector. Families call 911. Tell them at discharge.",
    "<<{score}>> of 4, D-dimer {n1}0, CT negative. Discharged. Came back with <<{place}>>. Not the same thing, but humbling",
    "the <<{brand}>> copay card expired Jan 1 and nobody told anyone. Half my clinic stopped taking it. A1c back up to {n2} mmol/mol in one guy",
    "Is <<{sign} sign>> still taught? Students look at me like I invented it. Same with <<{syndrome}>>. Nobody has read <<{brand}>> PI either",
    "Weight {n2} kg, creatinine 1.4, troponin {n1}, started <<{brand}>> at {n3} mg and the <<{device}>> data looked fine by week 2.",
]
