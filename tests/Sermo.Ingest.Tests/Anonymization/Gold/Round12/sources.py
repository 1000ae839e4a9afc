"""Round 12's sources (issue #14, decision 089): names, places and clinical words typed by hand for this set from the
author's own knowledge. Nothing here was copied from a registry, from the repository's word lists or from an earlier
gold set. Chosen away from round 11's list (decision 080): Polish, Yoruba, Igbo, Pakistani, Persian, Chinese pinyin,
Japanese, Mexican double surnames, Scandinavian, Dutch particles, Arabic al-, Hawaiian, Samoan/Tongan/Fijian, Eastern
European; surnames that are clinical or English words; nicknames; US counties and multi-word towns; Canadian, UK and
Australian towns with their postcodes."""

# (given names, surnames) by culture. Chinese and Japanese names are also written family name first by the generator.
CULTURES = {
    "polish": (["Grzegorz", "Wojciech", "Krzysztof", "Jadwiga", "Bożena", "Zbigniew", "Agnieszka", "Mirosław",
                "Halina", "Stanisław", "Elżbieta", "Przemysław", "Teresa", "Jarosław"],
               ["Wiśniewski", "Kamińska", "Lewandowski", "Dąbrowska", "Szymański", "Woźniak", "Kaczmarek",
                "Piotrowski", "Grabowska", "Pawłowski", "Michalak", "Zając", "Krawczyk", "Sobczak"]),
    "yoruba": (["Oluwaseun", "Temitope", "Babajide", "Funmilayo", "Adewale", "Yetunde", "Olumide", "Omolara",
                "Kehinde", "Taiwo", "Ayodele", "Oladipo"],
               ["Adeyemi", "Oyelaran", "Akinola", "Ogunbiyi", "Fashola", "Olatunji", "Balogun", "Adebisi",
                "Oyewole", "Ajayi", "Odunsi", "Afolabi"]),
    "igbo": (["Chinonso", "Obinna", "Ifeoma", "Chiamaka", "Uchenna", "Nkechi", "Ikenna", "Chidinma", "Ebuka",
              "Amarachi", "Kelechi", "Chiedza"],
             ["Okeke", "Nwankwo", "Eze", "Obi", "Okafor", "Udeh", "Onyekachi", "Nwachukwu", "Ugwu", "Anyanwu",
              "Ezeh", "Okonkwo"]),
    "pakistani": (["Usman", "Ayesha", "Bilal", "Saima", "Farhan", "Rukhsana", "Tariq", "Nadia", "Zeeshan",
                   "Shazia", "Kamran", "Sadia"],
                  ["Qureshi", "Malik", "Butt", "Chaudhry", "Siddiqui", "Awan", "Bhatti", "Mirza", "Rana",
                   "Khattak", "Abbasi", "Raja"]),
    "persian": (["Dariush", "Shirin", "Kourosh", "Mahnaz", "Behrouz", "Parisa", "Arash", "Golnaz", "Farhad",
                 "Niloufar", "Siamak", "Roya"],
                ["Tehrani", "Moradi", "Rahimi", "Jafari", "Karimi", "Ahmadi", "Rostami", "Farahani", "Esfahani",
                 "Kazemi", "Shirazi", "Yazdani"]),
    "chinese": (["Jianhua", "Xiuying", "Haoran", "Meilin", "Zhiwei", "Yuting", "Guoqiang", "Lihua", "Jun",
                 "Xin", "Ping", "Yong"],
                ["Wang", "Li", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo"]),
    "japanese": (["Hiroshi", "Yumiko", "Kenji", "Sachiko", "Takeshi", "Noriko", "Daisuke", "Emiko", "Shota",
                  "Akiko", "Ren", "Hana"],
                 ["Suzuki", "Takahashi", "Yamamoto", "Kobayashi", "Nakamura", "Matsumoto", "Inoue", "Kimura",
                  "Hayashi", "Shimizu", "Yamada", "Mori"]),
    "mexican": (["Juan Carlos", "María Elena", "Jesús", "Guadalupe", "Rigoberto", "Xóchitl", "Socorro", "Efraín",
                 "Araceli", "Ignacio", "Consuelo", "Maricela"],
                ["Hernández López", "García Martínez", "Ramírez Cruz", "Flores Mendoza", "Gutiérrez Soto",
                 "Morales Vega", "Jiménez Rojas", "Castillo Ortiz", "Domínguez Salas", "Reyes Aguilar",
                 "Vázquez Ibarra", "Cervantes Medina"]),
    "scandinavian": (["Bjørn", "Astrid", "Sven", "Liv", "Torsten", "Ingeborg", "Håkon", "Sigrun", "Lars",
                      "Maren", "Leif", "Karin"],
                     ["Johansson", "Haugen", "Nilsson", "Berg", "Dahl", "Lindström", "Bakken", "Halvorsen",
                      "Sandberg", "Pedersen", "Nygaard", "Ekström"]),
    "dutch": (["Jeroen", "Marieke", "Sjoerd", "Femke", "Wouter", "Lieke", "Joost", "Annelies", "Bram", "Ineke"],
              ["van der Meer", "van den Broek", "de Vries", "van Dijk", "Bakker", "de Jong", "van der Linden",
               "Visser", "van Leeuwen", "ter Horst", "Verhoeven", "van Rijn"]),
    "arabic": (["Omar", "Layla", "Tariq", "Huda", "Samir", "Rania", "Faisal", "Nour", "Hassan", "Amal",
                "Waleed", "Dina"],
               ["al-Masri", "al-Hashimi", "Haddad", "al-Qahtani", "Nasser", "al-Amin", "Khoury", "al-Tamimi",
                "Mansour", "al-Zahrani", "Saleh", "al-Shammari"]),
    "hawaiian": (["Kekoa", "Malia", "Kainoa", "Noelani", "Makana", "Pua", "Kawika", "Alana", "Ikaika", "Lokelani"],
                 ["Kealoha", "Kamakau", "Akina", "Nakoa", "Kanahele", "Kahale", "Makaiau", "Keawe", "Palakiko",
                  "Kalama"]),
    "pacific": (["Sefo", "Losana", "Viliami", "Mele", "Ratu", "Litia", "Semisi", "Ana", "Iosefa", "Salote",
                 "Tui", "Fetu"],
                ["Taufa", "Leavasa", "Naufahu", "Tuilagi", "Vakatawa", "Ma'afu", "Fonoti", "Latu", "Faleolo",
                 "Tamapua", "Naivalu", "Lolohea"]),
    "eastern_european": (["Miroslav", "Zdenka", "Radu", "Ileana", "Bogdan", "Snežana", "Vaclav", "Ludmila",
                          "Dragan", "Jelena", "Tomas", "Rasa"],
                         ["Novák", "Dvořáková", "Ionescu", "Constantinescu", "Petrović", "Jovanović", "Horváth",
                          "Kazlauskas", "Shevchenko", "Bondarenko", "Dimitrov", "Georgieva"]),
}

# Surnames that are also clinical or everyday English words, and given names that are words.
WORD_SURNAMES = ["Burns", "Foote", "Legg", "Hart", "Coffin", "Sickles", "Nurse", "Cramp", "Lung", "Gall", "Heal",
                 "Hale", "Sharp", "Marrow", "Bones", "Vein", "Cough", "Pillow", "Needles", "Bedwell", "Patient",
                 "Cure", "Fitt", "Faint", "Sweat", "Sling", "Shingle", "Palm", "Rash", "Drain"]
WORD_GIVEN = ["Faith", "Hope", "Joy", "Grace", "Mercy", "Honey", "Sunny", "Rusty", "Buck", "Clay", "Crystal",
              "Amber", "Bliss", "Destiny", "Dusty", "Storm", "Rocky", "Miles", "Penny", "Cash"]

NICKNAMES = ["Bubba", "Sissy", "Peanut", "Tiny", "Sonny", "Boo", "Duke", "Red", "Skip", "Tootie", "Babe", "Chip",
             "Butch", "Dee Dee", "Cookie"]

# Kin words that do not say a sex, so a drawn given name never contradicts them.
RELATIONS = ["cousin", "neighbor", "partner", "kid", "grandkid", "sibling", "roommate", "oldest",
             "best friend", "in-law", "spouse"]

# US towns (multi-word and small), with the state's postal code.
US_TOWNS = [("Bowling Green", "KY"), ("Cape Girardeau", "MO"), ("Council Bluffs", "IA"), ("Coeur d'Alene", "ID"),
            ("Grand Forks", "ND"), ("Sault Ste. Marie", "MI"), ("Eau Claire", "WI"), ("Bossier City", "LA"),
            ("Fond du Lac", "WI"), ("Glens Falls", "NY"), ("Port St. Lucie", "FL"), ("Rock Springs", "WY"),
            ("Twin Falls", "ID"), ("Walla Walla", "WA"), ("Lake Havasu City", "AZ"), ("Big Stone Gap", "VA"),
            ("Elk City", "OK"), ("Cut Bank", "MT"), ("Red Wing", "MN"), ("Mount Pleasant", "SC"),
            ("Fort Dodge", "IA"), ("Pine Bluff", "AR"), ("Bay St. Louis", "MS"), ("Wisconsin Dells", "WI"),
            ("Show Low", "AZ"), ("Broken Bow", "NE"), ("Spearfish", "SD"), ("Hazard", "KY"), ("Paintsville", "KY"),
            ("Ephrata", "PA"), ("Hilo", "HI"), ("Kaunakakai", "HI"), ("Kotzebue", "AK"), ("Dillingham", "AK")]

US_COUNTIES = ["Aroostook County", "Harlan County", "Yakima County", "Hidalgo County", "Cattaraugus County",
               "Lewis and Clark County", "St. Landry Parish", "Kenai Peninsula Borough", "Navajo County",
               "Presque Isle County", "Dukes County", "Roscommon County", "Big Horn County", "Kauai County",
               "McDowell County", "Starr County", "Hancock County", "Buncombe County"]

US_STREETS = ["1420 Old Mill Rd", "88 Kapiolani Blvd", "2307 W Diversey Ave", "41 Pulaski St", "915 Lakeshore Dr",
              "7 Ridgecrest Ln", "3310 Farm to Market 1960", "602 N Main St Apt 3B", "19 Oak Hollow Ct",
              "2450 Kalanianaole Hwy", "1108 Van Buren St", "77 Polk Rd"]

# Canadian towns with province and postcode, UK towns with postcode, Australian towns with state and postcode.
CA_TOWNS = [("Red Deer", "AB", "T4N 1X2"), ("Prince Albert", "SK", "S6V 4P9"), ("Trois-Rivières", "QC", "G9A 5H7"),
            ("Sault Ste. Marie", "ON", "P6A 2G5"), ("Corner Brook", "NL", "A2H 6J8"), ("Kamloops", "BC", "V2C 1A6"),
            ("Brandon", "MB", "R7A 0L7"), ("Moncton", "NB", "E1C 4B9"), ("Yellowknife", "NT", "X1A 2N4"),
            ("Whitehorse", "YT", "Y1A 3T4")]
UK_TOWNS = [("Stoke-on-Trent", "ST4 6QG"), ("Merthyr Tydfil", "CF47 9DT"), ("Bury St Edmunds", "IP33 2QZ"),
            ("Milton Keynes", "MK6 5LD"), ("Kirkcaldy", "KY2 5AH"), ("Ashby-de-la-Zouch", "LE65 1AS"),
            ("Great Yarmouth", "NR31 6LA"), ("Newton Abbot", "TQ12 2SL"), ("Llandudno", "LL30 1LB"),
            ("Sutton Coldfield", "B75 7RR")]
AU_TOWNS = [("Toowoomba", "QLD", "4350"), ("Alice Springs", "NT", "0870"), ("Kalgoorlie", "WA", "6430"),
            ("Mount Gambier", "SA", "5290"), ("Launceston", "TAS", "7250"), ("Coffs Harbour", "NSW", "2450"),
            ("Shepparton", "VIC", "3630"), ("Broken Hill", "NSW", "2880")]
FOREIGN_CITIES = ["Gdańsk", "Ibadan", "Port Harcourt", "Lahore", "Faisalabad", "Mashhad", "Tabriz", "Chengdu",
                  "Harbin", "Sapporo", "Fukuoka", "Oaxaca", "Monterrey", "Bergen", "Uppsala", "Utrecht", "Eindhoven",
                  "Amman", "Beirut", "Nuku'alofa", "Apia", "Suva", "Cluj-Napoca", "Brno", "Lviv", "Vilnius"]

FACILITIES = ["St. Hedwig's", "Holy Redeemer", "Providence Kodiak", "Lakeview Manor", "Shady Pines",
              "Good Shepherd Rehab", "Kapiolani", "Queen's", "Tripler", "Mercy Fort Smith", "Sanford Bemidji"]

# Written numbers for ages 90 and over.
AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "one hundred", 101: "a hundred and one", 102: "a hundred and two"}
YOUNG_AGE_WORDS = {52: "fifty-two", 61: "sixty-one", 67: "sixty-seven", 73: "seventy-three", 79: "seventy-nine",
                   84: "eighty-four", 88: "eighty-eight", 46: "forty-six", 38: "thirty-eight"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun", "Monday", "Wednesday", "Friday"]

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "wp.pl", "outlook.com", "proton.me",
                 "shaw.ca", "bigpond.com", "comcast.net"]
HANDLE_WORDS = ["mamabear", "nurse_life", "farmgirl", "dialysisdad", "kidneywarrior", "pilipinas", "gramma",
                "hulagirl", "tonganboy", "lolek"]

CONDITIONS = ["atrial fibrillation", "heart failure", "COPD", "CKD stage 3b", "cellulitis", "pneumonia",
                  "urinary tract infection", "sepsis", "type 2 diabetes", "hypertension", "NSTEMI", "DVT",
                  "pulmonary embolism", "delirium", "dementia", "hip fracture", "syncope", "GI bleed",
                  "pancreatitis", "cholecystitis", "diverticulitis", "hyponatremia", "AKI", "cirrhosis",
                  "hepatic encephalopathy", "alcohol withdrawal", "opioid use disorder", "major depressive disorder",
                  "schizophrenia", "asthma exacerbation", "osteomyelitis", "diabetic foot ulcer", "pressure injury",
                  "aspiration pneumonia", "C. diff colitis", "anemia", "thrombocytopenia", "lung cancer",
                  "breast cancer", "prostate cancer", "multiple myeloma", "stroke", "TIA", "seizure",
                  "Parkinson's disease", "Alzheimer's disease", "Graves' disease", "Cushing's syndrome",
                  "Guillain-Barré syndrome", "Bell's palsy", "Lyme disease", "West Nile virus", "gout",
                  "rheumatoid arthritis", "lupus", "sickle cell disease", "tuberculosis", "HIV", "hepatitis C",
                  "endocarditis", "aortic stenosis", "heart block", "SVT", "hyperkalemia", "DKA", "HHS"]

# Drugs and brands, then scores and signs, that must survive next to identifiers.
MEDS = ["apixaban", "warfarin", "metformin", "insulin glargine", "furosemide", "Eliquis", "Lasix", "Ozempic",
        "Keppra", "Seroquel", "Lyrica", "vancomycin", "ceftriaxone", "prednisone"]
SCORES = ["Wells score", "CHA2DS2-VASc", "CURB-65", "MELD score", "NIHSS", "Glasgow Coma Scale", "Murphy's sign", "Babinski sign", "Homans' sign", "Tinel's sign"]

# Terms only for identifier-free generated posts (traps): diseases named after people or places, contraceptive
# brands that are given names, scores and trials.
TRAP_CONDITIONS = ["Hashimoto's thyroiditis", "Crohn's disease", "Addison's disease", "Kawasaki disease",
                   "Ross River fever", "Rocky Mountain spotted fever", "St. Louis encephalitis", "Norwalk virus",
                   "Lassa fever", "Rift Valley fever", "Chagas disease", "Meniere's disease", "Raynaud's phenomenon",
                   "Bartter syndrome", "Gitelman syndrome", "Conn's syndrome", "Dressler syndrome", "Tietze syndrome"]
TRAP_BRANDS = ["Yasmin", "Portia", "Aubra", "Tilia", "Delyla", "Hailey 24 Fe", "Kelnor", "Levora", "Larin"]
TRAP_SCORES = ["Caprini score", "Padua score", "Khorana score", "Geneva score", "Alvarado score", "Mayo score",
               "Karnofsky score", "Rai staging", "Binet staging", "Durie-Salmon staging", "Rockall score"]
TRAP_TRIALS = ["ACCORD trial", "COURAGE trial", "CREDENCE trial", "FOURIER trial", "COMPASS trial", "ESCAPE trial",
               "DEFUSE 3", "POINT trial", "CHANCE trial", "ODYSSEY OUTCOMES", "ELAN trial"]
