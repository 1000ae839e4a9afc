"""Round 27's word pools, typed by the set's author from memory (decision 173): names by culture and sex, places,
employers and facilities, and the clinical words the templates wrap. Nothing here was copied from a list or a search."""

# (given names female, given names male, surnames) per culture; the culture never appears in a post.
CULTURES = {
    "somali": (["Hodan", "Faadumo", "Ubah", "Sagal", "Ifrah"], ["Abdirahman", "Mahad", "Guled", "Liban", "Abdiwali"], ["Warsame", "Farah", "Jama", "Hirsi", "Dualeh"]),
    "amharic": (["Meseret", "Tigist", "Selamawit", "Hiwot"], ["Dawit", "Yonas", "Tesfaye", "Bereket"], ["Alemu", "Bekele", "Tadesse", "Gebremariam"]),
    "tigrinya": (["Senait", "Luwam", "Saba"], ["Yemane", "Filmon", "Kibrom"], ["Tesfamariam", "Haile", "Ghebreyesus"]),
    "hausa": (["Hauwa", "Zainab", "Amina"], ["Musa", "Abubakar", "Sani"], ["Danjuma", "Bello", "Garba"]),
    "igbo": (["Chiamaka", "Ngozi", "Adaeze"], ["Chukwuemeka", "Obinna", "Ikenna"], ["Okonkwo", "Nwachukwu", "Eze"]),
    "akan": (["Akosua", "Efua", "Ama"], ["Kwabena", "Kofi", "Yaw"], ["Mensah", "Owusu", "Asante"]),
    "wolof": (["Awa", "Fatou", "Ndeye"], ["Mamadou", "Cheikh", "Ousmane"], ["Ndiaye", "Diop", "Sarr"]),
    "turkish": (["Elif", "Zeynep", "Ebru"], ["Emre", "Murat", "Kerem"], ["Yilmaz", "Demirci", "Kaya"]),
    "kurdish": (["Rojda", "Berivan", "Nazdar"], ["Azad", "Serhat", "Kawa"], ["Barzani", "Zebari", "Hawrami"]),
    "persian": (["Shirin", "Parisa", "Roya"], ["Kourosh", "Babak", "Arash"], ["Tehrani", "Mohammadi", "Ghorbani"]),
    "pashto": (["Malalai", "Zarmina"], ["Wahidullah", "Jawad", "Zalmai"], ["Durrani", "Yousafzai", "Popal"]),
    "urdu": (["Sana", "Mehwish", "Rabia"], ["Faisal", "Imran", "Zubair"], ["Qureshi", "Siddiqui", "Chaudhry"]),
    "punjabi": (["Harpreet", "Simran", "Navneet"], ["Gurpreet", "Jaswinder", "Manjit"], ["Sandhu", "Grewal", "Dhillon"]),
    "bengali": (["Rumana", "Tahmina"], ["Sourav", "Arnab", "Tanvir"], ["Chowdhury", "Banerjee", "Mukherjee"]),
    "tamil": (["Kavitha", "Meenakshi", "Thenmozhi"], ["Senthil", "Murugan", "Karthik"], ["Subramaniam", "Ramasamy", "Arumugam"]),
    "telugu": (["Sravani", "Lakshmi"], ["Venkatesh", "Srinivas"], ["Reddy", "Naidu", "Kondapalli"]),
    "sinhala": (["Nadeesha", "Dilrukshi"], ["Chaminda", "Ruwan"], ["Perera", "Jayasuriya", "Wickramasinghe"]),
    "nepali": (["Sarita", "Anjali"], ["Bikash", "Prakash"], ["Shrestha", "Gurung", "Thapa"]),
    "tibetan": (["Pema", "Dolma"], ["Tenzin", "Norbu"], ["Lhamo", "Dorjee", "Tsering"]),
    "mongolian": (["Oyunchimeg", "Enkhjargal"], ["Batbayar", "Ganbold"], ["Bold", "Erdene", "Tsogt"]),
    "kazakh": (["Aigerim", "Dana"], ["Nurlan", "Yerlan"], ["Nurpeisov", "Zhakupov"]),
    "uzbek": (["Dilnoza", "Gulnora"], ["Rustam", "Sherzod"], ["Karimov", "Tashkentova", "Yusupov"]),
    "georgian": (["Nino", "Tamar", "Ketevan"], ["Giorgi", "Levan", "Davit"], ["Beridze", "Kapanadze", "Lomidze"]),
    "armenian": (["Anahit", "Lusine", "Siranush"], ["Aram", "Tigran", "Hovhannes"], ["Petrosyan", "Hakobyan", "Sargsyan"]),
    "greek": (["Eleni", "Despina", "Katerina"], ["Nikos", "Stavros", "Dimitrios"], ["Papadopoulos", "Konstantinidis", "Vlahos"]),
    "albanian": (["Arta", "Blerta", "Valbona"], ["Arben", "Ilir", "Besnik"], ["Hoxha", "Krasniqi", "Berisha"]),
    "serbian": (["Jelena", "Milica"], ["Nemanja", "Dragan"], ["Jovanovic", "Petrovic", "Milosevic"]),
    "croatian": (["Ivana", "Marija"], ["Tomislav", "Ante"], ["Horvat", "Babic", "Kovacevic"]),
    "romanian": (["Ioana", "Andreea"], ["Mihai", "Bogdan"], ["Popescu", "Ionescu", "Dumitrescu"]),
    "hungarian": (["Zsuzsanna", "Eszter"], ["Gabor", "Zoltan"], ["Nagy", "Szabo", "Toth"]),
    "czech": (["Jana", "Lenka"], ["Jiri", "Ondrej"], ["Novak", "Dvorak", "Svoboda"]),
    "polish": (["Agnieszka", "Malgorzata"], ["Krzysztof", "Tomasz"], ["Kowalczyk", "Wozniak", "Zielinski"]),
    "ukrainian": (["Oksana", "Olena"], ["Taras", "Bohdan"], ["Shevchenko", "Kovalenko", "Bondarenko"]),
    "finnish": (["Aino", "Satu"], ["Juha", "Mikko"], ["Virtanen", "Korhonen", "Laaksonen"]),
    "irish": (["Siobhan", "Aoife", "Niamh"], ["Cathal", "Padraig", "Eoin"], ["O'Sullivan", "MacNamara", "Ni Bhriain"]),
    "gaelic": (["Mairi", "Catriona"], ["Ruairidh", "Calum"], ["MacLeod", "MacAulay", "Morrison"]),
    "welsh": (["Angharad", "Rhiannon", "Eirlys"], ["Dafydd", "Gethin", "Iwan"], ["Pritchard", "Llewellyn", "ap Rhys"]),
    "basque": (["Itziar", "Maite"], ["Iker", "Unai"], ["Etxeberria", "Goikoetxea", "Arrieta"]),
    "catalan": (["Montserrat", "Nuria"], ["Jordi", "Pau"], ["Puigdemont", "Vila", "Ferrer i Soler"]),
    "galician": (["Uxia", "Antia"], ["Xoan", "Brais"], ["Castro", "Outeiro", "Vilarino"]),
    "haitian": (["Mirlande", "Guerline", "Fabiola"], ["Jean-Robert", "Wilner", "Fritznel"], ["Joseph", "Pierre-Louis", "Desrosiers"]),
    "jamaican": (["Shanice", "Tamika"], ["Delroy", "Fitzroy", "Jermaine"], ["Campbell", "McKenzie", "Grant"]),
    "filipino": (["Maricel", "Rowena", "Jocelyn"], ["Rommel", "Jericho", "Bong"], ["Dela Cruz", "Bautista", "Macaraeg"]),
    "vietnamese": (["Thuy", "Ngoc Anh", "Hoa"], ["Minh", "Quang", "Tuan"], ["Nguyen", "Tran", "Pham"]),
    "thai": (["Siriporn", "Nattaya"], ["Somchai", "Anan"], ["Srisuk", "Chaiyaporn"]),
    "khmer": (["Sokha", "Chantrea"], ["Vuthy", "Sovann"], ["Chhay", "Sok", "Meas"]),
    "lao": (["Khamla", "Noy"], ["Bounmy", "Somphone"], ["Phommachanh", "Sisavath"]),
    "hmong": (["Mai Nou", "Pa Houa"], ["Tou", "Kou"], ["Vang", "Xiong", "Yang"]),
    "korean": (["Ji-yeon", "Seo-yeon", "Min-ji"], ["Jae-won", "Dong-hyun", "Sung-min"], ["Park", "Choi", "Jeong"]),
    "japanese": (["Haruka", "Yumiko", "Aiko"], ["Kenta", "Hiroshi", "Takumi"], ["Takahashi", "Watanabe", "Nakamura"]),
    "samoan": (["Losana", "Sefo"], ["Tavita", "Fa'amoe"], ["Tuiasosopo", "Leiataua"]),
    "tongan": (["Mele", "Salote"], ["Sione", "Viliami"], ["Tupou", "Havili", "Fifita"]),
    "hawaiian": (["Leilani", "Kalena"], ["Keoni", "Kainoa"], ["Kahananui", "Kealoha", "Akana"]),
    "inuit": (["Nuka", "Aput"], ["Siku", "Ittuq"], ["Kublu", "Arnaquq"]),
    "lakota": (["Winona", "Tasina"], ["Chaska", "Ohanzee"], ["Two Bulls", "Looking Horse", "Little Thunder"]),
    "ojibwe": (["Waaseyaa", "Migizi"], ["Niigaan", "Makwa"], ["Kingbird", "Bellanger", "Morningstar"]),
    "hopi": (["Honovi", "Sihu"], ["Kwahu", "Tocho"], ["Lomayestewa", "Sekaquaptewa", "Koinva"]),
    # word names: ordinary English words that are also given names and surnames
    "word": (["Hazel", "Ginger", "Clementine", "Ruby", "Autumn", "Willow", "Honey", "Crystal"], ["Hunter", "Forrest", "Chase", "Rocky", "Buck", "Ward", "Gene", "Bill"], ["Baker", "Carpenter", "Mason", "Fox", "Hill", "Marsh", "Short", "Strong", "Field", "Lamb", "Church", "Woods"]),
}

