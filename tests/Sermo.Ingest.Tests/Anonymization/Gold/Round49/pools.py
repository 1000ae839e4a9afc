"""Round 49's word pools, every entry typed by the author from memory (decision 323). No list was copied from an
earlier round, a search or a registry. CULTURES: (males, females, surnames) per culture."""

CULTURES = {
    "Sardinian": (["Gavino", "Salvatore", "Efisio"], ["Bonaria", "Giovanna", "Maria Grazia"], ["Piras", "Porcu", "Sanna"]),
    "Sicilian": (["Calogero", "Rosario", "Santo"], ["Concetta", "Carmela", "Agata"], ["Lo Presti", "Scaglione", "Cusumano"]),
    "Friulian": (["Pieri", "Checo", "Toni"], ["Ane", "Mariute", "Catine"], ["Zorzut", "Cragnolini", "Pertoldi"]),
    "Galician": (["Xosé", "Brais", "Anxo"], ["Uxía", "Iria", "Sabela"], ["Outeiral", "Castiñeiras", "Vilariño"]),
    "Asturian": (["Pelayo", "Xuan", "Nel"], ["Covadonga", "Xana", "Mayalén"], ["Fernández-Cueto", "Llaneza", "Menéndez"]),
    "Occitan": (["Estève", "Guilhèm", "Joan-Pèire"], ["Magali", "Azalaïs", "Nadalena"], ["Fabre", "Castanet", "Roumanille"]),
    "Alsatian": (["Jean-Frédéric", "Théo", "Albert"], ["Odile", "Doris", "Séverine"], ["Schaeffer", "Muller", "Ehrhart"]),
    "Luxembourgish": (["Jhemp", "Léon", "Georges"], ["Mady", "Josée", "Nelly"], ["Wagener", "Kieffer", "Hoffmann"]),
    "Swiss German": (["Ueli", "Beat", "Reto"], ["Vreni", "Regula", "Heidi"], ["Brändli", "Zürcher", "Gubler"]),
    "Bavarian": (["Sepp", "Xaver", "Korbinian"], ["Resi", "Vroni", "Burgi"], ["Huber", "Wimmer", "Obermaier"]),
    "Slovene": (["Matevž", "Primož", "Jure"], ["Špela", "Urška", "Nataša"], ["Kranjc", "Zupančič", "Hribar"]),
    "Bosnian": (["Adnan", "Mirsad", "Kenan"], ["Lejla", "Amra", "Selma"], ["Hadžić", "Begović", "Mujkić"]),
    "Macedonian": (["Goce", "Dimitar", "Vlatko"], ["Biljana", "Marija", "Elena"], ["Trajkovski", "Stojanovski", "Petrovski"]),
    "Bulgarian": (["Hristo", "Stoyan", "Ivaylo"], ["Desislava", "Radka", "Tsvetelina"], ["Dimitrov", "Georgiev", "Kolev"]),
    "Aromanian": (["Tachi", "Mitu", "Gheorghe"], ["Tana", "Sita", "Vanghelia"], ["Caragiu", "Papahagi", "Nida"]),
    "Estonian": (["Mart", "Jaanus", "Priit"], ["Kadri", "Liisa", "Triin"], ["Tamm", "Saar", "Kask"]),
    "Latvian": (["Jānis", "Aigars", "Raimonds"], ["Ilze", "Baiba", "Zane"], ["Bērziņš", "Kalniņš", "Ozols"]),
    "Faroese": (["Rógvi", "Jógvan", "Heðin"], ["Rannvá", "Sunneva", "Bjørk"], ["Joensen", "Poulsen", "Dam"]),
    "Sami": (["Ánte", "Niillas", "Mihkkal"], ["Máret", "Elle", "Ristin"], ["Somby", "Gaup", "Sara"]),
    "Swedish": (["Sten", "Björn", "Gösta"], ["Ingrid", "Märta", "Solveig"], ["Lindqvist", "Ekström", "Sandberg"]),
    "Irish": (["Donnacha", "Cathal", "Tadhg"], ["Saoirse", "Gráinne", "Clodagh"], ["Ó Ceallaigh", "Mac Carthaigh", "Ó Domhnaill"]),
    "Ulster Scots": (["Wilbert", "Sammy", "Trevor"], ["Ruby", "Heather", "Lorna"], ["McCandless", "Gillespie", "Crothers"]),
    "Turkish": (["Emre", "Mehmet Ali", "Serkan"], ["Elif", "Zeynep", "Gülşen"], ["Yıldırım", "Öztürk", "Kaya"]),
    "Azerbaijani": (["Elchin", "Rashad", "Tural"], ["Gunel", "Aytan", "Leyla"], ["Mammadov", "Aliyev", "Huseynov"]),
    "Chechen": (["Ruslan", "Apti", "Islam"], ["Zarema", "Madina", "Kheda"], ["Zakayev", "Umarov", "Dzhabrailov"]),
    "Avar": (["Magomed", "Shamil", "Gadzhi"], ["Patimat", "Aishat", "Khadizhat"], ["Gamzatov", "Magomedov", "Nurmagomedov"]),
    "Uyghur": (["Ablikim", "Memet", "Ilham"], ["Gulnar", "Mihrigul", "Rahile"], ["Tursun", "Abdurehim", "Kasim"]),
    "Tibetan": (["Tenzin", "Lobsang", "Ngawang"], ["Dolkar", "Pema", "Yangchen"], ["Dorje", "Tsering", "Norbu"]),
    "Bengali": (["Sourav", "Arnab", "Debasish"], ["Moumita", "Sharmila", "Tanusree"], ["Chattopadhyay", "Bhattacharya", "Ghosh"]),
    "Odia": (["Jagannath", "Biswajit", "Pradeep"], ["Sasmita", "Lopamudra", "Itishree"], ["Mohapatra", "Panda", "Sahoo"]),
    "Assamese": (["Hiranya", "Bhaskar", "Dhruba"], ["Jonali", "Barnali", "Nilakshi"], ["Bora", "Gogoi", "Hazarika"]),
    "Kannada": (["Manjunath", "Shivakumar", "Prakash"], ["Shwetha", "Kavya", "Rekha"], ["Gowda", "Hegde", "Shetty"]),
    "Sindhi": (["Jairam", "Ashok", "Kishore"], ["Kamla", "Rukmani", "Jyoti"], ["Advani", "Lalwani", "Mirchandani"]),
    "Baloch": (["Jan Mohammad", "Dad Shah", "Nasir"], ["Bibi Gul", "Hani", "Mahnaz"], ["Marri", "Bugti", "Rind"]),
    "Pashtun": (["Zalmai", "Gul Agha", "Wali"], ["Malalai", "Palwasha", "Spogmai"], ["Yousafzai", "Afridi", "Khattak"]),
    "Jordanian": (["Odai", "Mutasem", "Laith"], ["Rawan", "Haneen", "Dima"], ["Al-Majali", "Obeidat", "Bani Hani"]),
    "Palestinian": (["Tareq", "Fadi", "Saleh"], ["Samar", "Lubna", "Ruba"], ["Nusseibeh", "Khoury", "Abu Ghosh"]),
    "Kuwaiti": (["Fahad", "Bader", "Mishari"], ["Dalal", "Shaikha", "Munira"], ["Al-Rashed", "Al-Mutairi", "Al-Ajmi"]),
    "Tunisian": (["Slim", "Moncef", "Hatem"], ["Sonia", "Olfa", "Ines"], ["Ben Salah", "Trabelsi", "Jebali"]),
    "Kabyle": (["Idir", "Amazigh", "Lounès"], ["Tassadit", "Djamila", "Thiziri"], ["Aït Kaci", "Hamadouche", "Boukhalfa"]),
    "Greenlandic": (["Aqqaluk", "Kuupik", "Múte"], ["Naja", "Aviaja", "Paninnguaq"], ["Lynge", "Kleist", "Egede"]),
    "Fulani": (["Amadou", "Boubacar", "Hamidou"], ["Fanta", "Hadjara", "Kadiatou"], ["Barry", "Diallo", "Sow"]),
    "Songhai": (["Ousmane", "Issiaka", "Moussa"], ["Haoua", "Mariama", "Zeinabou"], ["Maïga", "Touré", "Cissé"]),
    "Mende": (["Sahr", "Momoh", "Jusu"], ["Kadiatu", "Hawa", "Fatmata"], ["Koroma", "Massaquoi", "Kallon"]),
    "Luo": (["Otieno", "Ochieng", "Odhiambo"], ["Akinyi", "Atieno", "Achieng"], ["Owino", "Oloo", "Onyango"]),
    "Luhya": (["Wafula", "Wekesa", "Barasa"], ["Nekesa", "Nafula", "Naliaka"], ["Masinde", "Wanjala", "Simiyu"]),
    "Maasai": (["Lemayian", "Sankale", "Olekina"], ["Naserian", "Nashipae", "Sopiato"], ["Sankok", "Nkaissery", "Parsitau"]),
    "Ganda": (["Ssemakula", "Mukasa", "Kizito"], ["Nakato", "Babirye", "Nalwanga"], ["Kiggundu", "Ssebunya", "Nsubuga"]),
    "Kinyarwanda": (["Jean-Damascène", "Emmanuel", "Théoneste"], ["Immaculée", "Solange", "Claudine"], ["Uwimana", "Habimana", "Mukamana"]),
    "Shona": (["Tendai", "Farai", "Tatenda"], ["Rudo", "Chipo", "Nyasha"], ["Moyo", "Chiwenga", "Mutasa"]),
    "Xhosa": (["Lwazi", "Siyabonga", "Mandla"], ["Nomvula", "Lindiwe", "Thandeka"], ["Mbeki", "Mgijima", "Sigcawu"]),
    "Chewa": (["Chikondi", "Mphatso", "Kondwani"], ["Tiwonge", "Chisomo", "Thokozani"], ["Banda", "Phiri", "Mwale"]),
    "Mauritian": (["Vikash", "Jean-Claude", "Navin"], ["Shaheen", "Marie-Josée", "Devika"], ["Ramdin", "Laval", "Seetohul"]),
    "Sundanese": (["Asep", "Ujang", "Dadang"], ["Euis", "Neneng", "Iis"], ["Suryana", "Sumarna", "Hidayat"]),
    "Minangkabau": (["Rizal", "Hendra", "Fauzi"], ["Rahmah", "Nurhayati", "Yulia"], ["Chaniago", "Tanjung", "Piliang"]),
    "Batak": (["Togar", "Sahat", "Parlindungan"], ["Romauli", "Tiurma", "Rosdiana"], ["Simanjuntak", "Siregar", "Nainggolan"]),
    "Cebuano": (["Dodong", "Jun-Jun", "Rogelio"], ["Inday", "Marites", "Jocelyn"], ["Cabahug", "Abellana", "Osmeña"]),
    "Bamar": (["Kyaw Zaw", "Aung Min", "Zaw Win"], ["Thandar", "Su Myat", "Nilar"], ["Htun", "Naing", "Oo"]),
    "Karen": (["Saw Eh", "Saw Htoo", "Pah Wah"], ["Naw Paw", "Naw Say", "Mu Lah"], ["Htoo", "Moo", "Kaw"]),
    "Cantonese": (["Wing Kei", "Chun Yip", "Ka Ho"], ["Mei Ling", "Siu Wai", "Wai Yee"], ["Chan", "Cheung", "Leung"]),
    "Fuzhounese": (["Yizhen", "Ming Hui", "Wenbin"], ["Xiuying", "Lihua", "Meixia"], ["Lin", "Zheng", "Chen"]),
    "Fijian": (["Epeli", "Jone", "Semi"], ["Mereoni", "Litia", "Salote"], ["Naivalu", "Rabuka", "Tuilevu"]),
    "Chuukese": (["Kasiano", "Reynaldo", "Wesley"], ["Kristina", "Marielin", "Tenny"], ["Sirom", "Elias", "Nakamura"]),
    "Marshallese": (["Kessai", "Litokwa", "Kabua"], ["Kathy", "Hemina", "Lijon"], ["Jetnil", "Tomeing", "Kijiner"]),
    "Blackfeet": (["Curly Bear", "Earl", "Darrell"], ["Marlene", "Roberta", "Elouise"], ["Wagner", "Old Person", "Many Hides"]),
    "Cheyenne": (["Wilbur", "Lyman", "Conrad"], ["Geraldine", "Marcella", "Lorena"], ["Spotted Elk", "Two Moons", "Little Wolf"]),
    "Mohawk": (["Kanentiio", "Ross", "Brian"], ["Kahentinetha", "Katsitsiio", "Konwatsitsawi"], ["Jacobs", "Cook", "Deer"]),
    "Lumbee": (["Dwayne", "Harvey", "Lonnie"], ["Arlinda", "Brenda", "Kayla"], ["Locklear", "Oxendine", "Chavis"]),
    "Yaqui": (["Anselmo", "Refugio", "Cruz"], ["Pascuala", "Rosalinda", "Yolanda"], ["Valenzuela", "Buitimea", "Matus"]),
    "Zapotec": (["Eufemio", "Isidro", "Macario"], ["Natividad", "Eustolia", "Reyna"], ["Matías", "Cruz Santiago", "Hernández López"]),
    "Garifuna": (["Wellington", "Feliciano", "Aurelio"], ["Idelsa", "Zenaida", "Justa"], ["Bernárdez", "Castillo", "Arzú"]),
    "Ecuadorian": (["Wilson", "Segundo", "Byron"], ["Narcisa", "Mercy", "Gissela"], ["Chiriboga", "Guamán", "Cevallos"]),
    "Bolivian": (["Evo", "Freddy", "Wálter"], ["Jhenny", "Maribel", "Eulogia"], ["Quispe", "Mamani", "Choque"]),
    "Haitian": (["Wisnel", "Jean-Robert", "Frantz"], ["Mirlande", "Guerda", "Nadège"], ["Dorsainvil", "Jean-Baptiste", "Pierre-Louis"]),
    "Gullah": (["Deacon", "Cornelius", "Ezekiel"], ["Queen", "Delphine", "Viola"], ["Grant", "Polite", "Manigault"]),
    "Pennsylvania Dutch": (["Eli", "Amos", "Menno"], ["Fannie", "Lizzie", "Anna Mae"], ["Stoltzfus", "Beiler", "Zook"]),
}

