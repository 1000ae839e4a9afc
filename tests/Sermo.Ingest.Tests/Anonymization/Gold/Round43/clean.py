"""Round 43's identifier-free templates: traps that read like names, places or ids but are clinical (eponyms, brands,
place-named diseases, scores, NDC- and lot-shaped clinical numbers, doses and labs of 90-119). Each drawn twice."""

SIGNS = ["Murphy sign", "Kernig sign", "Babinski sign", "Homans sign", "Chvostek sign", "Trousseau sign", "Tinel sign",
         "Phalen test", "Lachman test", "Hawkins test", "Romberg test", "Rovsing sign", "Nikolsky sign", "Brudzinski sign"]
SYNDROMES = ["Wernicke encephalopathy", "Stevens-Johnson syndrome", "Guillain-Barre syndrome", "Cushing syndrome",
             "Addison disease", "Sjogren syndrome", "Meniere disease", "Dupuytren contracture", "Peyronie disease",
             "Ogilvie syndrome", "Zenker diverticulum", "Baker cyst", "Charcot foot", "Felty syndrome", "Sweet syndrome"]
BRANDS = ["Eliquis", "Xarelto", "Jardiance", "Ozempic", "Wegovy", "Trelegy", "Breo", "Lokelma", "Veltassa", "Renvela",
          "Sensipar", "Auryxia", "Namenda", "Aricept", "Seroquel", "Haldol", "Depakote", "Keppra", "Flomax", "Ensure"]
PLACES = ["Lyme disease", "Rocky Mountain spotted fever", "Valley fever", "West Nile", "Japanese encephalitis",
          "Chagas disease", "Marburg", "Lassa fever", "Norwalk virus", "Coxsackie"]
NUMBERS = ["BUN 96", "glucose 112", "Na 118", "HR 104", "MAP 91", "sat 93", "Cr 9.8 and BUN 101", "weight 97 kg",
           "CO2 of 9 with a gap of 29", "temp 102.1", "ferritin 110", "platelets 99", "Hgb 9.5"]
NDCS = ["NDC 0409-4888-10", "NDC 0781-3206-95", "NDC 0093-7146-56", "NDC 0169-4132-12", "NDC 50090-1187-0"]
GENETIC = ["G6PD A-", "HbSC", "HbSS", "HbE", "alpha-thal -3.7", "HLA-B*58:01"]
BINDERS = ["Lokelma", "Veltassa", "Kayexalate"]

CLEAN = [
    "LTC pearl: <<{sign}>> is useless in {a_score} {score_num}yo on <<{brand}>>. Treat the pt not the test.",
    "Dialysis unit q: <<{binder}>> vs <<{binder2}>> for <<hyperkalemia>> in a pt with <<{syndrome}>>? {number}.",
    "School physicals season. How many of you still check <<{sign}>> and <<scoliosis>>? Half my 8th graders fail the vision screen.",
    "Refugee screening reminder: <<{place}>> serology, <<strongyloides>>, and {genetic} testing depending on origin. {number} is not normal for a kid.",
    "Flight crew asked whether <<{syndrome}>> is a contraindication to flying at altitude. Sat was 88 on the ground and 94 on 2L. {number}.",
    "Pharmacy called: {ndc} is backordered, switched to <<{brand}>>. {number} on the labs. Anyone else seeing this?",
    "DV screening question: do you document <<{sign}>> findings as <<non-accidental trauma>> or leave it to the SANE? Skeletal survey was normal.",
    "Memory care unit asked me to stop <<{brand}>>. MoCA of 9, <<{syndrome}>> on top. Family wants everything.",
    "Anyone seen <<{place}>> in a nursing home resident? {number}. Infectious disease laughed at me.",
    "Compounded <<{brand}>> is not the same as the brand. {ndc} on the label means nothing to me. {number} after the switch.",
    "EMS brought in {a_syndrome} <<{syndrome}>> pt, {number}, <<{sign}>> positive. Medic said GCS was 15 at scene.",
    "TikTok told my patient <<{place}>> comes from mosquitoes in the garden. {number}. I give up.",
]
