"""Names, places and clinical words for the round-8 held-out set (issue #14, decision 056).

Typed by hand for this set by its own author; nothing here was copied from the scrubber's Data files, a package the
scrubber's lists came from, or an earlier gold set. Each list says what class of physicians' language it stands for.
"""

# Given names by origin (the scrubber may or may not know them; that is the point of a held-out set).
GIVEN = {
    "yoruba": ["Oluwaseun", "Folake", "Temitope", "Babatunde", "Adebola", "Oluwakemi", "Ayodele", "Morenike"],
    "igbo": ["Nnamdi", "Obiageli", "Ifeoma", "Chinonso", "Ebere", "Uchenna", "Chidiebere", "Amarachi"],
    "akan_ewe": ["Kwabena", "Akosua", "Abena", "Kwadwo", "Efua", "Edem", "Dzifa", "Selasi"],
    "hausa_wolof_fula": ["Hadiza", "Aminu", "Ndeye", "Moussa", "Oumou", "Hamadou", "Binta", "Souleymane"],
    "south_asian": ["Pratibha", "Harpreet", "Venkatesh", "Tejaswini", "Gurdeep", "Sunanda", "Rukmini", "Nilufar",
                    "Tahmina", "Sarath", "Chathurika", "Dilani", "Ishaan", "Lakshmikanth", "Parvathi", "Jaswinder"],
    "east_asian": ["Haruto", "Ayaka", "Hiroko", "Takeshi", "Minjun", "Seo-yeon", "Jiwoo", "Xiuying", "Zhiwei",
                   "Meiling", "Nguyet", "Quang", "Thanh Huong", "Sayuri", "Kenji", "Bao"],
    "slavic": ["Dmitri", "Svetlana", "Bogdan", "Zdenka", "Miroslav", "Ludmila", "Radomir", "Jaroslava", "Wojciech",
               "Agnieszka", "Stanislava", "Vesna", "Dragan", "Goran", "Oksana", "Zbigniew"],
    "arabic": ["Abdulrahman", "Youssef", "Layla", "Khaled", "Mariam", "Tariq", "Hamza", "Rania", "Ibtisam", "Suhail",
               "Nawal", "Fadwa"],
    "latin_american": ["Xochitl", "Itzel", "Rigoberto", "Eufemia", "Anacleto", "Maritza", "Yesenia", "Heriberto",
                       "Consuelo", "Socorro", "Milagros", "Wilfrido", "Nahuel", "Yupanqui"],
    "pacific": ["Sione", "Losaline", "Tevita", "Keoni", "Leilani", "Pualani", "Manaia", "Aroha", "Epeli", "Litia",
                "Tamatea", "Kalolaine"],
    "indigenous": ["Nizhoni", "Ahiga", "Chenoa", "Tokala", "Aiyana", "Kimimela", "Sakari", "Nuka", "Wanbli", "Hototo",
                   "Pitseolak", "Ataneq"],
}

# Given names that are English words or look like a drug, a body part or a disease.
WORD_GIVEN = ["Hope", "Will", "Rusty", "Iris", "Gene", "Bill", "Patience", "Lupe", "Faith", "Dusty", "Sunny", "Ginger",
              "Honey", "Chase", "Penny", "Misty", "Dawn", "Forrest", "Autumn", "Rocky", "Happy", "Sterling", "Sage",
              "Clay", "Jewel", "Precious", "Marvel", "Royal", "Temperance", "Sonny", "Cash", "Bliss", "Addison",
              "Mercy", "Story", "Angel"]

SURNAME = {
    "west_african": ["Adeyemi", "Oyelaran", "Nwachukwu", "Mensah", "Asante", "Boateng", "Ouedraogo", "Akinola",
                     "Ogunleye", "Afolabi", "Danjuma", "Kpodo", "Agyeman", "Ndiaye", "Diop", "Onwuegbuzie"],
    "south_asian": ["Ramaswamy", "Venkataraman", "Chattopadhyay", "Sandhu", "Grewal", "Deshpande", "Kulkarni",
                    "Bhattarai", "Gurung", "Wickramasinghe", "Jayawardena", "Chowdhury", "Pillai", "Thirunavukkarasu"],
    "east_asian": ["Nakamura", "Takahashi", "Watanabe", "Kobayashi", "Yamaguchi", "Jeong", "Zhou", "Liang", "Vuong",
                   "Pham", "Hirano", "Ishikawa", "Seo", "Kwon"],
    "slavic": ["Wisniewski", "Nowakowska", "Petrovic", "Dvorak", "Horvat", "Kuznetsova", "Sokolov", "Hrabal",
               "Zielinski", "Babic", "Marinkovic", "Shevchenko", "Bondarenko", "Przybylski"],
    "arabic": ["Haddad", "Khoury", "Nasrallah", "El-Masri", "Abdelkader", "Al-Qahtani", "Mansour", "Darwish",
               "Al-Harbi", "Bakr"],
    "latin_american": ["Quispe", "Condori", "Villalobos", "Zamudio", "Arreola", "Bustamante", "Ochoa", "Sepulveda",
                       "Cardenas", "Huamani", "Tzul", "Cuxil"],
    "pacific": ["Fifita", "Taufa", "Havili", "Kealoha", "Kahananui", "Tupou", "Ngata", "Paewai", "Waqa", "Leota",
                "Faleolo"],
    "indigenous": ["Begay", "Yazzie", "Tsosie", "Benally", "Two Bulls", "Iron Cloud", "Yellow Hawk", "Kootoo",
                   "Ipeelee", "Aguchak", "Whitehorse"],
}

