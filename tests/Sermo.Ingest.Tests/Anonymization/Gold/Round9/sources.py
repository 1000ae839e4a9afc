"""Names, places and clinical words typed by hand for round 9 (decision 063); none copied from the scrubber or older sets."""

GIVEN = [
    # West and East African
    "Chiamaka", "Obinna", "Kelechi", "Yewande", "Akosua", "Mawuli", "Dzifa", "Senam", "Fatoumata", "Oumou", "Seydou",
    "Ndeye", "Awa", "Njeri", "Achieng", "Wafula", "Chebet", "Meseret", "Selamawit", "Hiwot", "Yohannes", "Tobiloba",
    # South Asian
    "Anirudh", "Thejas", "Kavitha", "Harpreet", "Manpreet", "Jaswinder", "Parminder", "Tanvir", "Farhana", "Rubina",
    "Shafiq", "Bhavna", "Vaishnavi", "Nandini", "Sowmya", "Dinesh",
    # East and South-East Asian
    "Xiaoling", "Yuxuan", "Zhihao", "Jiayi", "Haoran", "Qiong", "Wenjie", "Thuy", "Minh", "Kenji", "Sayuri", "Daisuke",
    "Ayumi", "Tomoko", "Seo-yeon", "Min-jun", "Rizal", "Dewi",
    # Slavic, Baltic, Balkan
    "Grzegorz", "Agnieszka", "Zofia", "Vasilisa", "Yaroslav", "Oksana", "Bohdan", "Taras", "Dragana", "Nemanja",
    "Radek", "Zdeněk", "Rūta", "Aušra",
    # Arabic, Persian, Turkish
    "Rania", "Hadeel", "Khaled", "Nour", "Farnaz", "Arash", "Babak", "Emine", "Elif", "Burak", "Mahmoud",
    # Latin American and Iberian
    "Yesenia", "Itzel", "Citlali", "Esperanza", "Consuelo", "Amparo", "Socorro", "Heriberto", "Wilfredo", "Leticia",
    # Pacific and Indigenous North American
    "Leilani", "Pualani", "Makoa", "Losaline", "Mele", "Wiremu", "Tipene", "Kimimela", "Winona", "Ahanu",
    # English words used as given names
    "Clement", "Constance", "Mercy", "Verity", "Sterling", "Sunny", "Goldie", "Ivy", "Poppy", "Fern", "Olive", "Ruby",
    "Summer", "Storm", "River", "Brook", "Heath", "Forrest", "Clay", "Flint", "Cliff", "Duke", "Major", "Marshal",
    "Miles", "Cash", "Colt", "Tucker", "Deacon", "Scout", "Robin", "Jay", "Lark", "Bear", "Honey", "Sparrow",
]

SURNAMES = [
    "Adeyemi-Cole", "Nwosu", "Agyemang", "Mensah-Bonsu", "Ofori-Atta", "Coulibaly", "Ndiaye", "Onyekachi", "Akinwande",
    "Otieno", "Kiplagat", "Gebreyesus", "Bekele",
    "Subramaniam", "Chakraborty", "Bhattacharjee", "Mukhopadhyay", "Dhillon", "Grewal", "Sandhu", "Chowdhury",
    "Siddiqui", "Kurup", "Naidu", "Deshpande", "Trivedi", "Zaveri", "Jadeja", "Wickramasinghe", "Jayasuriya",
    "Gunawardena",
    "Xu", "Cao", "Liang", "Hoang", "Huynh", "Bui", "Watanabe", "Fujimoto", "Hwang", "Yoon", "Lim", "Santoso",
    "Szymański", "Kowalczyk", "Zieliński", "Lewandowska", "Shevchenko", "Tkachenko", "Kravchuk", "Milošević",
    "Vuković", "Kovačević", "Dvořák", "Kazlauskas",
    "Al-Harbi", "Haddad", "Khoury", "Mansour", "Farouk", "Mohammadi", "Esfahani", "Karimi", "Yılmaz", "Şahin", "Çelik",
    "Villaseñor", "Ibarra", "Quiñones", "Echeverría", "Maldonado", "Xicoténcatl",
    "Kahale", "Faleolo", "Taufa", "Whitehorse", "Littlewolf", "Redhouse", "Manuelito", "Nez",
    # ordinary English words that are surnames
    "Baker", "Mason", "Carpenter", "Shepherd", "Potter", "Weaver", "Fuller", "Tanner", "Parsons", "Abbott", "Prior",
    "Marsh", "Moss", "Brooks", "Rivers", "Lane", "Bridges", "Gates", "Castle", "Horn", "Fox", "Crow", "Swan", "Finch",
    "Peacock", "Salmon", "Pike", "Rice", "Bean", "Pepper", "Sweet", "Strong", "Little", "Young", "Wise", "Hardy",
    "Love", "Joy", "Day", "Knight", "Frost", "Snow", "Steel", "Silver", "Banks", "Sharp", "Bright", "Wild", "Kind",
    "Hale", "Stout", "Armstrong", "Lovejoy", "Makepeace", "Gamble", "Bones", "Hurt", "Blunt", "Brain", "Foot", "Hart",
    # particles, apostrophes and Mc/Mac
    "van den Berg", "ter Horst", "de Vries", "van Rensburg", "von Albrecht", "de la Fuente", "del Toro", "da Silva",
    "dos Santos", "di Stefano", "Lo Bianco", "Le Goff", "D'Souza", "D'Amato", "O'Donoghue", "O'Rourke-Mbeki",
    "McCreesh", "MacAskill", "McIlhenny", "Fitzwilliam", "ap Rhys", "bin Yusof", "El-Amin",
]

