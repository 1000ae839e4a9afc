"""Round 36's identifier-free templates: traps (eponyms, brands, place-like clinical words, holidays, scores, doses and
labs) with nothing personal; each is filled only with numbers and terms that identify no one."""

CLEAN = [
    "trooper asked if {lab} is legal to drive on. told him we don't do fitness to drive on a {holiday} night",
    "{eponym} again this week, third one since {holiday}. anyone else seeing more of it?",
    "gym bros on {brand} and creatine, CK {ck}, sent home with fluids. classic",
    "ED pearl: {score} before you image. dose of {brand} was {dose} mg, fine",
    "hotel-acquired {placeword} outbreak talk at grand rounds, the {eponym} slide was the best part",
    "zoo keepers should get rabies titers every 2 years, ours run {ck} days behind on that, sigh",
    "oil rig medics carry {brand} and a {score} card, dose {dose} mg, nothing fancy",
    "tattoo aftercare question: {eponym} vs plain contact dermatitis? pt is on {brand}",
    "post-{holiday} surge: {placeword} and a {score} of {small} on a tourist. sodium {na}",
    "{brand} shortage hit us during {holiday}. switched to {dose} mg of the generic",
]

EPONYMS = ["Kanavel signs", "Tinel sign", "Monteggia fracture", "Galeazzi fracture", "Jones fracture", "Bennett fracture",
           "Chance fracture", "Hill-Sachs lesion", "Bankart lesion", "Bell palsy", "Cushing reflex", "Beck triad",
           "Kehr sign", "Grey Turner sign", "Cullen sign", "Hoffa fracture", "Segond fracture", "Barton fracture"]
BRANDS = ["Ozempic", "Wegovy", "Mounjaro", "Toradol", "Ativan", "Haldol", "Versed", "Dilaudid", "Zofran", "Benadryl",
          "Adderall", "Vyvanse", "Rocephin", "Augmentin", "Bactrim", "Lasix", "Coumadin", "Brilinta", "Plavix"]
PLACEWORDS = ["Legionella", "Norwalk virus", "Coxsackie", "Ebola", "Marburg", "West Nile", "Hantaan", "Jamestown Canyon virus",
              "Rocky Mountain spotted fever", "Japanese encephalitis", "Malta fever", "Hong Kong flu", "Munchausen"]
HOLIDAYS = ["Thanksgiving", "Labor Day", "Memorial Day", "Mardi Gras", "Easter", "Christmas Eve", "Super Bowl Sunday",
            "spring break", "Fourth of July", "Lunar New Year", "Eid", "Passover", "New Year's Eve", "Black Friday"]
SCORES = ["Canadian C-spine rule", "NEXUS", "HEART score", "Wells score", "PERC", "San Francisco syncope rule",
          "qSOFA", "CURB-65", "Ranson criteria", "Alvarado score", "Centor score", "Glasgow-Blatchford"]
LABS = ["a BAC of 0.{n}", "a glucose of {big}", "a lactate of 4.{n}"]
