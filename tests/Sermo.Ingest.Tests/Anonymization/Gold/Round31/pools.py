"""Round 31's word pools, typed by the author from memory (decision 193). Nothing here came from a list or a search."""

# culture: (men's given names, women's given names, surnames)
CULTURES = {
    "Bengali": (["Sourav", "Arindam", "Tanmoy"], ["Moumita", "Rituparna", "Sharmistha"], ["Chattopadhyay", "Bhowmick", "Majumder"]),
    "Assamese": (["Bhupen", "Hiranya"], ["Jonali", "Papori"], ["Borthakur", "Saikia", "Gogoi"]),
    "Odia": (["Debasish", "Pradyumna"], ["Sasmita", "Lipsa"], ["Mohapatra", "Panigrahi", "Samal"]),
    "Marathi": (["Omkar", "Sushant"], ["Ashwini", "Mrunal"], ["Deshpande", "Kulkarni", "Gokhale"]),
    "Gujarati": (["Hitesh", "Jignesh"], ["Falguni", "Hetal"], ["Thakkar", "Parikh", "Vaghela"]),
    "Kannada": (["Manjunath", "Kiran"], ["Shwetha", "Pallavi"], ["Hegde", "Gowda", "Shenoy"]),
    "Malayalam": (["Anoop", "Sreejith"], ["Divya", "Aswathy"], ["Nambiar", "Kurian", "Pillai"]),
    "Telugu": (["Srinivas", "Venkatesh"], ["Sravani", "Lakshmi"], ["Reddy", "Chowdary", "Yarlagadda"]),
    "Tamil Sri Lankan": (["Tharshan", "Kajan"], ["Thushanthi", "Nirosha"], ["Sivapalan", "Kanagaratnam", "Ratnasingam"]),
    "Burmese": (["Zaw Min", "Kyaw Zin"], ["Thandar", "Hnin Wai"], ["Htun", "Aung", "Myint"]),
    "Khmer": (["Sokha", "Vuthy"], ["Sreymom", "Chanthou"], ["Chhim", "Sok", "Pich"]),
    "Lao": (["Souksavanh", "Khamphet"], ["Vilayvanh", "Manivone"], ["Phommachanh", "Sengdara", "Vongsa"]),
    "Thai": (["Somchai", "Anurak"], ["Pimchanok", "Siriporn"], ["Srisuwan", "Chaiyaporn", "Wongsakul"]),
    "Vietnamese": (["Quang", "Tuan"], ["Thuy", "Ngoc Anh"], ["Truong", "Dang", "Huynh"]),
    "Cantonese": (["Wing Kei", "Chun Hei"], ["Mei Ling", "Suk Yee"], ["Leung", "Chan", "Kwok"]),
    "Hokkien": (["Boon Huat", "Kok Leong"], ["Bee Lian", "Siew Hoon"], ["Tan", "Ong", "Khoo"]),
    "Hakka": (["Fui Khiong"], ["Siaw Mei"], ["Liew", "Chong"]),
    "Taiwanese": (["Chih-Wei", "Yu-Ting"], ["Hsin-Yi", "Pei-Shan"], ["Hsu", "Tsai", "Hung"]),
    "Korean": (["Jae-won", "Seung-ho"], ["Ji-yeon", "Eun-ji"], ["Baek", "Jeong", "Hwang"]),
    "Ainu": (["Shiro"], ["Emiko"], ["Kayano", "Kaizawa"]),
    "Tagalog": (["Rommel", "Jericho"], ["Maricel", "Rowena"], ["Dimaculangan", "Macaraeg", "Bautista"]),
    "Visayan": (["Junjun", "Rodel"], ["Jinky", "Lovely"], ["Cabahug", "Pepito", "Ybañez"]),
    "Malay": (["Hafiz", "Azlan"], ["Nurul", "Siti Aishah"], ["Ismail", "Rahman", "Othman"]),
    "Chamorro": (["Jesse"], ["Rosalind"], ["Taitano", "Quinata", "Blas"]),
    "Polish": (["Grzegorz", "Wojciech"], ["Małgorzata", "Agnieszka"], ["Wiśniewski", "Szczepański", "Kowalczyk"]),
    "Czech": (["Jiří", "Tomáš"], ["Zuzana", "Lenka"], ["Dvořák", "Procházka", "Svoboda"]),
    "Slovak": (["Miroslav", "Ľubomír"], ["Katarína", "Jana"], ["Hudák", "Baláž", "Kováčik"]),
    "Slovene": (["Matej", "Primož"], ["Urška", "Špela"], ["Kranjc", "Zupan", "Potočnik"]),
    "Hungarian": (["Zoltán", "Gábor"], ["Erzsébet", "Ildikó"], ["Nagy", "Kovács", "Szabó"]),
    "Romanian": (["Bogdan", "Mihai"], ["Ioana", "Roxana"], ["Popescu", "Ionescu", "Dumitrescu"]),
    "Bulgarian": (["Stoyan", "Dimitar"], ["Tsvetelina", "Radka"], ["Petrov", "Georgieva", "Stoyanov"]),
    "Ukrainian": (["Taras", "Bohdan"], ["Oksana", "Solomiya"], ["Shevchuk", "Bondarenko", "Kravchenko"]),
    "Belarusian": (["Ales", "Uladzimir"], ["Hanna", "Yanina"], ["Lukashevich", "Bahdanovich"]),
    "Greek": (["Stavros", "Panagiotis"], ["Eleni", "Despina"], ["Papadakis", "Karamanlis", "Economou"]),
    "Turkish": (["Emre", "Burak"], ["Elif", "Zeynep"], ["Yılmaz", "Öztürk", "Çelik"]),
    "Kurdish": (["Rebwar", "Shvan"], ["Rojin", "Berivan"], ["Barzani", "Hawrami"]),
    "Persian": (["Dariush", "Kourosh"], ["Shirin", "Golnaz"], ["Tehrani", "Rahimi", "Moradi"]),
    "Dari": (["Farhad", "Naweed"], ["Mursal", "Fereshta"], ["Popal", "Noorzai", "Sultani"]),
    "Hebrew": (["Yossi", "Eitan"], ["Noa", "Tamar"], ["Ben-David", "Peretz", "Mizrahi"]),
    "Yiddish": (["Shloime", "Mendel"], ["Faigy", "Chaya"], ["Teitelbaum", "Weisz", "Grunwald"]),
    "Amharic": (["Tewodros", "Dawit"], ["Meron", "Selamawit"], ["Tadesse", "Bekele", "Haile"]),
    "Igbo": (["Chukwuemeka", "Obinna"], ["Ngozi", "Chiamaka"], ["Okonkwo", "Nwosu", "Eze"]),
    "Yoruba": (["Oluwaseun", "Babatunde"], ["Folake", "Temitope"], ["Adeyemi", "Ogunleye", "Bakare"]),
    "Akan": (["Kwabena", "Kofi"], ["Akosua", "Abena"], ["Mensah", "Boateng", "Asante"]),
    "Shona": (["Tendai", "Tinashe"], ["Rudo", "Nyasha"], ["Moyo", "Chikwanha", "Mutasa"]),
    "Xhosa": (["Lwazi", "Sipho"], ["Nomvula", "Ayanda"], ["Mbeki", "Ngcobo", "Dlamini"]),
    "Zulu": (["Bongani", "Thulani"], ["Zanele", "Thandiwe"], ["Zulu", "Mkhize", "Khumalo"]),
    "Afrikaans": (["Pieter", "Jannie"], ["Anri", "Marlize"], ["Botha", "Du Plessis", "Steyn"]),
    "Dutch": (["Joost", "Sander"], ["Femke", "Marieke"], ["Bakker", "de Jong", "Visser"]),
    "Flemish": (["Wouter", "Jens"], ["Lies", "Katrien"], ["Peeters", "Claes", "Janssens"]),
    "Frisian": (["Sjoerd", "Wybren"], ["Tjitske", "Baukje"], ["Hoekstra", "Dijkstra", "Wiersma"]),
    "Portuguese": (["Gonçalo", "Rui"], ["Inês", "Leonor"], ["Ferreira", "Magalhães", "Sousa"]),
    "Brazilian": (["Thiago", "Rodrigo"], ["Luana", "Fernanda"], ["Nascimento", "Carvalho", "Oliveira"]),
    "Nahuatl": (["Cuauhtémoc", "Tonatiuh"], ["Citlali", "Itzel"], ["Tecuapetla", "Xicoténcatl"]),
    "K'iche'": (["Tecún", "Baltazar"], ["Ixchel", "Ixmucané"], ["Tzul", "Sac", "Ixcoy"]),
    "Puerto Rican": (["Yadiel", "Jomar"], ["Yaritza", "Nilsa"], ["Rivera", "Colón", "Figueroa"]),
    "Dominican": (["Yunior", "Wandy"], ["Yokasta", "Belkis"], ["Peña", "Almonte", "De los Santos"]),
    "Haitian": (["Wislet", "Jean-Robert"], ["Nadège", "Rose-Marie"], ["Pierre", "Toussaint", "Dorvil"]),
    "Jamaican": (["Delroy", "Desmond"], ["Sophia", "Marcia"], ["Brown", "Campbell", "Morrison"]),
    "Cajun": (["Alcide", "Beau"], ["Clotilde", "Noelie"], ["Guidry", "Hebert", "Arceneaux"]),
    "Appalachian": (["Jethro", "Clell"], ["Delphia", "Ottie"], ["Cornett", "Caudill", "Stidham"]),
}

