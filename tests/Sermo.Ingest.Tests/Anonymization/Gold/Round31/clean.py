"""Round 31's identifier-free templates (traps): eponyms, brands that look like names, place-like clinical words,
holidays and seasons, scores, doses and labs (decision 193). Slots are filled from the trap lists below, never with an
identifier."""

EPONYMS = ["Addison", "Kawasaki", "Chagas", "Ménière", "Peyronie", "Osgood-Schlatter", "Hirschsprung", "Buerger"]
SYNDROMES = ["Brown-Séquard", "Tietze", "Marfan", "Sheehan", "Sjögren", "Budd-Chiari", "Wolff-Parkinson-White"]
BRANDS = ["Eliquis", "Jardiance", "Ozempic", "Keppra", "Xarelto", "Trulicity", "Entresto", "Farxiga", "Brilinta", "Seroquel"]
SCORES = ["CHA2DS2-VASc", "HEART score", "PHQ-9", "MELD", "Ranson", "CURB-65", "Glasgow-Blatchford", "NIHSS", "Centor", "Bishop score"]
HOLIDAYS = ["Thanksgiving", "Fourth of July", "Christmas Eve", "Labor Day", "Easter", "Halloween", "New Year's", "Memorial Day", "Ramadan", "Diwali"]
DOSES = ["2.5 mg", "10 mg", "0.5 mg", "40 mg", "125 mcg", "1 g", "500 mg", "25 mg", "90 mg", "50 mg"]
LABS = ["92", "96", "99", "101", "104", "110", "118"]
SODIUMS = ["114", "117", "119", "121", "124"]
TEMPS = ["101.4", "102.9", "100.8", "103.1", "104.2"]

CLEAN = [
    "every {holiday} same thing: <<alcohol withdrawal>> on day 2 of the family visit. librium {dose} q6h and a prayer",
    "{eponym_d} is one of those names i have to look up every time. today it was <<{eponym_d} disease>> in a teenager. took 3 visits to think of it",
    "{brand} copay was $600 so pt stopped it and came back with <<heart failure exacerbation>>. we are the problem",
    "{score} came out 4 and the cardiologist still wanted admission for <<unstable angina>>. what do your places do",
    "glucose {lab} fasting, A1c 6.8, <<prediabetes>> no more. started metformin {dose} and walking after supper",
    "PSA: <<Rocky Mountain spotted fever>> doesnt care that youre in the city. doxy for kids too, {dose} per kg dosing is fine",
    "sodium {sodium} on the bmp and the pt was chatting. <<chronic hyponatremia>> is a different animal from acute",
    "<<West Nile virus>> season again. two encephalitis cases this week, both older, both gardeners",
    "does anyone still use {brand} for <<bipolar depression>>? rep came by with pizza and i felt dirty",
    "{holiday} weekend and the ED is full of <<hand lacerations>> from bagel slicing and fireworks. suture kits running out",
    "teaching pearl: {score} is a screening tool, not a diagnosis. <<major depressive disorder>> needs a conversation",
    "hr {lab}, afebrile, <<sinus tachycardia>> from albuterol overuse. told him spacer, spacer, spacer",
    "my attending in residency called <<{eponym_s} syndrome>> the great humbler. he was right",
    "summer camp physicals all week. three kids with <<athlete's foot>> and one with a pet snake in the bag",
    "winter = <<carbon monoxide poisoning>> from generators in garages. please counsel. pulse ox lies",
    "temp {temp}F and the parents want tamiflu for <<influenza>> on day 5. i explained the window. they left mad",
    "{brand} {dose} daily and still <<atrial fibrillation>> breaking through, rate ok. ablation talk next month",
    "anyone else think {score} is overused? had a <<subarachnoid hemorrhage>> with a low score last spring",
    "<<Lyme disease>> with bell palsy in a kid who swore no tick. there is always a tick",
    "spring break brings <<sexually transmitted infections>> to the student health clinic like clockwork",
    "BP {lab}/60 sitting, 80s standing. <<orthostatic hypotension>> from tamsulosin plus {brand}. stopped one",
    "pt asked if <<Mediterranean fever>> means she has to move to Greece. no ma'am. colchicine {dose}",
    "my mentor said never trust a {score} you didnt calculate yourself. found a <<gastrointestinal bleed>> that way",
    "weight {lab} kg down from 130 on {brand}. <<obstructive sleep apnea>> gone. not a paid ad",
    "after {holiday} the clinic fills with <<gout flares>>. ham, beer, diuretics. every year",
]
