"""Round 39's pools, typed from the author's own knowledge (decision 239): cultures' given names and surnames, places
in the round's settings, and the clinical words the templates draw. No list here was copied from a source."""

# culture: (given names, surnames); about four of each, none weighted above another.
CULTURES = {
    "Amish": (["Eli", "Levi", "Mose", "Katie", "Lizzie", "Rebecca"], ["Yoder", "Stoltzfus", "Hochstetler", "Beiler", "Zook", "Fisher"]),
    "Mennonite": (["Abram", "Jakob", "Helena", "Aganetha"], ["Friesen", "Penner", "Thiessen", "Wiebe"]),
    "Hutterite": (["Darius", "Zacharias", "Sarah", "Judith"], ["Hofer", "Waldner", "Wipf", "Kleinsasser"]),
    "Polish": (["Grzegorz", "Wojciech", "Agnieszka", "Malgorzata"], ["Wozniak", "Szczepanski", "Kowalczyk", "Brzezinski"]),
    "Ukrainian": (["Taras", "Bohdan", "Oksana", "Halyna"], ["Shevchuk", "Kovalenko", "Bondarenko", "Tkachuk"]),
    "Romanian": (["Mihai", "Dorin", "Ioana", "Florentina"], ["Popescu", "Dumitrescu", "Stanciu", "Marinescu"]),
    "Hungarian": (["Bence", "Zoltan", "Erzsebet", "Reka"], ["Nagy", "Horvath", "Szabo", "Farkas"]),
    "Czech": (["Jiri", "Radek", "Zdenka", "Petra"], ["Dvorak", "Novotny", "Prochazka", "Cerny"]),
    "Greek": (["Stavros", "Konstantinos", "Eleni", "Despina"], ["Papadakis", "Georgiou", "Karamanlis", "Nikolaidis"]),
    "Albanian": (["Arben", "Ilir", "Drita", "Mimoza"], ["Hoxha", "Berisha", "Krasniqi", "Gashi"]),
    "Bosnian": (["Emir", "Adnan", "Amra", "Lejla"], ["Hadzic", "Begovic", "Mehmedovic", "Suljic"]),
    "Turkish": (["Emre", "Mustafa", "Elif", "Zeynep"], ["Yilmaz", "Demir", "Ozturk", "Celik"]),
    "Kurdish": (["Rebwar", "Shwan", "Berivan", "Nazdar"], ["Barzani", "Hawrami", "Zebari", "Sindi"]),
    "Persian": (["Dariush", "Kourosh", "Shirin", "Parisa"], ["Tehrani", "Moradi", "Ghorbani", "Rahimzadeh"]),
    "Egyptian": (["Ayman", "Sherif", "Nourhan", "Yasmin"], ["Mansour", "Abdelrahman", "Fahmy", "Shalaby"]),
    "Palestinian": (["Khalil", "Samir", "Rania", "Lina"], ["Barghouti", "Odeh", "Khoury", "Nasser"]),
    "Yemeni": (["Fuad", "Nabil", "Amal", "Hind"], ["Al-Ahmadi", "Saleh", "Al-Hakimi", "Qasem"]),
    "Saudi": (["Turki", "Faisal", "Noura", "Reem"], ["Al-Otaibi", "Al-Qahtani", "Al-Shehri", "Al-Dossari"]),
    "Israeli": (["Yonatan", "Itai", "Noa", "Tamar"], ["Ben-David", "Mizrahi", "Peretz", "Avraham"]),
    "Sephardic": (["Meir", "Yosef", "Esther", "Simcha"], ["Abecassis", "Toledano", "Benarroch", "Azoulay"]),
    "Ethiopian Amhara": (["Tesfaye", "Dawit", "Selamawit", "Meseret"], ["Gebremedhin", "Alemu", "Tadesse", "Wondimu"]),
    "Kenyan Kikuyu": (["Kamau", "Njoroge", "Wanjiru", "Nyambura"], ["Mwangi", "Kariuki", "Githinji", "Wambugu"]),
    "Ugandan": (["Ssemakula", "Okello", "Nakato", "Achieng"], ["Mugisha", "Byaruhanga", "Kato", "Ouma"]),
    "Ghanaian Akan": (["Kwabena", "Yaw", "Akosua", "Afua"], ["Owusu", "Asante", "Boateng", "Agyeman"]),
    "Senegalese": (["Mamadou", "Ousmane", "Aminata", "Fatou"], ["Diop", "Ndiaye", "Sow", "Fall"]),
    "Hausa": (["Abubakar", "Sani", "Hadiza", "Zainab"], ["Bello", "Danjuma", "Usman", "Garba"]),
    "Zulu": (["Sipho", "Thabo", "Nomvula", "Zanele"], ["Dlamini", "Ndlovu", "Khumalo", "Mthembu"]),
    "Malagasy": (["Andry", "Hery", "Voahangy", "Lalao"], ["Rakotomalala", "Randrianarisoa", "Rasoanaivo", "Andriamanana"]),
    "Haitian": (["Jean-Baptiste", "Wilner", "Mirlande", "Guerline"], ["Pierre-Louis", "Joseph", "Desrosiers", "Toussaint"]),
    "Dominican": (["Yunior", "Wander", "Yokasta", "Altagracia"], ["Almonte", "Peralta", "Batista", "Rosario"]),
    "Colombian": (["Andres", "Jhon", "Luz Marina", "Yesenia"], ["Castano", "Restrepo", "Ospina", "Arango"]),
    "Peruvian Quechua": (["Wilber", "Yupanqui", "Nayra", "Killa"], ["Mamani", "Quispe", "Huaman", "Condori"]),
    "Chilean": (["Matias", "Benjamin", "Constanza", "Javiera"], ["Munoz", "Contreras", "Fuentealba", "Sepulveda"]),
    "Argentine": (["Facundo", "Agustin", "Florencia", "Milagros"], ["Gimenez", "Fernandez", "Sosa", "Benitez"]),
    "Portuguese": (["Joao", "Rui", "Conceicao", "Ines"], ["Carvalho", "Pereira", "Magalhaes", "Goncalves"]),
    "Cape Verdean": (["Nelson", "Adilson", "Djenifer", "Ivone"], ["Tavares", "Lopes", "Fortes", "Semedo"]),
    "Basque": (["Iker", "Unai", "Amaia", "Nerea"], ["Etxeberria", "Goikoetxea", "Arrieta", "Zubizarreta"]),
    "Catalan": (["Jordi", "Pau", "Montserrat", "Nuria"], ["Puigdemont", "Vilanova", "Soler", "Ferrer"]),
    "Dutch": (["Joost", "Sjoerd", "Femke", "Anouk"], ["van der Berg", "de Vries", "Bakker", "van Dijk"]),
    "Flemish": (["Wout", "Pieter", "Lotte", "Griet"], ["Vermeulen", "De Smet", "Claes", "Peeters"]),
    "Swedish": (["Anders", "Bjorn", "Ingrid", "Linnea"], ["Lindqvist", "Bergstrom", "Sandberg", "Holmgren"]),
    "Icelandic": (["Gunnar", "Sigurdur", "Gudrun", "Thora"], ["Jonsdottir", "Sigurdsson", "Magnusson", "Olafsdottir"]),
    "Irish": (["Padraig", "Cathal", "Siobhan", "Aoife"], ["O'Sullivan", "MacNamara", "Ni Bhriain", "Donoghue"]),
    "Welsh": (["Emyr", "Rhodri", "Cerys", "Angharad"], ["Llewellyn", "ap Rhys", "Pritchard", "Vaughan"]),
    "English": (["Nigel", "Alistair", "Philippa", "Gemma"], ["Ashworth", "Pemberton", "Cartwright", "Hargreaves"]),
    "Austrian": (["Florian", "Lukas", "Theresia", "Magdalena"], ["Gruber", "Huber", "Pichler", "Steiner"]),
    "Swiss": (["Beat", "Urs", "Regula", "Vreni"], ["Brunner", "Baumgartner", "Zwahlen", "Schneeberger"]),
    "Tamil": (["Senthil", "Murugan", "Kavitha", "Lakshmi"], ["Subramanian", "Ramasamy", "Annamalai", "Palaniappan"]),
    "Telugu": (["Venkata", "Srinivas", "Padmaja", "Sravani"], ["Reddy", "Chowdary", "Yarlagadda", "Kondapalli"]),
    "Bengali": (["Arnab", "Sourav", "Moumita", "Rituparna"], ["Chattopadhyay", "Banerjee", "Mukherjee", "Sengupta"]),
    "Gujarati": (["Hitesh", "Jignesh", "Bhavna", "Hetal"], ["Patel", "Shah", "Desai", "Mehta"]),
    "Punjabi Sikh": (["Gurpreet", "Harjit", "Manpreet", "Simran"], ["Sandhu", "Dhillon", "Grewal", "Gill"]),
    "Bangladeshi": (["Rafiq", "Shahidul", "Nasrin", "Farzana"], ["Rahman", "Chowdhury", "Hossain", "Talukder"]),
    "Burmese Karen": (["Saw Htoo", "Eh Doh", "Naw Paw", "Hser"], ["Moo", "Htoo", "Paw", "Say"]),
    "Thai": (["Somchai", "Anurak", "Siriporn", "Kannika"], ["Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee"]),
    "Khmer": (["Sokha", "Vannak", "Sreymom", "Chanthou"], ["Chhim", "Sok", "Pich", "Keo"]),
    "Indonesian": (["Budi", "Agus", "Sri", "Dewi"], ["Santoso", "Wijaya", "Hidayat", "Kusuma"]),
    "Malay": (["Hafiz", "Azlan", "Nurul", "Siti Aishah"], ["bin Ismail", "Abdullah", "Rahim", "binti Yusof"]),
    "Tagalog": (["Jericho", "Marvin", "Maricel", "Rowena"], ["Dimaculangan", "Macapagal", "Villanueva", "Bautista"]),
    "Cantonese": (["Wai Kit", "Chun", "Mei Ling", "Siu"], ["Chan", "Leung", "Wong", "Cheung"]),
    "Mandarin": (["Jianguo", "Wei", "Xiaoyan", "Jing"], ["Zhang", "Liu", "Zhou", "Xu"]),
    "Mongolian": (["Batbayar", "Ganbold", "Oyunchimeg", "Solongo"], ["Enkhbold", "Tsedev", "Dorj", "Bat-Erdene"]),
    "Kazakh": (["Nursultan", "Yerlan", "Aigerim", "Dana"], ["Nurlanov", "Abenova", "Zhaksybekov", "Seitkali"]),
    "Uzbek": (["Rustam", "Bakhodir", "Dilnoza", "Gulnora"], ["Karimov", "Yusupova", "Tashkentov", "Rakhimov"]),
    "Chamorro": (["Jesse", "Vicente", "Rosalia", "Tita"], ["Cruz", "Taitano", "San Nicolas", "Aguon"]),
    "Native Hawaiian": (["Keoni", "Kawika", "Leilani", "Malia"], ["Kahananui", "Kealoha", "Akana", "Kamakau"]),
    "Ojibwe": (["Waase", "Migizi", "Niigaani", "Wenona"], ["Bellecourt", "Morningstar", "Thunderbird", "Kingbird"]),
    "Cherokee": (["Jesse", "Sequoyah", "Wilma", "Awinita"], ["Sixkiller", "Wolfe", "Soap", "Swimmer"]),
    "Gullah": (["Cuffee", "Junie", "Essie", "Queen"], ["Grant", "Gadsden", "Singleton", "Manigault"]),
    "Louisiana Creole": (["Alcide", "Ulysse", "Octavie", "Noemie"], ["Broussard", "Fontenot", "Metoyer", "Guidry"]),
    "Texas German": (["Otto", "Wilhelm", "Hedwig", "Frieda"], ["Luckenbach", "Engelhardt", "Hoffmann", "Stautzenberger"]),
}