# Given names and surnames that are ordinary English words (the hard cases for a name model).
WORD_MEN = ["Chase", "Wade", "Rusty", "Hunter", "Dale", "Clay", "Sonny", "Brook"]
WORD_WOMEN = ["Hope", "Joy", "Dawn", "Summer", "Faith", "Ginger", "Robin", "Honey"]
WORD_SURNAMES = ["Church", "Bell", "Hall", "Rice", "Waters", "Lamb", "Bridges", "Carpenter", "Fox", "Gamble", "Swift", "Banks"]

SMALL_TOWNS = ["Plain City", "Bucksnort", "Tightwad", "Boring", "Peculiar", "Monkey's Eyebrow", "Zap", "Hell", "Okay",
               "Truth or Consequences", "Why", "Smackover", "Bowlegs", "Uncertain", "Difficult", "Loafers Glory",
               "Possum Kingdom", "Slapout", "Cool", "Dismal", "Weedpatch", "Goodnight", "Oatmeal", "Accident"]
COUNTIES = ["Owsley County", "Buffalo County", "Lake of the Woods County", "Loving County", "Wibaux County", "Kalawao County",
            "Hooker County", "Perry County", "Slope County", "Esmeralda County"]
NEIGHBOURHOODS = ["Little Saigon", "Frogtown", "Germantown", "Bronzeville", "Pilsen", "Ironbound", "Flatbush", "Dogpatch"]
STREETS = ["Old Mill Rd", "Turkey Creek Road", "Persimmon Lane", "Hog Hollow Rd", "Cemetery Street", "Depot St", "Lick Fork Road", "Poor Farm Road"]
ABROAD = ["Sylhet", "Dibrugarh", "Cuttack", "Kolhapur", "Rajkot", "Udupi", "Kottayam", "Guntur", "Jaffna", "Mandalay",
          "Battambang", "Luang Prabang", "Chiang Rai", "Huế", "Shunde", "Xiamen", "Meixian", "Tainan", "Daegu", "Shiraoi",
          "Cebu", "Iloilo", "Kota Bharu", "Hagåtña", "Łódź", "Brno", "Košice", "Maribor", "Debrecen", "Cluj-Napoca",
          "Plovdiv", "Lviv", "Hrodna", "Ioannina", "Trabzon", "Sulaymaniyah", "Isfahan", "Mazar-i-Sharif", "Haifa",
          "Bnei Brak", "Gondar", "Onitsha", "Ibadan", "Kumasi", "Mutare", "Mthatha", "Eshowe", "Stellenbosch",
          "Zwolle", "Mechelen", "Leeuwarden", "Coimbra", "Campinas", "Milpa Alta", "Totonicapán", "Mayagüez",
          "Santiago de los Caballeros", "Jacmel", "Mandeville"]
