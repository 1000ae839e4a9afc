"""Round 38's identifier-free templates (decision 231): traps a scrubber may take for identifiers (eponyms, brands that
look like names, place-named diseases, holidays and seasons, scores, and numbers 90-119 that are doses or labs).
Each is drawn twice; the slots are filled from the lists below, none of which names a person or a place of one."""

CLEAN_TEMPLATES = [
    "{sign} sign positive, {brand} started, BP {bp}/70. anyone else seeing more of this around {holiday}?",
    "{score} was {pts}, still got a CT because the family insisted. {brand} held. welcome to {holiday} in the ED",
    "q for the hospitalists: {disease} on the differential in a {season} camper? titers pending, plt {plt}, Na {na}",
    "hr {hr}, temp 39.{small}, sat {sat}% on RA. {sign} sign equivocal. {brand} held for {small} h. sigh",
    "{sign} sign and {syndrome} both on boards this year. {brand} vs {brand2} for the {season} patient with CKD, eGFR {small}5?",
    "glucose {glu}, k {k}, {brand} held, weight {wt} kg. {holiday} weekend = every dialysis pt eating ham. {score} {pts}",
    "{season} season means {disease} and falls off ladders. {brand} for all. weight {wt} kg, BMI {bmi}",
    "tele tech called: HR {hr}, {syndrome} came up on rounds again. {brand2} loaded. {score} {pts}. no family at bedside",
    "{holiday}: {small} drunk falls, {small} chest pains, one {disease} and a {syndrome} case nobody believed",
    "reminder {brand} is not {brand2}, sound alike. {dose} mg of the wrong one at 0{small}00 = rrt. {score} after: {pts}",
]

# eponyms that name a bedside sign, and eponyms that name a disease or syndrome
SIGNS = ["Homans", "Murphy", "Rovsing", "Kernig", "Brudzinski", "Chvostek", "Trendelenburg", "Finkelstein", "Froment",
         "Durkan", "Nikolsky", "Auspitz", "Koebner", "Quincke", "de Musset", "Cullen", "Grey Turner", "Kehr", "Battle",
         "Hoffmann", "Babinski", "Romberg", "Tinel", "Phalen", "Kanavel", "Hutchinson", "Levine", "Psoas", "Obturator"]
SYNDROMES = ["Takotsubo", "Wolff-Parkinson-White", "Ebstein anomaly", "Hashimoto", "Graves disease", "Sheehan syndrome",
             "Conn syndrome", "Bartter syndrome", "Gitelman", "Fanconi syndrome", "Wilson disease", "Hodgkin", "Burkitt",
             "Cheyne-Stokes breathing", "Boerhaave", "Budd-Chiari", "Waterhouse-Friderichsen", "Ogilvie", "Fournier gangrene"]
BRANDS = ["Lovenox", "Zosyn", "Vanco", "Ativan", "Haldol", "Zyprexa", "Precedex", "Levophed", "Cardizem", "Lopressor",
          "Norco", "Percocet", "Dilaudid", "Toradol", "Zofran", "Reglan", "Protonix", "Pepcid", "Lantus", "Humalog",
          "Trulicity", "Mounjaro", "Wegovy", "Entresto", "Brilinta", "Plavix", "Coumadin", "Pradaxa", "Savaysa",
          "Lyrica", "Neurontin", "Depakote", "Lamictal", "Abilify", "Latuda", "Vraylar", "Tylenol", "Motrin", "Aleve",
          "Benadryl", "Claritin", "Zyrtec", "Flonase", "Symbicort", "Breo", "Trelegy", "Spiriva", "Xolair",
          "Augmentin", "Cipro", "Levaquin", "Macrobid", "Diflucan", "Valtrex", "Tamiflu", "Xofluza", "Victoza"]
DISEASES = ["Lyme", "Rocky Mountain spotted fever", "Colorado tick fever", "Valley fever", "hantavirus",
            "Ebola", "Japanese encephalitis", "Eastern equine encephalitis", "St. Louis encephalitis", "La Crosse",
            "Mediterranean spotted fever", "Q fever", "tularemia", "plague", "Jamestown Canyon virus", "Heartland virus",
            "Bourbon virus", "Norwalk", "Coxsackie", "Hendra", "Legionnaires", "Pontiac fever"]
HOLIDAYS = ["Thanksgiving", "New Year's Eve", "Christmas Eve", "Fourth of July", "Labor Day", "Presidents Day",
            "MLK Day", "Juneteenth", "Father's Day", "Mother's Day", "Black Friday", "spring break", "Passover",
            "Eid", "Lunar New Year", "Hanukkah", "Kwanzaa", "St. Patrick's Day", "Groundhog Day", "Election Day"]
SEASONS = ["summer", "winter", "monsoon", "tornado", "hurricane", "flu", "allergy", "wildfire", "powwow", "rodeo", "hunting"]
SCORES = ["HEART", "TIMI", "GRACE", "qSOFA", "SOFA", "CURB-65", "PSI", "NEXUS", "San Francisco syncope rule", "Centor",
          "Alvarado", "PESI", "sPESI", "Geneva", "Caprini", "Padua", "CIWA", "COWS", "RASS", "CAM-ICU", "GCS", "mRS",
          "Ranson", "BISAP", "Blatchford", "Hunt and Hess", "Fisher", "Spetzler-Martin", "Mayo", "Bishop"]