WORD_MALE = ["Cedar", "Jett", "Ace", "Bear", "Canyon", "Flint", "Talon", "Maverick", "Ransom", "Justice"]
WORD_FEMALE = ["Poppy", "Sunday", "Marigold", "Bliss", "Echo", "Journey", "Saffron", "Promise", "Serenity"]
WORD_SURNAMES = ["Vine", "Branch", "Post", "Snow", "Hedge", "Root", "Dancer", "Birch", "Cooper", "Stamp", "Bloom",
                 "Thorn", "Sail", "North"]

WORD_TOWNS = ["Index", "Sleepy Eye", "Rough and Ready", "Bat Cave", "Waterproof", "Tea", "Zigzag", "Nimrod",
              "Hygiene", "Volcano", "Igloo", "Success", "Chugwater", "Speed", "Marble", "Gold Bar", "Snowflake",
              "Surprise", "Tombstone", "North Pole", "Deadhorse", "Kiln", "Pray", "Monument", "Energy", "Blanket",
              "Turkey", "Dime Box", "Telephone", "Celebration", "Christmas", "Alert", "Resolute", "Eureka"]

# Six settings (decision 323 swapped the brief's six, each centred by an earlier round, for these).
STATIONS = ["McMurdo Station", "Palmer Station", "Summit Station", "Toolik Field Station", "South Pole Station",
            "Kangerlussuaq", "Ny-Ålesund", "Longyearbyen", "Utqiagvik", "Siple Dome"]