# Words that are given names next to a surname that is also a word ("Dr. Rose Hazel"): both parts are the name.
WORD_PAIRS = [
    ("Rose", "Hazel"), ("Ivy", "Bloom"), ("Faith", "Hope"), ("Crystal", "Waters"), ("Sandy", "Banks"), ("Dale", "Winter"),
    ("Honor", "Bright"), ("Pearl", "Stone"), ("Autumn", "Leaf"), ("Rusty", "Nail"), ("Will", "Power"), ("Grace", "Fields"),
]

NICKNAMES = [
    ("Theodora", "Teddie", "Lovell"), ("Bartholomew", "Bart", "Okafor-Reyes"), ("Guadalupe", "Pita", "Barrientos"),
    ("Wilhelmina", "Billie", "Stroud"), ("Oluwaseun", "Seun", "Adebisi"), ("Aleksandr", "Sasha", "Morozov"),
    ("Margarethe", "Gretl", "Hinterberger"), ("Nkechinyere", "Nkechi", "Obiora"), ("Cornelius", "Neil", "Tapsell"),
    ("Purnima", "Puni", "Bose"), ("Francisco", "Paco", "Urquidi"), ("Kalolaine", "Lani", "Fifita"),
]

# Small US towns (state after), several of them ordinary words or clinical-sounding
TOWNS = [
    ("Accident", "MD"), ("Boring", "OR"), ("Peculiar", "MO"), ("Whynot", "NC"), ("Toast", "NC"), ("Tightwad", "MO"),
    ("Difficult", "TN"), ("Sandwich", "IL"), ("Early", "TX"), ("Happy", "TX"), ("Earth", "TX"), ("Muleshoe", "TX"),
    ("Ideal", "GA"), ("Climax", "MN"), ("Defiance", "OH"), ("Protection", "KS"), ("Paradise", "MI"), ("Eighty Eight", "KY"),
    ("Rabbit Hash", "KY"), ("Paint Lick", "KY"), ("Beauty", "KY"), ("Sublimity", "OR"), ("Remote", "OR"), ("Zigzag", "OR"),
    ("Riddle", "OR"), ("Drain", "OR"), ("Halfway", "OR"), ("Fossil", "OR"), ("Weed", "CA"), ("Cool", "CA"),
    ("Volcano", "CA"), ("Needles", "CA"), ("Bucksnort", "TN"), ("Only", "TN"), ("Nameless", "TN"), ("Finger", "TN"),
    ("Elbow Lake", "MN"), ("Nimrod", "MN"), ("Fertile", "MN"), ("Ball Club", "MN"), ("Knife River", "MN"),
    ("Finland", "MN"), ("Brazil", "IN"), ("Peru", "IN"), ("Mexico", "MO"), ("Cuba", "NM"), ("Poland", "ME"),
    ("Norway", "ME"), ("China", "ME"), ("Glasgow", "MT"), ("Geneva", "NE"), ("Ottawa", "KS"), ("Wells", "NV"),
    ("Murphy", "NC"), ("Addison", "TX"), ("Cushing", "OK"), ("Homer", "AK"), ("Kyle", "SD"), ("Virginia", "MN"),
    ("Joseph", "OR"), ("Mitchell", "OR"), ("Marfa", "TX"), ("Truth or Consequences", "NM"), ("Lame Deer", "MT"),
    ("Eagle Butte", "SD"), ("Ganado", "AZ"), ("Kayenta", "AZ"), ("Shiprock", "NM"), ("Tonopah", "NV"),
    ("Winnemucca", "NV"), ("Panguitch", "UT"), ("Mexican Hat", "UT"), ("Talkeetna", "AK"), ("Seldovia", "AK"),
    ("Hoonah", "AK"), ("Metlakatla", "AK"), ("Soddy-Daisy", "TN"), ("Possum Trot", "KY"), ("Igo", "CA"),
]

