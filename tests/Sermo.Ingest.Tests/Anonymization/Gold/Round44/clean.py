"""Round 44's identifier-free templates: traps that read as names, places, dates or ids but are not (decision 275).

Clinical terms are marked; eponyms, brands, place-named diseases, scores, NDC- and lot-shaped strings, ranks and
positions without a person, and numbers 90-119 that are doses, labs and vitals.
"""

EPONYM_SIGNS = "Murphy sign|Kernig sign|Battle sign|Homans sign|Tinel sign|Hoffmann sign|Lhermitte sign|Kehr sign|Froment sign|Hamman crunch".split("|")
SYNDROMES = "Hunter syndrome|GRACE score|Frank sign|Marfan syndrome|Ehlers-Danlos|Guillain-Barre|Stevens-Johnson|Tolosa-Hunt|Osgood-Schlatter|Sever disease|Kienbock disease".split("|")
BRANDS = "Jardiance|Farxiga|Eliquis|Xarelto|Trikafta|Ozempic|Rinvoq|Skyrizi|Dupixent|Entresto|Keytruda|Wegovy|Austedo|Ingrezza|Nuplazid".split("|")
PLACE_DISEASES = "Lyme disease|Ross River virus|Murray Valley encephalitis|Q fever|Hendra virus|Kyasanur Forest disease|Japanese encephalitis|Rift Valley fever|Ebola|Crimean-Congo hemorrhagic fever".split("|")
SCORES = "Canadian CT head rule|Ottawa ankle rules|NEXUS|HEART score|Wells score|Glasgow-Blatchford|Rockall|Injury Severity Score|GCS|Revised Trauma Score|ABC score".split("|")
DRUGS = "haloperidol|olanzapine|ketamine|clozapine|lithium|valproate|TXA|ceftriaxone|doxycycline|fomepizole".split("|")
NUMBERS = "Hgb 9.8|K 5.9|HR 112|SBP 94|sats 91%|temp 39.6|Na 119|glucose 101|lactate 9.1|ferritin 110".split("|")
ROLES = "the team physician|the fullback|the scrum-half|the goalkeeper|a registrar|the consultant on call|a staff sergeant|the head ranger|the house manager|the crew boss|the exalted ruler|a second-year|the charge nurse|the trooper on scene".split("|")

CLEAN_TEMPLATES = [
    "tip: <<{sign}>> in the elderly is unreliable. Ask about it anyway, but get the <<ultrasound>>.",
    "does anyone actually use <<{score}>> in a real shift or is it just for board questions",
    "pt on <<{brand}>> and <<{brand2}>> now with <<{number}>>. pharmacy says no interaction. I doubt it",
    "Travel hx matters: <<{disease}>> showed up in our ED last year, returning traveller. Nobody thought of it for two days.",
    "Q for {roles} out there: how long do you hold <<{drug}>> after a <<QTc>> over 500?",
    "{role} wanted <<{drug}>> for agitation. I went with <<{drug2}>>. {number} on the next set of labs. Who was right",
    "<<{syndrome}>> board question vs real life. In 20 years I have seen it once. Anyone else?",
    "NDC {ndc} recall, lot {lot}, check your <<{brand}>> stock. Not patient-specific, just fyi.",
    "rural ED: {role} says no <<CT>> for <<{score}>>-negative kids. agree? {number} was the only abnormal",
    "The {month} rush is real: <<{disease}>> season, <<heat stroke>>, and 90 mg <<ketorolac>> orders that should be 15.",
]