VESSELS = ["Nathaniel B. Palmer", "Laurence M. Gould", "Sikuliaq", "Healy", "Polar Star", "Atlantis"]
PROGRAMS_FIELD = ["Crary Lab", "Byrd Polar", "Scripps", "Woods Hole", "Lamont-Doherty", "UAF Geophysical Institute"]

POST_OFFICES = ["Sioux Falls P&DC", "Main Post Office", "Lakewood Carrier Annex", "Fort Worth NDC", "Westgate Station",
                "Riverside Station", "Hollins Station", "Kearny Mesa Annex"]
PARCEL_HUBS = ["Worldport", "Hapeville hub", "Memphis SuperHub"]

COMPANIES_DANCE = ["Ballet West", "Pacific Northwest Ballet", "Kansas City Ballet", "Ballet Memphis",
                   "Oklahoma City Ballet", "Cirque du Soleil", "Circus Vargas", "Big Apple Circus", "Ballet Hispánico",
                   "Dayton Ballet"]
THEATRES = ["Benedum Center", "Ordway", "Fox Theatre", "Kauffman Center", "Civic Opera House", "Dorothy Chandler",
            "Straz Center", "Tennessee Performing Arts Center"]

WINERIES = ["Domaine Serene", "Sokol Blosser", "Chateau Ste. Michelle", "Ridge Vineyards", "Stag's Leap",
            "Buffalo Trace", "Heaven Hill", "Four Roses", "New Belgium", "Odell Brewing", "Tröegs",
            "Deschutes Brewery", "Russian River Brewing", "Wild Turkey"]