# Given names that are also English words or things, drawn three times in twenty.
WORD_GIVEN = ["Sterling", "Bishop", "Deacon", "Parish", "Temple", "Story", "Saint", "Justice", "Merit", "Trinity",
              "Genesis", "Eden", "Haven", "Lyric", "Harbor", "Everest", "Sage", "Clover", "Honor", "Bliss"]
WORD_SURNAMES = ["Church", "Chappell", "Priest", "Monk", "Abbott", "Dean", "Parsons", "Steeple", "Bell", "Vicars",
                 "Sexton", "Pope", "Cross", "Mercy", "Hope", "Cash", "Penny", "Banker", "Driver", "Rider",
                 "Carter", "Porter", "Mason", "Slate", "Brick", "Cable", "Wire", "Camper", "Scout", "Ranger"]
NICKNAMES = ["Bubba", "Sonny", "Tiny", "Doc", "Peaches", "Lefty", "Boots", "Duke", "Tater", "Biscuit", "Moose", "Junebug"]
CHURCH_TITLES = ["Pastor", "Father", "Reverend", "Deacon", "Sister", "Brother", "Bishop", "Elder"]

# Places by setting. Each is a complete location string labelled as one LOCATION per name.
CHURCHES = ["St. Casimir", "St. Wenceslaus", "Our Lady of Czestochowa", "St. Stanislaus Kostka", "Holy Trinity Greek Orthodox",
            "St. Sava Serbian Orthodox", "Bethel AME", "Zion Lutheran", "Mount Moriah Baptist", "St. Brigid", "St. Hedwig"]
