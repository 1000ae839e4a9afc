"""Round 23's pools (decision 157): names, places and clinical words typed from the author's own knowledge."""

# Given names and surnames of cultures earlier rounds used less, one (given, surname) list pair a culture.
CULTURES = {
    "pashto": (["Zarmina", "Wahid", "Palwasha", "Naqib", "Spogmai", "Ajmal"], ["Achakzai", "Popalzai", "Yousafzai", "Durrani", "Mangal", "Zadran"]),
    "dari": (["Mursal", "Haroon", "Freshta", "Jawed", "Parwin", "Tamim"], ["Sadat", "Rahimi", "Karimi", "Noori", "Habibi", "Azizi"]),
    "kurdish": (["Shirin", "Aram", "Zhila", "Hemin", "Rojin", "Kawa"], ["Talabani", "Hawrami", "Sindi", "Mukri", "Baban", "Zebari"]),
    "mongolian": (["Oyunchimeg", "Temuulen", "Sarangerel", "Munkh", "Altantsetseg", "Bold"], ["Bat-Erdene", "Enkhbold", "Tserendorj", "Ochir", "Dashdorj", "Purev"]),
    "tibetan": (["Pema", "Dorje", "Yangchen", "Lobsang", "Dawa", "Sonam"], ["Tsering", "Wangmo", "Gyatso", "Namgyal", "Lhamo", "Norbu"]),
    "tagalog": (["Maricel", "Rodel", "Jocelyn", "Arnel", "Rowena", "Jomar"], ["Macaraeg", "Dimaculangan", "Bautista", "Lacson", "Manalo", "Pangilinan"]),
    "chamorro": (["Josefina", "Vicente", "Rosalia", "Jesus", "Ana", "Ignacio"], ["Cruz", "Quitugua", "Camacho", "San Nicolas", "Mendiola", "Aguon"]),
    "marshallese": (["Lijon", "Jebro", "Neijon", "Kanki", "Bwilla", "Jimeto"], ["Kabua", "Lanki", "Jibas", "Zackhras", "Langidrik", "Bejang"]),
    "fijian": (["Mereoni", "Jone", "Litia", "Epeli", "Salote", "Waisale"], ["Ratu", "Naivalu", "Qarase", "Bulavou", "Tuikabe", "Vakacegu"]),
    "igbo": (["Adaeze", "Obinna", "Chiamaka", "Ikenna", "Nneka", "Uchenna"], ["Eze", "Obi", "Nwachukwu", "Okeke", "Anyanwu", "Ezeh"]),
    "somali": (["Ayaan", "Abdirahman", "Faadumo", "Mahad", "Sahra", "Liban"], ["Jama", "Farah", "Hersi", "Samatar", "Guled", "Aden"]),
    "oromo": (["Chaltu", "Gemechu", "Hawi", "Lencho", "Obse", "Tolosa"], ["Dinsa", "Gudina", "Abdissa", "Tufa", "Waqo", "Bekele"]),
    "basque": (["Ainhoa", "Iker", "Maite", "Unai", "Nerea", "Gorka"], ["Arrieta", "Zubizarreta", "Urrutia", "Aranburu", "Larrañaga", "Olano"]),
    "welsh": (["Cerys", "Gethin", "Nia", "Dafydd", "Ffion", "Emrys"], ["Pritchard", "Llywelyn", "Bowen", "Powell", "Vaughan", "Gruffudd"]),
    "icelandic": (["Sigrún", "Hrafn", "Ásdís", "Kjartan", "Þóra", "Baldur"], ["Jónsdóttir", "Gunnarsson", "Sveinsson", "Karlsdóttir", "Þórsson", "Egilsdóttir"]),
    "croatian": (["Marija", "Ante", "Jelena", "Luka", "Petra", "Dario"], ["Horvat", "Kovačević", "Babić", "Marić", "Tomić", "Knežević"]),
    "ukrainian": (["Halyna", "Taras", "Solomiia", "Yaroslav", "Iryna", "Bohdan"], ["Bondarenko", "Tkachenko", "Kravets", "Lysenko", "Hnatiuk", "Savchuk"]),
    "navajo": (["Naomi", "Delbert", "Roxanne", "Leonard", "Charlene", "Wilson"], ["Benally", "Etsitty", "Tohee", "Yellowhair", "Manygoats", "Bitsui"]),
    "yupik": (["Nukalaq", "Apayuq", "Cingarkaq", "Atertayagaq", "Nanugaq", "Qaluk"], ["Andrew", "Kasayulie", "Nicolai", "Chikoyak", "Fairbanks", "Tunutmoak"]),
    "wolof": (["Fatou", "Moussa", "Awa", "Cheikh", "Khady", "Ousmane"], ["Diop", "Fall", "Sarr", "Gueye", "Mbaye", "Seck"]),
}

# Given names and surnames that are ordinary English words.
WORD_GIVEN = ["Autumn", "Dawn", "Rocky", "Sunny", "Honor", "Faith", "Brook", "Clay", "Forrest", "Misty", "Skye",
              "Ember", "Reed", "Birch", "Flint", "Sterling", "Blaze", "Harmony", "Destiny", "Chance"]