DISTILLERIES = ["Buffalo Trace", "Heaven Hill", "Four Roses", "Wild Turkey", "Maker's Mark", "Barton 1792"]
TTB_PREFIX = ["BWN-OR", "BWN-CA", "DSP-KY", "BR-CO", "BR-PA", "BWN-WA"]

TREE_OUTFITS = ["Davey Tree", "Bartlett Tree Experts", "Asplundh", "Wright Tree Service", "Arbor Masters",
                "Treemendous Arbor Care"]
NURSERIES = ["Molbak's", "Swansons Nursery", "Pike Nurseries", "Armstrong Garden Centers", "Calloway's",
             "Ruibal's", "Bachman's"]

DEAF_PLACES = ["Gallaudet", "NTID", "Texas School for the Deaf", "Indiana School for the Deaf",
               "California School for the Deaf", "Model Secondary School for the Deaf", "Kentucky School for the Deaf",
               "Marie Philip School"]
DEAF_CLUBS = ["Greater Los Angeles Council on Deafness", "Deaf Club of Rochester", "Silent Athletic Club",
              "Tucson Association of the Deaf"]

TOWNS = ["Bozeman", "Fairbanks", "Bethel", "Nome", "Sioux Falls", "Mitchell", "Aberdeen", "Abilene", "Lubbock",
         "Frederick", "Staunton", "Rochester", "Olathe", "Fremont", "Danville", "Newberg", "McMinnville",
         "Walla Walla", "Healdsburg", "Bardstown", "Lawrenceburg", "Frankfort", "Fort Collins", "Bend", "Hershey",
         "Sarasota", "Venice", "Baraboo", "Peru", "Kirkland", "Woodinville", "Roswell", "Tupelo", "Moab"]
