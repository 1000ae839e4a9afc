"""Round 24's pools: every name, place and clinical word typed by the set's author from their own knowledge."""

GIVEN = {
    "pennsylvania_dutch": ["Eli", "Levi", "Mahlon", "Amos", "Sadie", "Lizzie", "Mattie", "Ammon"],
    "pd_surname": ["Stoltzfus", "Beiler", "Zook", "Fisher", "Lapp", "Esh", "Yoder", "Hershberger"],
    "hutterite": ["Jakob", "Paul", "Susanna", "Rebekka", "Andreas", "Elias"],
    "hutterite_surname": ["Hofer", "Waldner", "Wipf", "Kleinsasser", "Wurz", "Tschetter"],
    "rohingya": ["Mohammed Ayas", "Noor Kajol", "Hasina", "Rashida", "Anwar", "Sayeda"],
    "karen": ["Paw Htoo", "Eh Say", "Naw Mu", "Saw Ler", "Hser Moo", "Blu Paw"],
    "dinka": ["Deng", "Achol", "Garang", "Nyibol", "Majok", "Abuk"],
    "dinka_surname": ["Mabior", "Akech", "Kuol", "Ajak", "Malual", "Bol"],
    "kinyarwanda": ["Uwimana", "Niyonzima", "Mukamana", "Habimana", "Nshimiyimana", "Ingabire"],
    "congolese": ["Mbuyi", "Kabongo", "Ilunga", "Tshilombo", "Mukendi", "Lokasola"],
    "syrian": ["Yousef", "Rasha", "Khaled", "Lama", "Omar", "Nour"],
    "syrian_surname": ["al-Haddad", "Darwish", "Haj Ali", "Kanaan", "Sabbagh", "Mardini"],
    "yazidi": ["Nadia", "Khidir", "Shireen", "Barakat", "Jalil", "Vian"],
    "afghan": ["Zarghuna", "Habibullah", "Fereshta", "Wahid", "Mursal", "Shafiq"],
    "afghan_surname": ["Popalzai", "Ahmadzai", "Stanikzai", "Karimi", "Noorzai", "Sultani"],
    "salvadoran": ["Jose Wilfredo", "Maria Lourdes", "Kevin Alexander", "Yesenia", "Brayan", "Dilcia"],
    "latin_surname": ["Hernandez Portillo", "Ramos Chicas", "Lopez de Leon", "Xicay", "Batz", "Quiej", "Sandoval Reyes"],
    "cape_verdean": ["Djeny", "Amilcar", "Nelida", "Carlitos", "Mariazinha", "Edmilson"],
    "portuguese_surname": ["Medeiros", "Furtado", "Raposo", "Pacheco", "Tavares", "Semedo"],
    "sicilian": ["Calogero", "Rosalia", "Santo", "Concetta", "Gaetano", "Agata"],
    "italian_surname": ["Lo Bue", "Sciortino", "Mannu", "Pinna", "Piras", "Cammarata"],
    "slavic": ["Wojciech", "Agnieszka", "Radek", "Ilze", "Uladzimir", "Oksana", "Zdenek", "Aleksei"],
    "slavic_surname": ["Wisniewski", "Brzezinska", "Novotny", "Ozolins", "Lukashevich", "Sokolova", "Dvorak"],
    "central_asian": ["Aslan", "Zarema", "Nurlan", "Dilnoza", "Rustam", "Gulnora"],
    "central_asian_surname": ["Kadyrov", "Tokayeva", "Yusupov", "Rahmonov", "Saidova", "Akhmetov"],
    "south_asian": ["Harpreet", "Jignesh", "Sharmila", "Venkata", "Anjali", "Thushara", "Murugan", "Bindu"],
    "south_asian_surname": ["Sandhu", "Patel", "Chowdhury", "Reddy", "Nair", "Perera", "Subramaniam", "Kurian"],
    "east_asian": ["Ji-hoon", "Seo-yeon", "Haruto", "Yui", "Min-jun", "Sakura"],
    "east_asian_surname": ["Kwon", "Baek", "Takahashi", "Nakamura", "Yoon", "Fujimoto"],
    "word_given": ["Faith", "Hunter", "Grace", "Chase", "Autumn", "Forest", "Sunny", "Rusty", "Ivy", "Royal", "Major", "Will"],
    "word_surname": ["Baker", "Branch", "Bird", "Cook", "Fields", "Hill", "Moon", "Swan", "Stone", "Wolf", "Sharp", "Best"],
}

CULTURES = [("pennsylvania_dutch", "pd_surname"), ("hutterite", "hutterite_surname"), ("dinka", "dinka_surname"),
            ("syrian", "syrian_surname"), ("afghan", "afghan_surname"), ("salvadoran", "latin_surname"),
            ("cape_verdean", "portuguese_surname"), ("sicilian", "italian_surname"), ("slavic", "slavic_surname"),
            ("central_asian", "central_asian_surname"), ("south_asian", "south_asian_surname"),
            ("east_asian", "east_asian_surname"), ("word_given", "word_surname"), ("yazidi", "syrian_surname"),
            ("rohingya", None), ("karen", None), ("kinyarwanda", None), ("congolese", None)]

