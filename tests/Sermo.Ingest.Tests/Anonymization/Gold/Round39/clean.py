"""Round 39's identifier-free templates (traps): sign eponyms and syndrome eponyms from separate lists, saints in
disease names, religious holidays and fasts, brands that read as names, place-named diseases, scores, and numbers
90-119 that are doses, labs or vitals. Nothing here is an identifier."""

SIGNS = ["Murphy sign", "Kernig sign", "Chvostek sign", "Trousseau sign", "Babinski sign", "Romberg sign",
         "Hoffmann sign", "Rovsing sign", "Kanavel signs", "Nikolsky sign", "Battle sign", "Cullen sign", "Lhermitte sign"]
SYNDROMES = ["Cushing syndrome", "Sjogren syndrome", "Marfan syndrome", "Ehlers-Danlos syndrome", "Wernicke encephalopathy",
             "Guillain-Barre syndrome", "Kawasaki disease", "Addison disease", "Crohn disease", "Paget disease",
             "Meniere disease", "Raynaud phenomenon", "Horner syndrome", "Budd-Chiari syndrome"]
SAINTS = ["St. Vitus dance", "St. Anthony's fire", "St. John's wort", "St. Louis encephalitis", "St. Jude's blood drive"]
HOLIDAYS = ["Lent", "Ash Wednesday", "Yom Kippur", "Ramadan", "Diwali", "Passover", "Good Friday", "Rosh Hashanah",
            "Eid al-Adha", "Vaisakhi", "Christmas Eve", "Easter Vigil", "Tisha B'Av", "Orthodox Easter"]
BRANDS = ["Jardiance", "Eliquis", "Keflex", "Ativan", "Xanax", "Brilinta", "Farxiga", "Wegovy", "Humira", "Lyrica",
          "Otezla", "Rinvoq", "Paxlovid", "Cipro", "Benadryl", "Tylenol"]
PLACE_DISEASES = ["Lyme disease", "Ebola", "Marburg virus", "Coxsackie", "Zika", "Chagas disease", "Powassan virus",
                  "Lassa fever", "Hendra", "Rift Valley fever", "Japanese encephalitis", "Mediterranean spotted fever"]
SCORES = ["Wells score", "HAS-BLED", "CHA2DS2-VASc", "qSOFA", "PESI", "MELD", "Child-Pugh", "NIHSS", "Centor score",
          "PERC", "Canadian CT head rule", "San Francisco syncope rule", "Ottawa SAH rule", "Duke criteria", "Jones criteria"]

CLEAN = [
    "{sign} positive, and honestly {syndrome} was on nobody's list until the fundi. anyone else order a {score} before imaging?",
    "fasting during {holiday} again: glucose {n} fasting, dropped {brand} for the month. {syndrome} makes it worse. thoughts?",
    "grand rounds on {saint} today. then a case of {disease} with a {score} that made no sense. HR {n}, temp 38.9",
    "{brand} {n} mg q day and {brand2} prn. {syndrome} differential. {sign} was equivocal",
    "post-{holiday} surge again: three {disease} workups, a {score} of 4, and sodium {n2} on the last one",
    "is {sign} still taught? residents did a {score} and forgot the exam. {disease} in the returning traveller, sats {n}%",
    "{saint} came up in the pharmacology lecture (interactions with {brand}). {syndrome} slide after it. BP {n}/60",
    "congregation health fair over {holiday}: {n} flu shots, two {disease} questions, one woman on {brand}",
    "{syndrome} vs {disease}? {sign} negative, {score} low, platelets {n}",
    "peds: {saint} in the differential for chorea; we landed on {syndrome}. weight {n} lb, dose by weight",
]


def fill(rng, template):
    return template.format(sign=rng.choice(SIGNS), syndrome=f"<<{rng.choice(SYNDROMES)}>>", saint=f"<<{rng.choice(SAINTS)}>>",
                           holiday=rng.choice(HOLIDAYS), brand=rng.choice(BRANDS), brand2=rng.choice(BRANDS),
                           disease=f"<<{rng.choice(PLACE_DISEASES)}>>", score=rng.choice(SCORES),
                           n=rng.randrange(90, 120), n2=rng.randrange(110, 120))