MOSQUES = ["Masjid al-Noor", "Islamic Center of Dearborn Heights", "Masjid Bilal", "Dar al-Hijrah", "Masjid Omar"]
SYNAGOGUES = ["Beth Shalom", "Temple Emanu-El", "Congregation Ahavath Achim", "Shaarei Tefila", "B'nai Israel"]
TEMPLES = ["Sri Venkateswara Temple", "Gurdwara Sahib Fremont", "Wat Buddhapadipa", "BAPS Mandir Robbinsville", "Hsi Lai Temple"]
COLONIES = ["Rockport Colony", "Spring Creek Colony", "Big Valley Colony", "Millbrook Colony", "Pembina Colony"]
AMISH_PLACES = ["Gap", "Intercourse", "Bird-in-Hand", "Shipshewana", "Kalona", "Berlin", "Charm", "Walnut Creek", "Arthur"]
CAMPUSES = ["Wheeler Hall", "Lowell House", "McNutt Quad", "Baker Tower", "Schoellkopf Hall", "Pauley Pavilion",
            "Van Vleck Hall", "Stern Hall", "Clemens Library", "Hollis Hall"]
UNIVERSITIES = ["Purdue", "Oberlin", "Gonzaga", "Tulane", "Creighton", "Carleton", "Baylor", "Villanova", "Rice", "Vassar"]
FUNERAL_HOMES = ["Kowalski-Brennan Funeral Home", "Heritage Chapel of Rest", "Greenlawn Mortuary", "Dunbar & Sons", "Eternal Rest Crematory"]
BANKS = ["Chase", "Wells Fargo", "First Citizens", "Navy Federal", "Fifth Third", "Huntington", "Citizens Bank", "Synchrony"]
AGENCIES = ["Portfolio Recovery", "Midland Credit", "Transworld Systems", "Harris & Harris", "IC System"]
GIG_APPS = ["Uber", "Lyft", "DoorDash", "Instacart", "Grubhub", "Amazon Flex", "Shipt", "Postmates"]
LABS = ["Ancestry", "23andMe", "Invitae", "GeneDx", "Myriad", "Ambry", "FamilyTreeDNA", "Natera"]
SHIPS = ["Carnival Breeze", "Norwegian Joy", "Celebrity Apex", "Allure of the Seas", "Viking Orion", "Coral Princess"]
AIRPORTS = ["O'Hare", "Hartsfield-Jackson", "Sea-Tac", "Logan", "Schiphol", "Heathrow", "Changi", "Dulles", "Midway"]
TERMINALS = ["Terminal 5", "Concourse B", "Terminal C", "Concourse T", "Terminal 2E"]
CITIES_ABROAD = [("Cozumel", "Av. Rafael E. Melgar 58"), ("Lisbon", "Rua da Prata 112, 3 Esq"), ("Chiang Mai", "12/4 Soi Nimman 9"),
                 ("Nairobi", "Ngong Road, Plot 209"), ("Cuenca", "Calle Larga 7-43"), ("Medellin", "Carrera 43A #7-50"),
                 ("Dubrovnik", "Ulica od Puca 14"), ("Kyoto", "3-12 Gion-machi"), ("Oaxaca", "Calle Macedonio Alcala 403")]