WORD_SURNAME = ["Mason", "Fisher", "Carpenter", "Cook", "Street", "Field", "Hill", "Rivers", "Wolf", "Fox",
                "Crow", "Moon", "Day", "Sharp", "Strong", "Young", "Little", "Short", "Black", "Pool"]

# Towns named like words, counties and townships, reservations and chapters, abroad.
WORD_TOWNS = ["Ordinary", "Uncertain", "Accident", "Climax", "Bland", "Humble", "Surprise", "Chicken", "Wink",
              "Happy", "Cool", "Dime Box", "Gnaw Bone", "Whynot", "Loco", "Cut and Shoot", "Rough and Ready", "Bumble Bee"]
COUNTIES = ["Okfuskee County", "Baca County", "Lemhi County", "Jasper Township", "Perry Township", "Yazoo County",
            "Lincoln Parish", "Mora County"]
CHAPTERS = ["Chilchinbito", "Many Farms", "Lukachukai", "Rock Point", "Oljato", "Wind River", "Fort Belknap",
            "Standing Rock", "Hoopa Valley", "Fort Peck"]
STREETS = ["Quarry Road", "Tallow Lane", "Bellwether Drive", "Cannery Row", "Millrace Street", "Orchard Way",
           "Switchback Road", "Buttonwood Avenue"]
HIGHWAYS = ["US-287", "SR 199", "Highway 61", "FM 1960", "I-80", "Route 9W", "US-191", "Highway 2"]
ABROAD = [("Jalan Tun Razak", "Kuala Lumpur"), ("Rruga e Kavajës", "Tirana"), ("Calle Mayor", "Tudela"),
          ("Ulitsa Lenina", "Kyzyl"), ("Ring Road", "Hargeisa"), ("Avenue Bourguiba", "Dakar"),
          ("Heol y Frenhines", "Carmarthen"), ("Laugavegur", "Reykjavík")]
NGOS = ["Wells for Tomorrow", "Open Hands Medical", "Clinic Without Borders", "Harvest of Health", "Second Mile Relief"]
FACILITIES = ["Good Shepherd", "St. Elizabeth's", "Hillcrest", "Bayfront", "Sacred Heart", "Sanford", "Avera",
              "Baptist East", "Mercy West"]
SCHOOLS = ["Piney Ridge Middle", "Lakeview Elementary", "Holy Rosary", "Cottonwood High", "Sunset Academy"]
TEAMS = ["Ridgeline Rams", "Coal City Coalers", "Westbrook Wildcats", "Prairie Storm U12", "Bayou Bulldogs"]
CAMPS = ["Camp Winnetka", "Camp Sequoyah", "Camp Lone Pine", "Camp Wahanee"]
CENTRES = ["UPMC", "Cedars-Sinai", "Penn Presbyterian", "Tampa General", "Nebraska Medicine", "Ochsner"]
INSURERS = ["Cigna", "Anthem", "Liberty Mutual", "Hartford", "Aetna"]
PLATFORMS = ["Zoom", "Doxy", "Teams", "FaceTime"]

# Clinical words per setting (never inside an identifier).
TERMS = {
    "trauma": ["pelvic fracture", "flail chest", "hemothorax", "epidural hematoma", "femur fracture", "pneumothorax",
               "liver laceration", "diffuse axonal injury", "open tibia fracture", "aortic injury"],
    "peds": ["croup", "asthma exacerbation", "strep pharyngitis", "bronchiolitis", "head lice", "scabies",
             "concussion", "appendicitis", "nursemaid's elbow", "type 1 diabetes"],
    "rural": ["tularemia", "blastomycosis", "histoplasmosis", "alcohol use disorder", "diabetic foot ulcer",
              "rabies exposure", "hypertension", "COPD exacerbation", "hepatitis C", "syphilis"],
    "global": ["typhoid fever", "malaria", "tuberculosis", "cholera", "schistosomiasis", "leprosy",
               "cysticercosis", "yellow fever", "measles", "severe acute malnutrition"],
    "tele": ["hypothyroidism", "acne", "UTI", "migraine", "insomnia", "depression", "erectile dysfunction",
             "eczema", "GERD", "seasonal allergies"],
    "forensic": ["blunt force trauma", "asphyxia", "drowning", "opioid overdose", "subdural hematoma",
                 "strangulation", "sudden cardiac death", "hypothermia"],
    "transplant": ["acute cellular rejection", "BK viremia", "hepatic artery thrombosis", "graft-versus-host disease",
                   "tacrolimus toxicity", "primary graft dysfunction", "PTLD", "CMV colitis"],
    "case": ["pneumonia", "cellulitis", "heart failure", "atrial fibrillation", "kidney stones", "diverticulitis",
             "gout", "sciatica", "anemia", "shingles", "pulmonary embolism", "osteomyelitis", "COPD", "DVT"],
}
DRUGS = ["ceftriaxone", "vancomycin", "apixaban", "furosemide", "metoprolol", "prednisone", "amoxicillin",
         "doxycycline", "levetiracetam", "ondansetron", "ketorolac", "heparin", "insulin glargine", "azithromycin"]
