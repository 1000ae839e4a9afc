"""Round 47's identifier-free templates (decision 302): traps that read like names or places (eponyms, brands, scores,
place-named diseases, holidays, numbers 90-119 that are doses, labs and vitals), each field drawn in written order."""

FIELDS = {
    "ob_drug": ["Pitocin", "Cytotec", "Methergine", "Hemabate"],
    "ob_eponym": ["McRoberts", "Leopold maneuvers", "Ritgen maneuver", "Zavanelli", "Couvelaire uterus", "Naegele's rule"],
    "psych_drug": ["Haldol", "Ativan", "Zyprexa", "Invega Sustenna", "Clozaril", "Cogentin", "Abilify Maintena", "Depakote"],
    "psych_score": ["PHQ-9", "CIWA", "COWS", "Columbia protocol", "BPRS", "Bush-Francis scale"],
    "oud_drug": ["Suboxone", "Sublocade", "Vivitrol", "Narcan", "Brixadi", "Lucemyra", "Zubsolv"],
    "bup": ["Suboxone", "Zubsolv", "Brixadi", "Sublocade", "buprenorphine film", "Subutex", "low-dose buprenorphine"],
    "sea": ["Vibrio vulnificus", "scombroid", "ciguatera", "decompression sickness", "Erysipelothrix", "seal finger"],
    "fire": ["Parkland formula", "Rule of Nines", "Lund-Browder chart", "cyanide kit", "Cyanokit", "Silvadene"],
    "holiday": ["Fourth of July", "Memorial Day weekend", "Mardi Gras", "Labor Day", "New Year's Eve", "Halloween"],
    "number": ["HR 112", "glucose 104", "Na 118", "temp 103.1", "sat 91%", "methadone 95 mg", "weight 109 kg", "BP 96/50"],
}

CLEAN_TEMPLATES = [
    "quick OB question: after <<{ob_drug}>> for a boggy uterus and <<{ob_eponym}>> on the last one, is anyone still "
    "doing <<quantitative blood loss>> by weighing pads? our nurses hate it",
    "psych consult pearls: <<{psych_drug}>> plus <<{psych_drug}>> in the same evening is not a plan, and a "
    "<<{psych_score}>> is a screen, not a diagnosis. rant over",
    "<<{bup}>> induction in the ED with <<{number}>> and a <<COWS>> of 12, started low and went. "
    "anyone seeing <<precipitated withdrawal>> with <<xylazine>> on board?",
    "summer fishing season means <<{sea}>> again. soaked hands, a cut from a hook, and then the arm turns purple. "
    "<<{number}>> on arrival. don't wait on it",
    "every burn fellow should tape the <<{fire}>> above the bed. the {holiday} fireworks cases are the worst, "
    "and <<{number}>> at triage is the first clue",
    "casino medic here. <<{number}>> after 11 hours at the tables on {holiday}, and he refused the <<troponin>>. "
    "what's the legal line on <<AMA>> when they are intoxicated",
    "hotshot season: <<exertional heat stroke>> and <<{number}>>, then <<rhabdomyolysis>> a day later. "
    "and somebody always asks if the <<{oud_drug}>> he is on changes the fluids. it does not",
    "<<{ob_eponym}>> in a teaching file today, and someone asked if it was a person. it was. "
    "also <<{psych_drug}>> is not a last name, no matter what the intern thinks",
]