CAMPS = ["Camp Tecumseh", "Camp Wanakita", "Camp Kanakuk", "Camp Sequoyah", "Camp Ramah", "Camp Hiawatha", "Camp Chippewa"]
SITES = ["Riverside Substation", "Pier 7 Tower", "Route 30 bypass", "Eastgate Lofts", "Harmon Ridge wind farm", "Lock and Dam 14"]
CONTRACTORS = ["Bechtel", "Kiewit", "Turner", "Skanska", "Quanta", "Ameren", "Duke Energy", "PG&E", "Xcel", "Dominion"]

# US towns that are English words, first names or saints; each its own LOCATION.
WORD_TOWNS = ["Faith", "Prosperity", "Temperance", "Bethlehem", "Zion", "Nazareth", "Goshen", "Canaan", "Shiloh",
              "Harmony", "Eva", "Ada", "Alma", "Edna", "Marion", "Chester", "Saint Paul", "San Jose", "Santa Rosa",
              "St. Martinville", "St. Cloud", "Ogden", "Sublime", "Bountiful", "Moravia", "Chapel Hill", "Church Point"]
COUNTIES = ["Lancaster County", "Holmes County", "LaGrange County", "Washtenaw County", "Cook County", "Orleans Parish",
            "St. Landry Parish", "Beadle County"]

# Clinical terms that are never identifiers (retention).
CASE_TERMS = ["pulmonary embolism", "aortic dissection", "septic arthritis", "pyelonephritis", "appendicitis",
              "cellulitis", "community-acquired pneumonia", "subarachnoid hemorrhage", "DKA", "hyperkalemia",
              "rhabdomyolysis", "heat exhaustion", "syncope", "atrial fibrillation", "NSTEMI", "cholecystitis",
              "diverticulitis", "pancreatitis", "hip fracture", "C. diff colitis", "meningitis", "Lyme disease",
              "anaphylaxis", "hypothermia", "preeclampsia", "ectopic pregnancy", "asthma exacerbation", "COPD exacerbation"]
GENETIC_TERMS = ["BRCA2", "Lynch syndrome", "hereditary hemochromatosis", "factor V Leiden", "cystic fibrosis carrier",
                 "maple syrup urine disease", "Ellis-van Creveld syndrome", "Tay-Sachs carrier", "familial hypercholesterolemia"]
MEDS = ["apixaban", "metformin", "lisinopril", "ceftriaxone", "enoxaparin", "prednisone", "doxycycline", "insulin glargine"]