COUNTIES = [
    "Loving County", "Kenedy County", "Arthur County", "Petroleum County", "Treasure County", "Esmeralda County",
    "Hinsdale County", "Mineral County", "Issaquena County", "Keweenaw County", "Kalawao County", "McPherson County",
    "Tensas Parish", "Catahoula Parish", "Red River Parish", "Yakutat Borough", "Denali Borough", "Bristol Bay Borough",
]

FOREIGN = [
    "Kumasi", "Takoradi", "Enugu", "Onitsha", "Ilorin", "Eldoret", "Mbarara", "Gulu", "Mwanza", "Gondar", "Jimma",
    "Hargeisa", "Lilongwe", "Zomba", "Ndola", "Bulawayo", "Mthatha", "Thrissur", "Kozhikode", "Madurai",
    "Tirunelveli", "Vellore", "Ludhiana", "Jalandhar", "Patiala", "Guntur", "Sylhet", "Khulna", "Multan", "Kandy",
    "Jaffna", "Da Nang", "Haiphong", "Bacolod", "Dumaguete", "Khon Kaen", "Ipoh", "Kuching", "Makassar", "Kunming",
    "Changsha", "Fuzhou", "Gwangju", "Jeonju", "Kanazawa", "Matsuyama", "Łódź", "Białystok", "Rzeszów", "Ternopil",
    "Kragujevac", "Tuzla", "Ostrava", "Košice", "Debrecen", "Iași", "Plovdiv", "Tabriz", "Mashhad", "Irbid",
    "Sulaymaniyah", "Trabzon", "Gaziantep", "Mansoura", "Tapachula", "Quetzaltenango", "Cochabamba", "Arequipa",
    "Bucaramanga", "Cúcuta", "Jacmel", "Cap-Haïtien",
]

STREETS = [
    "Persimmon Ridge Rd", "Old Tannery Ln", "Bitterroot Trl", "Catawba Way", "Sorghum Mill Rd", "Quaker Bottom Rd",
    "Lonesome Pine Dr", "Hollyhock Ct", "Spring Creek Loop", "Buttermilk Pike", "Beaver Dam Rd", "Kiowa St",
    "Tamarack Ave", "Wapsipinicon Rd", "Cedar Bluff Cir", "Shad Run", "Goose Pond Rd", "Turkey Foot Rd",
    "Ironwood Terrace", "Cherokee Rose Ln", "Mill Race Rd", "Saddle Horn Dr", "Chokecherry Ct", "Widow's Creek Rd",
]

MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "protonmail.com",
                "ruraltel.net", "ktc-mail.org", "prairiewave.net"]