# Surnames that are English words, body parts or clinical look-alikes ("Dr. Payne", "Mrs. Savage", "Mr. Sickles").
WORD_SURNAME = ["Payne", "Savage", "Hart", "Bone", "Coffin", "Sickles", "Marrow", "Temple", "Graves", "Bell",
                "Parkinson", "Cushing", "Still", "Swift", "Moody", "Love", "Wise", "Small", "Strong", "Rich", "Best",
                "Goodnight", "Lamb", "Frost"]

# Surnames with particles, hyphens or apostrophes, written the way they are on a chart.
PARTICLE_SURNAME = ["van der Berg", "de la Cruz", "bin Rashid", "O'Shaughnessy", "ter Horst", "dos Reis", "da Costa",
                    "D'Souza", "St. Pierre", "Santos-Villanueva", "Kealoha-Akana", "Ni Bhriain", "Mac Giolla",
                    "abu Zeid", "van Wyk", "de Groot", "Le Quang"]

NICKNAMES = ["Bubba", "Sissy", "Tootie", "Skeeter", "Peaches", "Dee Dee", "Junebug", "Lefty", "Big Mike", "Cookie",
             "Boo", "Tater"]

# Relatives and cues that come before a name.
RELATIVES = ["her son", "his daughter", "her husband", "his wife", "her granddaughter", "his nephew", "the niece",
             "her sister", "his brother", "the grandson", "her caregiver", "his partner", "the daughter-in-law",
             "her stepson", "his godmother"]

STAFF = ["our MA", "charge nurse", "the unit clerk", "our scribe", "the night RN", "the RT", "our PA",
         "the wound nurse", "the pharmacist", "our social worker", "the case manager", "the hospitalist"]

# Small US towns, many of them English words; with their state code.
TOWNS = [("Nome", "AK"), ("Bethel", "AK"), ("Kotzebue", "AK"), ("Unalakleet", "AK"), ("Chicken", "AK"),
         ("Belzoni", "MS"), ("Yazoo City", "MS"), ("Tunica", "MS"), ("Ajo", "AZ"), ("Tuba City", "AZ"),
         ("Chinle", "AZ"), ("Kayenta", "AZ"), ("Why", "AZ"), ("Lame Deer", "MT"), ("Browning", "MT"),
         ("Wanblee", "SD"), ("Kyle", "SD"), ("Kaunakakai", "HI"), ("Hana", "HI"), ("Waimea", "HI"),
         ("Leakey", "TX"), ("Marfa", "TX"), ("Van Horn", "TX"), ("Mamou", "LA"), ("Ville Platte", "LA"),
         ("Eunice", "LA"), ("Hyden", "KY"), ("Paintsville", "KY"), ("Ordinary", "KY"), ("Grafton", "WV"),
         ("Machias", "ME"), ("Presque Isle", "ME"), ("Bland", "VA"), ("Eclectic", "AL"), ("Embarrass", "MN"),
         ("Needmore", "PA"), ("Protection", "KS"), ("Bowlegs", "OK"), ("Marathon", "FL"), ("Plain", "WA"),
         ("Hope", "AR"), ("Normal", "IL"), ("Tenstrike", "MN"), ("Cut Bank", "MT"), ("Two Egg", "FL"),
         ("Lovelady", "TX"), ("Mosquero", "NM"), ("Chimayo", "NM"), ("Zuni", "NM"), ("Kykotsmovi", "AZ")]

# Counties, parishes, boroughs and census areas.
COUNTIES = ["Owsley County", "Tunica County", "McDowell County", "Menominee County", "Apache County",
            "Oglala Lakota County", "Evangeline Parish", "Catahoula Parish", "Terrebonne Parish",
            "Kusilvak Census Area", "Matanuska-Susitna Borough", "North Slope Borough", "Yukon-Koyukuk",
            "Todd County", "Holmes County", "Wheeler County"]

