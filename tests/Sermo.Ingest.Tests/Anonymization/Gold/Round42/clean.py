"""Round 42's identifier-free templates (decision 261): traps that read like names, places or identifiers but are
clinical words. Each trap is marked as a clinical term, so retention measures them; each template is drawn twice."""

SIGN_EPONYMS = ["Murphy sign", "Kernig sign", "Babinski sign", "Trendelenburg sign", "Hoover sign", "Lasegue sign",
                "Grey Turner sign", "Courvoisier sign", "Battle sign", "Chaddock sign", "Gower sign", "Finkelstein test"]
SYNDROME_EPONYMS = ["Marfan syndrome", "Lemierre syndrome", "Hunter syndrome", "Wallenberg syndrome", "Reye syndrome",
                    "Tietze syndrome", "Crigler-Najjar", "Conn syndrome", "Parsonage-Turner syndrome", "Dressler syndrome",
                    "Baker cyst", "Hurler syndrome", "Pierre Robin sequence", "Rett syndrome"]
BRANDS = ["Jardiance", "Farxiga", "Eliquis", "Tresiba", "Victoza", "Mounjaro", "Rexulti", "Vraylar", "Belsomra",
          "Austedo", "Otezla", "Skyrizi", "Nurtec", "Ubrelvy", "Veozah", "Leqembi", "Kerendia", "Camzyos", "Winrevair"]
TRIAL_ACRONYMS = ["SPRINT", "ACCORD", "DAPA-HF", "EMPEROR-Preserved", "SELECT", "SURMOUNT", "ISCHEMIA", "COURAGE",
                  "RECOVERY", "PARADIGM-HF", "HOPE", "ASPREE", "VITAL", "CLEAR Outcomes", "FOURIER", "STEP-HFpEF"]
DEVICE_BRANDS = ["Zio patch", "Kardia", "Apple Watch", "Dexcom G7", "Eversense", "LINQ II", "CardioMEMS", "Lucas device",
                 "AutoPulse", "i-STAT", "Butterfly iQ", "GlideScope", "Bair Hugger", "Hemovac"]
PLACE_DISEASES = ["Lyme disease", "Rocky Mountain spotted fever", "West Nile", "Valley fever", "Ebola", "Zika",
                  "Hendra", "Nipah", "Powassan", "Bourbon virus", "Heartland virus", "Marburg", "Japanese encephalitis"]
SCORES = ["HAS-BLED", "PERC", "San Francisco syncope rule", "Canadian CT head rule", "Ottawa knee rules", "Glasgow-Blatchford",
          "qSOFA", "NEWS2", "Duke criteria", "Light's criteria", "Ranson criteria", "Padua score", "CIWA-Ar", "COWS"]
RANK_PHRASES = ["a first sergeant", "the battalion surgeon", "an E-4", "a Navy corpsman", "our platoon medic",
                "a lance corporal", "the company commander", "a chief petty officer"]
CLINICAL_CODES = ["HLA-B*58:01", "CYP2C19*2", "JAK2 V617F", "BRAF V600E", "t(9;22)", "EGFR exon 19", "KRAS G12C",
                  "FLT3-ITD", "del(17p)", "HbA1c 11.2", "IgG4", "C282Y"]
VITALS_90_119 = ["HR 112", "BP 98/54", "sats 91%", "temp 100.9", "pulse 104", "SBP 96", "RR 18 and HR 96", "weight 109 kg"]
LABS_90_119 = ["glucose 104", "Na 117", "creatinine clearance 95", "LDL 116", "MCV 109", "chloride 112", "ferritin 98",
               "platelets 96", "TSH 0.09", "metoprolol succinate 100 mg", "furosemide 100 mg IV"]

CLEAN_TEMPLATES = [
    "Quick one: <<{sign}>> was positive and the surgeon still wanted a CT first. <<{score}>> was low. Am I wrong to "
    "just admit? pt is stable, <<{vital}>>.",
    "Anyone using <<{brand}>> with <<{brand2}>>? Insurance approved one and not the other. "
    "Pt is otherwise stable, <<{vital}>>. Tired of prior auths.",
    "Reading about <<{trial}>> again for journal club. Does it change what you do for a 70 year old with <<{code}>>? "
    "my fellow says yes, I say the population was different.",
    "<<{place_disease}>> in a camper who came back from a hiking trip, classic rash. Who else is seeing more of this "
    "now? Our ID doc says it's the warm winters.",
    "Pt's <<{device}>> alerted for a pause overnight. <<{rank}>> at the base clinic sent the strip. "
    "No <<syncope>>, just tired. Pacemaker eval or watch?",
    "peds q: kid with <<{syndrome}>> and now <<{sign}>>. dad asks if it's related. I genuinely don't know. "
    "<<{lab}>> this morning.",
    "Is <<{score}>> still worth calculating if you're getting the scan anyway? Genuine question, not trolling. "
    "attendings in my program are split.",
    "Had to explain to a family that <<{syndrome}>> isn't named after the doctor who diagnosed it here. "
    "They thought I'd named it myself lol",
    "<<{brand}>> samples are gone again, rep said next month. <<{code}>> came back positive so maybe "
    "it's moot. Anybody have a patient assistance trick?",
    "Deployment physical: <<{rank}>> with <<{vital}>> at rest and a family history of <<{syndrome}>>. "
    "Cleared or echo first? We do this a hundred times a month.",
    "<<{device}>> vs <<{device2}>> for a 3 day monitor, which do your cardiologists prefer? Ours want "
    "one and the hospital only stocks the other.",
    "Test question I got wrong: <<{place_disease}>> vs <<{place_disease2}>>, both with fever and a rash, "
    "which one had the tick bite. I picked wrong.",
]

DRAWS = {"sign": SIGN_EPONYMS, "syndrome": SYNDROME_EPONYMS, "brand": BRANDS, "trial": TRIAL_ACRONYMS,
         "device": DEVICE_BRANDS, "place_disease": PLACE_DISEASES, "score": SCORES, "rank": RANK_PHRASES,
         "code": CLINICAL_CODES, "vital": VITALS_90_119, "lab": LABS_90_119}


def fill_clean(template, rng):
    """Fill an identifier-free template; a field with a trailing digit draws a different item of the same list."""
    import string
    values = {}
    for _, field, _, _ in string.Formatter().parse(template):
        if field and field not in values:
            pool = DRAWS[field.rstrip("0123456789")]
            taken = {v for v in values.values()}
            values[field] = rng.choice([v for v in pool if v not in taken])
    return template.format(**values)
