"""Names, places and clinical words for round 11's held-out set (decision 080).

Typed by hand for this set from the author's own knowledge; nothing was copied from a registry, from the
repository's word lists or from an earlier gold set. Cultures chosen to differ from round 10's (decision 071).
"""

# (culture, given names, surnames, family name first in speech?)
CULTURES = [
    ("korean", ["Ji-hoon", "Hye-jin", "Sung-min", "Eun-ji", "Dong-hyun", "Mi-sook", "Young-ho", "Seo-yeon", "Jae-won", "Soo-ah"],
     ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han", "Kwon", "Hwang", "Ahn", "Moon", "Son", "Bae", "Baek", "Heo"], True),
    ("vietnamese", ["Thanh", "Linh", "Minh", "Huong", "Phuong", "Tuan", "Dung", "Hai", "Lan", "Mai", "Khanh", "Quang", "Thuy", "Bao", "Hieu"],
     ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly"], True),
    ("filipino", ["Maricel", "Rizalina", "Jocelyn", "Marites", "Rowena", "Arnel", "Efren", "Dolores", "Analyn", "Lovely", "Precious", "Jericho", "Rodel", "Divina"],
     ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan", "Manalo", "Pangilinan", "Agbayani", "Tolentino", "Magbanua", "Dumlao"], False),
    ("ethiopian", ["Selam", "Meron", "Hiwot", "Tigist", "Yohannes", "Dawit", "Genet", "Mekdes", "Tsion", "Berhane", "Tekle", "Abebe", "Getachew", "Almaz"],
     ["Tesfaye", "Haile", "Alemayehu", "Tadesse", "Bekele", "Girma", "Mulugeta", "Kebede", "Wolde", "Ghebremedhin", "Habte", "Assefa"], False),
    ("somali", ["Abdirahman", "Hodan", "Ayan", "Faduma", "Abdiwali", "Ubah", "Hamdi", "Sahra", "Bashir", "Istahil"],
     ["Farah", "Warsame", "Hirsi", "Jama", "Nur", "Egal", "Mohamud", "Dirie", "Abdulle"], False),
    ("greek", ["Eleni", "Dimitrios", "Giorgos", "Vasiliki", "Panagiotis", "Sotiria", "Stavros", "Kyriaki", "Athanasios", "Despina", "Evangelia", "Spyros"],
     ["Papadopoulos", "Georgiou", "Konstantinidis", "Nikolaidis", "Karagiannis", "Vlachos", "Papageorgiou", "Christodoulou", "Theodorakis", "Antoniou", "Mavros"], False),
    ("portuguese", ["João", "Graça", "Inês", "Rui", "Tiago", "Leonor", "Gonçalo", "Fátima", "Joaquim", "Duarte", "Filipa", "Conceição"],
     ["Gonçalves", "Ferreira", "Carvalho", "Rodrigues", "Almeida", "Sousa", "Pereira", "Ribeiro", "Magalhães", "Assunção", "Medeiros", "Furtado"], False),
    ("hungarian", ["Zsófia", "Bence", "Gergely", "Ildikó", "Zoltán", "Erzsébet", "Csaba", "Réka", "Levente", "Ágnes", "Tünde", "Imre"],
     ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Farkas", "Balogh", "Papp", "Takács", "Juhász", "Lakatos"], True),
    ("turkish", ["Mehmet", "Ayşe", "Fatma", "Emine", "Hatice", "Mustafa", "Hüseyin", "Elif", "Zeynep", "Burak", "Emre", "Gökhan", "Özlem", "Derya"],
     ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt"], False),
    ("irish", ["Aoife", "Siobhán", "Caoimhe", "Niamh", "Oisín", "Cathal", "Pádraig", "Saoirse", "Tadhg", "Róisín", "Eoghan", "Fiachra", "Gráinne", "Dearbhla"],
     ["Ó Súilleabháin", "Ní Bhriain", "Mac Giolla Phádraig", "Ó Conchúir", "Nic Dhomhnaill", "Ó Dónaill", "Ní Chonaill", "Mac Lochlainn", "Ó Ceallaigh"], False),
    ("haitian", ["Mackenson", "Wilner", "Fabienne", "Guerline", "Nadège", "Jolicoeur", "Rosemène", "Frantz", "Ketly", "Dieudonné"],
     ["Jean-Baptiste", "Pierre-Louis", "Saint-Fleur", "Dorvil", "Exantus", "Toussaint", "Louissaint", "Charlemagne", "Lafortune", "Bonhomme", "Desir"], False),
    ("caribbean", ["Delroy", "Winston", "Marcia", "Sharlene", "Kemar", "Shanique", "Odane", "Kizzy", "Devika", "Rajesh", "Nigel"],
     ["McKenzie", "Ramdial", "Persad", "Maharaj", "Ramkissoon", "Boodoo", "Seepersad", "Gayle", "Facey", "Ebanks"], False),
    ("japanese", ["Haruto", "Yui", "Sakura", "Hiroshi", "Keiko", "Akira", "Yuki", "Noriko", "Takeshi", "Emiko"],
     ["Tanaka", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Hayashi", "Shimizu", "Ishikawa", "Fujita"], True),
    ("armenian", ["Anahit", "Armen", "Lusine", "Tigran", "Gayane", "Narek", "Siranush", "Vartan"],
     ["Petrosyan", "Hovhannisyan", "Sargsyan", "Grigoryan", "Avetisyan", "Khachatryan", "Manukyan", "Der Bedrossian"], False),
    ("hmong", ["Pa", "Nou", "Kou", "Pao", "Chue", "Tou", "Yia", "Mai Nou", "Ka", "See"],
     ["Vang", "Xiong", "Thao", "Lor", "Moua", "Her", "Vue", "Khang", "Yang"], False),
    ("dine_lakota", ["Shandiin", "Ahiga", "Nizhoni", "Doli", "Wanbli", "Chayton", "Winona", "Tokala"],
     ["Begay", "Yazzie", "Benally", "Tsosie", "Nez", "Etsitty", "Tso", "Two Bulls", "Red Cloud", "Many Horses", "Iron Shell", "Whitehorse", "Lone Elk"], False),
]

# Given names that are ordinary English words or sound clinical (not round 10's Hazel, Ivy, Rose, Clay, Misty).
WORD_GIVEN = ["Summer", "Autumn", "Dawn", "Honor", "Patience", "Sunny", "Rusty", "Buck", "Chase", "Hunter", "Sage", "Wren",
              "Robin", "Jewel", "Pearl", "Amber", "Crystal", "Destiny", "Royal", "Story", "Harmony", "Cash", "Colt", "Dusty",
              "Bliss", "Mercy", "Charity", "Constance", "Prudence", "Iris", "Gene", "Lance", "Will", "Pat", "Mark", "Grant",
              "Ray", "Art", "Drew", "Bud", "Hank", "Sky", "Storm", "Gale", "River", "Olive", "Willow", "Major", "Duke", "Earl"]

# Surnames that are English words or clinical-sounding (not round 10's Frost, Marsh, Bishop, Church, Golden, ...).
WORD_SURNAME = ["Stone", "Wolf", "Fox", "Bird", "Lamb", "Cook", "Baker", "Mason", "Cotton", "Rice", "Bean", "Sharp",
                "Hardy", "Moody", "Love", "Sweet", "Swift", "Strong", "Long", "Short", "Little", "Young", "Bland",
                "Blood", "Payne", "Hurt", "Bone", "Heart", "Coffin", "Graves", "Nurse", "Savage", "Wise", "Best", "Dye",
                "Cross", "Chambers", "Walls", "Root", "Bush", "Berry", "Woods", "Hill", "Brook", "Banks", "Waters",
                "Wells", "Pace", "Burns", "Turner", "Gilbert", "Wilson", "Tanner", "Light", "Beers", "Morse", "Fisher", "Hunt"]

NICKNAMES = ["Bongbong", "Jun-Jun", "Bebe", "Lolo Ben", "Nana Ketly", "Baby", "Big Mike", "Sonny", "Bubba", "Junebug",
             "Tiny", "Cuz", "Ma Dot", "Pop-Pop", "Auntie Ubah"]

RELATIONS = ["daughter", "son", "wife", "husband", "granddaughter", "grandson", "niece", "nephew", "sister", "brother",
             "mother-in-law", "partner", "neighbor", "cousin", "stepdaughter"]

# Small towns (many of them words) in states round 10 used less; (town, state code).
TOWNS = [("Accident", "MD"), ("Bumpass", "VA"), ("Rabbit Hash", "KY"), ("Monkeys Eyebrow", "KY"), ("Pie Town", "NM"),
         ("Truth or Consequences", "NM"), ("Santa Claus", "IN"), ("Chicken", "AK"), ("Eek", "AK"), ("Normal", "IL"),
         ("Intercourse", "PA"), ("Bird-in-Hand", "PA"), ("Hot Coffee", "MS"), ("Soso", "MS"), ("Chunky", "MS"),
         ("Toast", "NC"), ("Whynot", "NC"), ("Success", "AR"), ("Smackover", "AR"), ("Slapout", "OK"), ("Okay", "OK"),
         ("Greasy", "OK"), ("Paradise", "MT"), ("Joseph", "OR"), ("Kayenta", "AZ"), ("Chinle", "AZ"), ("Shiprock", "NM"),
         ("Crownpoint", "NM"), ("Lame Deer", "MT"), ("Browning", "MT"), ("Lapwai", "ID"), ("Toppenish", "WA"),
         ("Neah Bay", "WA"), ("Bethel", "AK"), ("Kotzebue", "AK"), ("Fort Yates", "ND"), ("Kyle", "SD"),
         ("Mexico", "ME"), ("Peru", "VT"), ("Berlin", "NH"), ("Paris", "KY"), ("Athens", "WV"), ("Cairo", "WV"),
         ("Sublimity", "OR"), ("Nitro", "WV"), ("Burnt Corn", "AL"), ("Scratch Ankle", "AL"), ("Gnaw Bone", "IN"),
         ("Dinosaur", "CO"), ("Last Chance", "CO"), ("Hygiene", "CO"), ("Wounded Knee", "SD"), ("Cut and Shoot", "TX"),
         ("Protection", "KS"), ("Liberal", "KS"), ("Halfway", "OR"), ("Mars", "PA"), ("Moab", "UT"), ("Bountiful", "UT"),
         ("Plentywood", "MT"), ("Ismay", "MT"), ("Two Egg", "FL"), ("Christmas", "FL"), ("Waterproof", "LA"),
         ("Bayou Goula", "LA"), ("Kaunakakai", "HI"), ("Hana", "HI"), ("Pahoa", "HI"), ("Wahkiakum", "WA")]

COUNTIES = ["Owsley County", "McDowell County", "Wolfe County", "Apache County", "Oglala Lakota County", "Big Horn County",
            "Todd County", "Holmes County", "Tunica County", "Lake and Peninsula Borough", "Kusilvak Census Area",
            "Tensas Parish", "East Carroll Parish", "Hancock County", "Kalawao County", "Loving County"]

STREETS = ["Old Mill Rd", "Tallow Creek Ln", "Hwy 191", "County Road 14B", "Spur 22", "Kamehameha Ave", "Rue Dauphine",
           "N 4th St", "Mulberry Hollow", "Indian Service Route 12", "Bayou Rd", "Lick Fork Rd"]

FOREIGN_CITIES = ["Daegu", "Incheon", "Da Nang", "Hue", "Cebu", "Iloilo", "Bahir Dar", "Mekelle", "Hargeisa", "Thessaloniki",
                  "Patras", "Braga", "Coimbra", "Debrecen", "Pécs", "Izmir", "Trabzon", "Galway", "Dingle", "Les Cayes",
                  "Jacmel", "Montego Bay", "San Fernando", "Sendai", "Gyumri", "Ponta Delgada"]

MILITARY = [("PSC 817 Box 44", "FPO AE", "09622"), ("Unit 8400 Box 1216", "APO AP", "96205"), ("USS Ronald Reagan", "FPO AP", "96616"),
            ("CMR 480 Box 2291", "APO AE", "09128"), ("PSC 455 Box 131", "FPO AP", "96540"), ("Unit 15215", "APO AA", "34038"),
            ("DPO AE 09701", "", ""), ("USNS Mercy", "FPO AP", "96672")]

# Phone shapes: international (country code first) and US.
PHONE_SHAPES = ["+82 10-{4}-{4}", "+84 90 {3} {4}", "+63 917 {3} {4}", "+251 91 {3} {4}", "+30 210 {3} {4}",
                "+351 912 {3} {3}", "+36 30 {3} {4}", "+90 532 {3} {2} {2}", "+353 87 {3} {4}", "+1 (876) 555-{4}",
                "+509 3{3} {4}", "1-868-555-{4}", "(9{2}) 555-{4}", "7{2}.555.{4}", "6{2}-555-{4} ext {3}", "011 82 2 {4} {4}",
                "+81 90-{4}-{4}", "+374 91 {6}"]

# Record-number shapes ({n} digits, {A} letters).
RECORD_SHAPES = [("MRN", "{8}"), ("MRN", "A-{4}-{4}"), ("MRN#", "{7}"), ("acct#", "{4}-{2}-{3}"), ("FIN", "{9}"), ("CSN", "{10}"),
                 ("encounter", "E-{5}"), ("med rec #", "{2}-{2}-{3}"), ("chart", "{5}-{A}"), ("HAR", "{8}"),
                 ("MBI", "{1}{A}{A}{1}-{A}{A}{1}-{A}{A}{2}"), ("NPI", "{10}"), ("DEA", "{A}{A}{7}"), ("member ID", "{A}{8}"),
                 ("accession", "S{2}-{5}"), ("path #", "SP-{2}-{6}"), ("pacer SN", "{A}{A}{A} {6}{A}"), ("Rx #", "{7}"),
                 ("claim #", "{A}{A}{11}"), ("license", "{A}{A}.{6}"), ("case #", "{2}-{A}{A}-{4}")]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]

EMAIL_DOMAINS = ["yahoo.com", "gmail.com", "hotmail.com", "outlook.com", "naver.com", "icloud.com", "aol.com", "protonmail.com"]

# Clinical words that must survive: eponyms, signs, scores, brands, trials, places in disease names, departments.
EPONYMS = ["Graves' disease", "Hashimoto's thyroiditis", "Addison's disease", "Wilson's disease", "Gilbert's syndrome",
           "Turner syndrome", "Guillain-Barré syndrome", "Sjögren's syndrome", "Dupuytren's contracture", "Peyronie's disease",
           "Boerhaave syndrome", "Mallory-Weiss tear", "Zenker's diverticulum", "Barrett's esophagus", "Budd-Chiari syndrome",
           "Wernicke's encephalopathy", "Takayasu arteritis", "Kawasaki disease", "Buerger's disease", "Osgood-Schlatter",
           "Meckel's diverticulum", "Hirschsprung disease", "Burkitt lymphoma", "Waldenström macroglobulinemia",
           "Lambert-Eaton syndrome", "Charcot foot", "Bennett fracture", "Jones fracture", "Colles fracture", "Lisfranc injury",
           "Stevens-Johnson syndrome", "Henoch-Schönlein purpura", "familial Mediterranean fever", "Minamata disease", "Tangier disease", "Brugada pattern", "Wolff-Parkinson-White", "Wellens syndrome"]
SIGNS = ["Kernig's sign", "Brudzinski's sign", "Trousseau's sign", "Chvostek's sign", "Cullen's sign", "Grey Turner's sign",
         "Kehr's sign", "Rovsing's sign", "Battle's sign", "Hoffmann's sign", "Tinel's sign", "Phalen's test", "Finkelstein's test",
         "Lachman test", "Spurling's test", "Nikolsky sign", "Kussmaul breathing", "Cheyne-Stokes breathing", "Beck's triad",
         "Virchow's node", "Osler nodes", "Janeway lesions", "Roth spots", "Westermark sign", "Hampton's hump", "Dix-Hallpike",
         "Epley maneuver", "Trendelenburg gait", "Kanavel signs", "Romberg"]
SCORES = ["Wells score", "Centor score", "HEART score", "TIMI", "GRACE score", "CURB-65", "qSOFA", "APACHE II", "BISAP",
          "MELD-Na", "Child-Pugh B", "Glasgow-Blatchford", "CHA2DS2-VASc", "HAS-BLED", "NIHSS", "ABCD2", "Hunt and Hess",
          "Fisher grade", "Alvarado score", "PERC", "PESI", "Caprini", "Braden score", "Morse fall score", "ECOG 2",
          "Gleason 4+3", "Breslow depth", "Bosniak IIF", "BI-RADS 4", "Fleischner", "Bishop score", "Apgar", "Mallampati",
          "Light's criteria", "Duke criteria", "Beers criteria", "Tanner stage", "Sgarbossa criteria", "Ranson criteria"]
BRANDS = ["Eliquis", "Xarelto", "Jardiance", "Farxiga", "Ozempic", "Mounjaro", "Entresto", "Keytruda", "Dupixent", "Lasix",
          "Zosyn", "Narcan", "Sublocade", "Precedex", "Dilaudid", "Kcentra", "Andexxa", "Repatha", "Trikafta", "Trelegy",
          "Leqembi", "Skyrizi", "Rinvoq", "Ocrevus", "Tepezza", "Beyfortus", "Paxlovid", "Xofluza", "Allegra", "Heather",
          "Camila", "Nikki", "Jolivette", "Prevnar 20", "Shingrix", "Vyvanse", "Invega Sustenna", "Nurtec", "Evenity"]
TRIALS = ["SPRINT", "ACCORD", "DAPA-HF", "EMPEROR-Reduced", "PARADIGM-HF", "ISCHEMIA", "COURAGE", "RECOVERY", "SELECT",
          "SURMOUNT-1", "ARISTOTLE", "ROCKET AF", "COMPASS", "FOURIER", "DAWN", "DEFUSE 3", "WAKE-UP", "TTM2", "NICE-SUGAR",
          "CRASH-3", "SMART", "CLOVERS", "ANDROMEDA-SHOCK", "HOPE", "JUPITER", "ORBITA", "PARTNER 3", "EMPA-REG",
          "ADRENAL", "VANISH", "CREDENCE", "DELIVER"]
PLACE_DISEASES = ["Lyme disease", "Rocky Mountain spotted fever", "West Nile virus", "Ebola", "Marburg virus", "Coxsackie",
                  "Norwalk virus", "Powassan virus", "St. Louis encephalitis", "Japanese encephalitis", "Valley fever",
                  "Legionnaires' disease", "Pontiac fever", "Crimean-Congo hemorrhagic fever", "Lassa fever",
                  "La Crosse encephalitis", "Heartland virus", "Bourbon virus", "Jamestown Canyon virus", "Ross River virus",
                  "Middle East respiratory syndrome"]
# Rules, scales and staging named after places (used where a tool, not a disease, fits the sentence).
PLACE_NAMED_TOOLS = ["Ottawa ankle rules", "Canadian C-spine rule", "San Francisco syncope rule", "Boston criteria",
                  "Rome IV", "Atlanta classification", "Lugano staging", "Montreal classification",
                  "Bristol stool chart", "Parkland formula", "Kansas City Cardiomyopathy Questionnaire", "Framingham"]
DEPARTMENTS = ["Case Management", "Utilization Review", "Patient Relations", "Risk Management", "Infection Prevention",
               "Revenue Cycle", "HIM", "Compliance", "P&T committee", "Pharmacy", "Interventional Radiology",
               "Transfusion Medicine", "Palliative", "Wound Care", "Nutrition Services", "Bed Management", "Nephrology",
               "Hospital Medicine", "MICU", "PACU", "L&D", "NICU", "Sleep Lab", "Cath Lab"]