STREETS = ["Tchoupitoulas St", "Kamehameha Hwy", "Old Mill Rd", "Sycamore Hollow Ln", "Ridgecrest Dr",
           "Bayou Teche Rd", "Cannery Row", "Persimmon Ct", "Kuhio Ave", "Mulberry Gap Rd", "Dogwood Trl",
           "Pinon Loop", "Saddleback Way", "Tamarack Cir", "Elk Lick Rd", "Cottonwood Pl"]

# Clinical words that must survive (drugs, diseases, eponyms, scores, labs).
DRUGS = ["Xarelto", "Farxiga", "Jardiance", "Eliquis", "Brilinta", "Entresto", "Ozempic", "Mounjaro", "Lantus",
         "Tresiba", "Keppra", "Lamictal", "Seroquel", "Abilify", "Lexapro", "Zoloft", "Lasix", "Norco", "Dilaudid",
         "Zofran", "Flomax", "Paxlovid", "Keflex", "Bactrim", "Zosyn", "Coreg", "Aricept", "Sinemet", "Dupixent",
         "Stelara", "Skyrizi", "Rinvoq", "Ocrevus", "Prolia", "Keytruda", "Tagrisso", "Imbruvica", "Revlimid",
         "Xtandi", "Lupron", "metoprolol", "apixaban", "furosemide", "vancomycin", "insulin glargine",
         "hydroxychloroquine", "tacrolimus", "prednisone", "levothyroxine", "amiodarone"]

# Drugs whose brand is also a given name or a word (never a person).
NAME_LIKE_DRUGS = ["Ella", "Addyi", "Lyrica", "Ativan", "Camila", "Heather", "Yasmin", "Jolivette", "Errin", "Lyza",
                   "Tarina", "Sharobel", "Aubagio", "Evenity", "Vyleesi", "Nucala", "Xolair", "Tymlos", "Kesimpta",
                   "Otezla"]

EPONYMS = ["Hodgkin lymphoma", "Crohn's disease", "Graves disease", "Bell's palsy", "Addison's disease",
           "Cushing syndrome", "Hashimoto thyroiditis", "Guillain-Barre syndrome", "Kawasaki disease",
           "Wilson disease", "Whipple procedure", "Barrett esophagus", "Sjogren syndrome", "Raynaud phenomenon",
           "Paget disease of bone", "Meniere disease", "Dupuytren contracture", "Baker's cyst", "Colles fracture",
           "Takayasu arteritis", "Buerger disease", "Still's disease", "Behcet disease", "Mallory-Weiss tear",
           "Zenker diverticulum", "Tay-Sachs", "Niemann-Pick", "Stevens-Johnson syndrome", "Lou Gehrig's disease",
           "Brugada pattern", "Wolff-Parkinson-White", "Ludwig angina", "Fournier gangrene", "Charcot foot",
           "Kussmaul breathing", "Cheyne-Stokes respirations", "Trousseau sign", "Chvostek sign", "Murphy's sign",
           "Kernig sign", "Tinel sign", "Phalen test", "Lachman test", "Epley maneuver", "Apgar score",
           "Wells score", "Ranson criteria", "Virchow's triad", "Beck's triad", "Swan-Ganz catheter"]

# Infections first (the first 18 are what a patient "comes in with"), then scores, rules and devices named after places.
PLACE_DISEASES = ["Lyme disease", "Ebola", "West Nile virus", "Rocky Mountain spotted fever", "Marburg virus",
                  "Lassa fever", "Norwalk virus", "Coxsackie", "St. Louis encephalitis", "La Crosse encephalitis",
                  "Powassan virus", "Bourbon virus", "Heartland virus", "Valley fever", "Japanese encephalitis",
                  "Crimean-Congo hemorrhagic fever", "Omsk hemorrhagic fever", "Mediterranean spotted fever",
                  "Ottawa ankle rules", "San Francisco syncope rule", "Framingham risk score", "Duke criteria",
                  "Philadelphia chromosome", "Stanford type A dissection", "Padua score", "Geneva score",
                  "Denver shunt", "Milwaukee brace", "Minnesota tube", "Seattle Heart Failure Model"]

PROBLEMS = ["CHF exacerbation", "COPD", "AKI", "sepsis", "DKA", "NSTEMI", "afib with RVR", "hip fracture",
            "UTI", "delirium", "C. diff", "cellulitis", "pneumonia", "GI bleed", "hyponatremia", "SBO",
            "pulmonary embolism", "new-onset seizures", "hypercalcemia", "falls"]

LABS = ["troponin 0.42", "lactate 4.1", "K 6.2", "Na 118", "INR 5.8", "BNP 2140", "Cr 3.4", "A1c 11.2",
        "WBC 23", "Hgb 6.1", "TSH 0.01", "ferritin 1900", "lipase 3200", "procalcitonin 8.6", "CK 14000"]