WORD_TOWNS = ["Bird-in-Hand", "Intercourse", "Paradise", "Blue Ball", "Normal", "Hope", "Liberal", "Comfort",
              "Protection", "Friendship", "Reliance", "Welcome", "Fairplay", "Defiance", "Harmony", "Energy"]
TOWNS = ["Ephrata", "Millersburg", "Shipshewana", "Kalona", "Arthur", "Sugarcreek", "Lennox", "Huron", "Fall River",
         "New Bedford", "Brockton", "Worthington", "Storm Lake", "Marshalltown", "Bowling Green", "Utica", "Clarkston",
         "Lewiston", "Dutch Harbor", "Kodiak", "Homer", "Morgan City", "Houma", "Gloucester", "Point Judith"]
COLONIES = ["Spring Creek Colony", "Rockport Colony", "Wolf Creek Colony", "Hillside Colony", "Baildon Colony"]
DISTRICTS = ["Weaver", "Gap", "Upper Pequea", "East Sugarcreek", "Nickel Mines"]
NEIGHBOURHOODS = ["Williamsburg", "Borough Park", "Crown Heights", "Kiryas Joel", "Lakewood"]
ABROAD = ["Kutupalong", "Mae La", "Kakuma", "Bidibidi", "Tapachula", "Zaatari", "Moria", "Lampedusa", "Dadaab", "Nyarugusu"]
DETENTION = ["Otay Mesa", "Port Isabel", "Stewart", "Eloy", "Adelanto", "Krome"]
VESSELS = ["F/V Northern Endeavor", "F/V Lady Kathleen", "Ocean Titan", "MV Sea Harvester", "Deepwater Osprey", "F/V Miss Addie"]
RIGS = ["Mars B", "Thunder Hawk", "Perdido", "Atlantis", "Blind Faith"]
PORTS = ["Port Fourchon", "Unalaska", "Cordova", "Bayou La Batre", "Sitka", "Petersburg"]
TEAMS = ["the Riverhawks", "the Thunder", "the Ironmen", "the Sea Dogs", "the Blue Herons", "the Mavericks"]
CAMPUSES = ["Hollister Hall", "Keane Hall", "the Delta Chi house", "Sigma Nu", "Pemberton Quad", "Ridley Tower"]
CLINICS = ["Glow Aesthetics", "Radiance Med Spa", "Bright Smiles Family Dental", "Clearview Eye Associates",
           "Skin Sanctuary", "Lakeshore Oral Surgery", "Luxe Laser Lounge"]
STREETS = ["Orchard Lane", "Mill Road", "Elm Street", "Church Road", "Pine Hollow Road", "Hickory Lane", "Front Street"]
COUNTIES = ["Lancaster County", "Holmes County", "Beadle County", "Bristol County", "Nobles County", "Terrebonne Parish"]
PAYERS = ["Aetna", "Cigna", "Humana", "Molina", "Centene", "WellCare", "Ambetter"]
EMPLOYERS = ["Smithfield", "JBS", "Cargill", "Transocean", "Seaboard", "Trident Seafoods"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

TERMS = ["atrial fibrillation", "pulmonary embolism", "latent tuberculosis", "scabies", "hepatitis B", "malaria",
         "schistosomiasis", "strongyloidiasis", "PTSD", "iron deficiency anemia", "vitamin D deficiency", "rickets",
         "decompression sickness", "hypothermia", "frostbite", "crush injury", "concussion", "ACL tear",
         "rhabdomyolysis", "sickle cell trait", "maple syrup urine disease", "glutaric aciduria", "cellulitis",
         "basal cell carcinoma", "melanoma", "rosacea", "periapical abscess", "Ludwig's angina", "retinal detachment",
         "acute angle-closure glaucoma", "keratitis", "HIV PrEP", "syphilis", "gender-affirming hormone therapy",
         "meningococcal meningitis", "mononucleosis", "alcohol poisoning", "eating disorder", "type 1 diabetes",
         "DKA", "hypertension", "COPD exacerbation", "motion sickness", "seasickness", "barotrauma"]
DRUGS = ["ivermectin 200 mcg/kg", "albendazole 400 mg", "praziquantel 40 mg/kg", "isoniazid 300 mg", "rifapentine",
         "doxycycline 100 mg BID", "ceftriaxone 2 g", "metformin 500 mg", "apixaban 5 mg BID", "estradiol valerate",
         "spironolactone 100 mg", "emtricitabine/tenofovir", "scopolamine patch", "timolol drops", "isotretinoin"]