EMPLOYERS = ["Tyson", "Cargill", "Dollar General", "Piggly Wiggly", "Bojangles", "Sheetz", "Casey's", "Hobby Lobby",
             "Whataburger", "Culver's", "Fastenal", "Perdue", "Hormel", "Buc-ee's"]
DINERS = ["the Cozy Cup", "Mabel's", "the Chuckwagon", "Dot's Diner", "the Blue Moon Cafe", "Rosie's Grill"]
LANDMARKS = ["the old Esso station", "the grain elevator", "the water tower", "the Methodist church", "the feed store", "the covered bridge"]
BASES = ["Fort Polk", "Fort Drum", "Camp Lejeune", "Fort Bliss", "Fort Riley", "Minot AFB", "Naval Station Norfolk", "Joint Base Lewis-McChord"]
VA = ["the Lebanon VA", "the Togus VA", "the Hines VA", "the Fargo VA", "the Bay Pines VA"]
UNITS = ["2-502 Infantry", "1st Cavalry", "82nd Airborne", "3rd Battalion, 6th Marines", "10th Mountain"]
AIRPORTS = ["ORD", "Anchorage", "DFW", "Sea-Tac", "Reykjavik", "Schiphol", "Doha", "Narita", "Heathrow", "Lagos"]
AIRLINES = ["Delta", "United", "Alaska", "Frontier", "Spirit", "Icelandair", "KLM", "Emirates"]
SHIPS = ["the Carnival Breeze", "the Norwegian Bliss", "the Royal Princess", "the Regal Empress", "the Celebrity Edge"]
CHAINS = ["CVS", "Walgreens", "Kroger", "H-E-B", "Publix", "Meijer", "Target", "Hy-Vee", "Rite Aid"]
SCHOOLS = ["Pine Ridge Elementary", "Jefferson Middle", "Rocky Fork High", "Crooked Creek Elementary", "Lincoln Junior High"]
CAMPS = ["Kakuma", "Dadaab", "Nyarugusu", "Mae La", "Cox's Bazar", "Zaatari"]
LANGUAGES = ["Dari", "Kinyarwanda", "Tigrinya", "Karen", "Swahili", "Rohingya", "Nepali", "Pashto", "Somali"]
PROGRAMS = ["UAB", "Ochsner", "Geisinger", "Dartmouth", "Baylor", "Creighton", "Tulane", "Marshfield"]
AGENCIES = ["Comfort Keepers", "BrightStar", "Visiting Angels", "Amedisys", "Interim", "Home Instead"]
FIRMS = ["Morgan & Morgan", "Sokolove", "Cellino & Barnes", "Hilliard Martinez"]
VENUES = ["the Elks Lodge", "the VFW hall", "St. Casimir's", "the Korean church on Elm", "the Laotian temple", "Planet Fitness"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WORD_AGES = ["ninety-one", "ninety-four", "ninety-seven", "ninety-nine", "one hundred", "a hundred and two", "ninety two"]
PORTS = ["Nassau", "Cozumel", "Juneau", "Roatán", "Ketchikan", "Santorini", "Bermuda", "Grand Cayman"]