# Clinical words: ordinary ones and ones that look like names (eponyms, brands, trial and score names)
CLINICAL = [
    "CHF exacerbation", "COPD", "NSTEMI", "pulmonary embolism", "cellulitis", "pyelonephritis", "sepsis", "DKA",
    "hyperkalemia", "syncope", "GI bleed", "cirrhosis", "hepatic encephalopathy", "pneumonia", "C diff colitis",
    "osteomyelitis", "hip fracture", "subdural hematoma", "ischemic stroke", "atrial flutter", "heart block",
    "aortic stenosis", "endocarditis", "pancreatitis", "cholecystitis", "appendicitis", "SBO", "diverticulitis",
    "pleural effusion", "AKI", "nephrotic syndrome", "rhabdomyolysis", "hyponatremia", "delirium", "dementia",
    "failure to thrive", "pressure injury", "UTI", "shingles", "gout", "anemia", "thrombocytopenia", "neutropenic fever",
    "Addison's disease", "Cushing's syndrome", "Graves' disease", "Hashimoto's thyroiditis", "Crohn's disease",
    "Parkinson's disease", "Alzheimer's disease", "Bell's palsy", "Guillain-Barré syndrome", "Sjögren's syndrome",
    "Raynaud's", "Kawasaki disease", "Wilson's disease", "Paget's disease", "Hodgkin lymphoma", "Barrett's esophagus",
    "Wegener's granulomatosis", "Tourette syndrome", "Ménière's disease", "Peyronie's disease", "Charcot foot",
]
DRUGS = [
    "Eliquis", "Xarelto", "Jardiance", "Farxiga", "Entresto", "Lasix", "Keppra", "Trulicity", "Mounjaro", "Brilinta",
    "Humira", "Otezla", "Lantus", "Tresiba", "Seroquel", "Zyprexa", "Haldol", "Ativan", "Norco", "Dilaudid",
    "Narcan", "Suboxone", "Vivitrol", "Sublocade", "Coreg", "Lopressor", "Cardizem", "Digoxin", "Amiodarone",
    "vancomycin", "Zosyn", "ceftriaxone", "Bactrim", "Keflex", "Augmentin", "doxycycline", "metformin", "insulin glargine",
    "prednisone", "Solu-Medrol", "heparin drip", "Lovenox", "warfarin", "Kcentra", "Aimovig", "Jolivette", "Errin",
    "Junel", "Sprintec", "Sronyx", "Aubra", "Camrese", "Yasmin", "Lucemyra", "Celebrex", "Flomax", "Proscar",
]
PROCEDURES = [
    "Foley", "Whipple", "Nissen", "Hartmann's procedure", "Roux-en-Y", "Swan-Ganz", "Hickman line", "PICC",
    "thoracentesis", "paracentesis", "lumbar puncture", "ERCP", "EGD", "colonoscopy", "TEE", "cardioversion",
    "CABG", "TAVR", "PCI", "ablation", "pacemaker", "ICD", "dialysis", "intubation", "trach", "PEG",
    "Jackson-Pratt drain", "Pleurx catheter", "Bakri balloon", "McRoberts maneuver", "Kasai procedure", "Fontan",
    "Glenn shunt", "Blalock-Taussig shunt", "Ross procedure", "Bentall", "Ilizarov frame", "Pavlik harness",
]
SCORES = [
    "Wells score", "Geneva score", "PERC", "HEART score", "TIMI", "GRACE score", "CHA2DS2-VASc", "HAS-BLED",
    "CURB-65", "MELD", "Child-Pugh", "qSOFA", "Glasgow Coma Scale", "Ottawa knee rules", "Canadian CT head rule",
    "Apgar", "Bishop score", "Gleason", "Breslow", "Mallampati", "Hunt and Hess", "Fisher grade", "Killip class",
    "Rockall score", "Glasgow-Blatchford score", "Caprini score", "Padua score", "Khorana score", "Centor criteria",
]
TRIALS = [
    "SPRINT", "ACCORD", "DAPA-HF", "PARADIGM-HF", "ISCHEMIA", "COURAGE", "JUPITER", "FOURIER", "ODYSSEY", "REDUCE-IT",
    "STEP-HFpEF", "SURMOUNT", "ARISTOTLE", "RE-LY", "ENGAGE AF", "AUGUSTUS", "PARTNER 3", "COAPT", "CABANA",
    "ORBITA", "EXCEL", "COLCOT", "ASPREE", "ARRIVE", "DEFUSE 3", "DAWN", "ESCAPE-NA1", "POINT", "CHANCE",
    "VICTORIA", "GALACTIC-HF", "EMPEROR-Reduced", "DELIVER", "SELECT", "HOPE-3", "ALLHAT", "RALES", "EMPHASIS-HF",
]