STREETS = ["Juniper Hollow Rd", "Tamarack Ln", "Old Distillery Pike", "Sycamore Bend Dr", "Wicklow Ct",
           "Ferncliff Ave", "Quarry Ridge Rd", "Heron Flats Rd", "Larkspur Way", "Cottonwood Loop"]

HOSPITALS = ["Providence Alaska", "Avera McKennan", "Sanford USD", "Hendrick Medical Center", "Baptist Memorial",
             "Willamette Valley Medical Center", "Flagler Hospital", "Frederick Health", "Augusta Health",
             "St. Luke's Boise", "Harborview", "Norton Brownsboro", "UCHealth Poudre Valley", "St. Charles Bend"]
FOREIGN_TOWNS = ["Nuoro", "Tórshavn", "Kaunas", "Tartu", "Plovdiv", "Ohrid", "Kisumu", "Kakamega", "Bulawayo",
                 "Padang", "Medan", "Mawlamyine", "Suva", "Ebeye", "Riobamba", "Cochabamba", "Jacmel", "Sfax"]
PORTS = ["Ushuaia", "Punta Arenas", "Hobart", "Christchurch", "Tromsø"]
DOGS = ["Biscuit", "Duchess", "Zeus", "Pickles", "Brutus", "Waffles"]
STAGE_NAMES = ["Zephyrine", "Nightjar", "Pipsqueak", "Valkyria", "Tinsel"]
BALLETS = ["Giselle", "Coppélia", "Nutcracker", "Swan Lake", "Don Quixote", "Raymonda", "Paquita"]
STATES = ["Oregon", "Kentucky", "California", "Colorado", "Pennsylvania", "Washington"]
SIGN_LANGUAGES = ["Mexican", "Kenyan", "Filipino", "Russian", "Italian", "Ethiopian"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"]
