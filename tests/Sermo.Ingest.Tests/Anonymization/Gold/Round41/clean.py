"""Round 41's identifier-free templates: traps (eponyms, brands, place-named diseases, scores, airlines and ship
classes as brands, numbers 90-119 as doses, labs and vitals), each term marked as a clinical term."""

SIGNS = ["Murphy sign", "Trousseau sign", "Levine sign", "Kehr sign", "Westermark sign", "Hamman sign", "Auspitz sign",
         "Darier sign", "Lhermitte sign", "Froment sign", "Simmonds test", "Thompson test", "Adson test", "Allen test"]
SYNDROMES = ["Wallenberg syndrome", "Dressler syndrome", "Sheehan syndrome", "Budd-Chiari syndrome", "Lemierre syndrome",
             "Ramsay Hunt syndrome", "Munchausen syndrome", "Tietze syndrome", "Waterhouse-Friderichsen syndrome",
             "Kasabach-Merritt phenomenon", "Plummer-Vinson syndrome", "Gerstmann syndrome"]
BRANDS = ["Eliquis", "Xarelto", "Ozempic", "Jardiance", "Entresto", "Trikafta", "Paxlovid", "Narcan", "Humira",
          "Vyvanse", "Lexapro", "Zofran", "Keppra", "Plavix", "Tylenol", "Benadryl"]
PLACES = ["Lyme disease", "Rocky Mountain spotted fever", "Marburg virus", "Japanese encephalitis", "Chikungunya",
          "Dengue", "Ebola", "Lassa fever", "West Nile virus", "Valley fever", "Oropouche", "Kyasanur Forest disease"]
SCORES = ["CURB-65", "HEART score", "Wells score", "PESI", "qSOFA", "MELD", "Glasgow Coma Scale", "NIHSS", "CHA2DS2-VASc",
          "Centor score", "Aldrete score", "Ranson criteria", "Alvarado score"]

CLEAN = [
    "Quick one: {n} mg of <<{brand}>> twice a day for someone with a creatinine of 1.9, too much? The pharmacist flagged it and I can't find the renal table.",
    "Saw a positive <<{sign}>> on a resident's exam today and she called it textbook. Has anyone seen a false positive in a pregnant patient?",
    "Teaching case for students: sodium {n}, glucose 600, on <<{brand}>>. What's the corrected sodium and what's your first move?",
    "Had a returning traveller with fever and <<{place}>> on the differential. Sat {n}% on room air, HR 118. What labs do you send before ID calls back?",
    "The <<{score}>> was 2 but my gut said admit. Do you ever overrule the score, and how do you chart it?",
    "Cruise ship doctors: is <<norovirus>> really as bad on a Panamax-class ship as people say, or is it just the news? Asking before my locum at sea.",
    "On a Delta flight last week a passenger had <<{syndrome}>> in his history and I had no idea what that meant at 35,000 feet. Anyone else get the 'is there a doctor' call and feel useless?",
    "Weight {n} kg, dosing <<{brand}>> for a teen with <<{syndrome}>>. Is there any data on adolescents or are we all guessing?",
    "The <<{sign}>> vs the <<{score}>>: which one actually changes your management in the ED? Honest answers.",
    "Heart rate {n}, BP 96/60, temp 101.2 after a trip home. The <<{place}>> serology takes a week here. Treat empirically?",
]