NICKNAMES = ["Boots", "Tiny", "Skip", "Sarge", "Peanut", "Red", "Doc", "Bubba", "Sunny", "Ace"]

# small, word-like and ordinary towns with their state abbreviation
TOWNS = [("Kettle Falls", "WA"), ("Ordinary", "VA"), ("Hope", "AR"), ("Plain City", "OH"), ("Climax", "MN"), ("Bonanza", "OR"),
         ("Chugiak", "AK"), ("Marfa", "TX"), ("Tok", "AK"), ("Why", "AZ"), ("Accident", "MD"), ("Defiance", "OH"),
         ("Magnet", "NE"), ("Nothing", "AZ"), ("Spirit Lake", "IA"), ("Lame Deer", "MT"), ("Kayenta", "AZ"), ("Bemidji", "MN"),
         ("Bethel", "AK"), ("Pahoa", "HI"), ("Circle", "MT"), ("Hurt", "VA"), ("Sandwich", "IL"), ("Chocolate Bayou", "TX")]
COUNTIES = ["Pondera County", "Okanogan County", "Tensas Parish", "Ziebach County", "Loup County", "Mora County", "Lake of the Woods County"]
NEIGHBOURHOODS = ["Cedar-Riverside", "Little Saigon", "Frogtown", "Dogpatch", "Swede Hollow", "Five Points", "Kalihi"]
STREETS = ["Quarry Rd", "Pheasant Run", "Old Mill Lane", "Larkspur Ct", "Tamarack Dr", "N 7th Ave", "Bluebonnet Way", "Sawmill Trail"]
STREETS_ABROAD = ["Rruga e Kavajes 14, Tirana", "ul. Dluga 8, Gdansk", "Kalevankatu 22, Helsinki", "Vake 3, Tbilisi", "Rua do Franco 41, Santiago de Compostela"]

# facilities and employers named without a head noun (labelled LOCATION)
DIALYSIS = ["Prairie Kidney", "Riverbend Renal", "Tamarack Dialysis", "Lakeshore Nephro", "Bluestem Kidney Care"]
HOME_HEALTH = ["Kindred at Home", "Gentle Hands", "Northstar Home Health", "Visiting Angels of Bemidji", "Heartland Nurses"]
NURSING_HOMES = ["Cedar Crest", "Golden Pond Manor", "Willowbrook", "Maple Terrace", "St. Brigid's Home", "Heritage Oaks"]
CLUBS = ["Duluth Huskies", "Fresno Grizzlies", "Sioux Falls Skyforce", "Erie Otters", "Tulsa Roughnecks"]
EMPLOYERS = ["Cargill", "Halliburton", "Nucor", "Tyson", "BNSF", "FedEx", "Smithfield", "Weyerhaeuser"]
AIRLINES = ["Alaska Airlines", "SkyWest", "Horizon Air", "Mesa", "Allegiant", "Ravn"]
BASES = ["Fort Drum", "Camp Lejeune", "Joint Base Lewis-McChord", "Fort Bliss", "Ramstein", "Camp Humphreys", "NAS Sigonella"]
PARKS = ["Glacier", "Denali", "Wind River", "Gates of the Arctic", "Canyonlands", "Boundary Waters"]
TRAILHEADS = ["Cottonwood Pass", "Elkhorn Crossing", "Bear Hump", "Lost Lake", "Pika Gulch", "Kennicott Bluff"]
VET_CLINICS = ["Paws & Claws", "Banfield in Kalispell", "Four Paws Animal Hospital", "Red Barn Vet"]
DENTAL = ["Smile Studio", "Bright Dental", "Riverside Oral Surgery", "Aspen Endodontics"]
LAW_FIRMS = ["Hollis Brandt & Kaye", "Morrow Quint LLP", "Ostrander Vail", "Pike Delacroix"]
PETS = ["Biscuit", "Mochi", "Tank", "Pepper", "Loki", "Duchess", "Waffles", "Nala"]
