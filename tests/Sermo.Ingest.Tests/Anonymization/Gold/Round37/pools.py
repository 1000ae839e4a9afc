"""Round 37's pools, typed by the set's author from memory (decision 222): names by culture, word names, places,
employers and the settings' own words. Nothing here was copied from a list, registry or search."""

# culture: (female given names, male given names, surnames)
CULTURES = {
    "Wolof": (["Awa", "Ndeye", "Khady"], ["Moussa", "Cheikh", "Abdoulaye"], ["Ndiaye", "Diop", "Fall", "Sarr"]),
    "Fula": (["Hawa", "Kadiatou", "Mariama"], ["Mamadou", "Alpha", "Oumar"], ["Bah", "Diallo", "Barry", "Sow"]),
    "Akan": (["Abena", "Efua", "Adwoa"], ["Kwabena", "Kojo", "Yaw"], ["Boateng", "Owusu", "Appiah", "Asante"]),
    "Kikuyu": (["Wanjiru", "Njeri", "Wambui"], ["Kamau", "Njoroge", "Mwangi"], ["Kariuki", "Gitau", "Wanjiku", "Muthoni"]),
    "Luo": (["Akinyi", "Atieno", "Adhiambo"], ["Otieno", "Ochieng", "Odhiambo"], ["Onyango", "Okoth", "Ouma", "Owino"]),
    "Somali": (["Hodan", "Ayan", "Fartun"], ["Abdirahman", "Guled", "Liban"], ["Warsame", "Farah", "Jama", "Hirsi"]),
    "Amhara": (["Meseret", "Tigist", "Selamawit"], ["Dawit", "Yonas", "Bereket"], ["Tesfaye", "Alemu", "Girma", "Haile"]),
    "Zulu": (["Nomvula", "Thandeka", "Zanele"], ["Sipho", "Themba", "Mandla"], ["Dlamini", "Ngcobo", "Mkhize", "Zungu"]),
    "Kinyarwanda": (["Uwimana", "Mukamana", "Ingabire"], ["Habimana", "Niyonzima", "Mugisha"], ["Nshimiyimana", "Uwase", "Hakizimana", "Bizimana"]),
    "Congolese": (["Mbuyi", "Kapinga", "Ngalula"], ["Tshimanga", "Kabeya", "Mukendi"], ["Kalonji", "Ilunga", "Mbayo", "Kasongo"]),
    "Egyptian": (["Mona", "Nagwa", "Heba"], ["Mahmoud", "Tarek", "Sherif"], ["Abdelaziz", "Mansour", "Hegazy", "Shafik"]),
    "Tunisian": (["Sonia", "Imen", "Rim"], ["Slim", "Karim", "Walid"], ["Ben Salah", "Trabelsi", "Jebali", "Gharbi"]),
    "Kurdish": (["Shilan", "Berivan", "Nazdar"], ["Rebwar", "Shvan", "Azad"], ["Barzani", "Talabani", "Hawrami", "Zebari"]),
    "Persian": (["Shirin", "Parisa", "Golnaz"], ["Dariush", "Kaveh", "Babak"], ["Moradi", "Rahimi", "Jafari", "Sadeghi"]),
    "Turkish": (["Elif", "Zeynep", "Gulsen"], ["Emre", "Burak", "Mehmet"], ["Yilmaz", "Demir", "Kaya", "Ozturk"]),
    "Tajik": (["Nilufar", "Gulnora", "Firuza"], ["Rustam", "Farrukh", "Sohib"], ["Rahmonov", "Nazarov", "Saidov", "Karimov"]),
    "Punjabi": (["Harpreet", "Jaswinder", "Simran"], ["Gurpreet", "Manjit", "Baljit"], ["Sandhu", "Gill", "Dhillon", "Grewal"]),
    "Bengali": (["Nusrat", "Farzana", "Shirin"], ["Rafiq", "Habib", "Sohel"], ["Chowdhury", "Hossain", "Begum", "Mia"]),
    "Tamil": (["Kavitha", "Lakshmi", "Meenakshi"], ["Senthil", "Murugan", "Karthik"], ["Subramaniam", "Ramasamy", "Pillai", "Natarajan"]),
    "Telugu": (["Sravani", "Lavanya", "Padma"], ["Srinivas", "Venkat", "Naveen"], ["Reddy", "Naidu", "Chowdary", "Rao"]),
    "Gujarati": (["Hetal", "Bhavna", "Nisha"], ["Jignesh", "Hitesh", "Ketan"], ["Patel", "Shah", "Desai", "Mehta"]),
    "Burmese": (["Thida", "Aye", "Khin"], ["Zaw", "Htet", "Myo"], ["Win", "Aung", "Naing", "Oo"]),
    "Karen": (["Paw", "Naw", "Say"], ["Saw", "Eh", "Htoo"], ["Htoo", "Moo", "Paw", "Wah"]),
    "Khmer": (["Sophea", "Channary", "Bopha"], ["Sokha", "Vuthy", "Rithy"], ["Chea", "Sok", "Meas", "Pich"]),
    "Thai": (["Siriporn", "Nok", "Malee"], ["Somchai", "Anan", "Prasert"], ["Srisai", "Wongsakul", "Boonmee", "Chaiyaporn"]),
    "Cebuano": (["Maricel", "Jocelyn", "Lorna"], ["Rommel", "Jun", "Arnel"], ["Cabahug", "Alcantara", "Villanueva", "Ybanez"]),
    "Javanese": (["Sri", "Wulan", "Endang"], ["Bambang", "Slamet", "Joko"], ["Susilo", "Wibowo", "Santoso", "Hartono"]),
    "Cantonese": (["Mei Ling", "Wai Man", "Suk Yee"], ["Ka Wai", "Chi Keung", "Wing"], ["Chan", "Wong", "Leung", "Ho"]),
    "Mongolian": (["Oyuna", "Saraa", "Bolormaa"], ["Batbayar", "Ganbold", "Tumur"], ["Enkhbayar", "Dorj", "Bat-Erdene", "Sukhbaatar"]),
    "Uyghur": (["Gulnar", "Mihray", "Aygul"], ["Erkin", "Ablet", "Memet"], ["Tursun", "Abdukerim", "Niyaz", "Rozi"]),
    "Chechen": (["Zarema", "Madina", "Luiza"], ["Ruslan", "Aslan", "Magomed"], ["Dudayev", "Khadzhiev", "Umarov", "Bisultanov"]),
    "Ukrainian": (["Oksana", "Halyna", "Iryna"], ["Taras", "Bohdan", "Mykola"], ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk"]),
    "Polish": (["Agnieszka", "Grazyna", "Jadwiga"], ["Wojciech", "Krzysztof", "Tadeusz"], ["Kowalczyk", "Wisniewski", "Zielinski", "Grabowski"]),
    "Czech": (["Jana", "Hana", "Zdenka"], ["Jiri", "Vaclav", "Radek"], ["Dvorak", "Novotny", "Prochazka", "Cerny"]),
    "Hungarian": (["Erzsebet", "Katalin", "Zsofia"], ["Laszlo", "Gyorgy", "Zoltan"], ["Nagy", "Horvath", "Szabo", "Farkas"]),
    "Romanian": (["Ioana", "Florentina", "Mirela"], ["Ionut", "Bogdan", "Costel"], ["Popescu", "Ionescu", "Dumitru", "Constantin"]),
    "Bulgarian": (["Radka", "Tsvetanka", "Desislava"], ["Hristo", "Stoyan", "Plamen"], ["Petrov", "Dimitrov", "Georgiev", "Todorova"]),
    "Greek": (["Eleni", "Despina", "Vasiliki"], ["Spyros", "Thanasis", "Yiannis"], ["Papadopoulos", "Karamanlis", "Economou", "Stavrou"]),
    "Sicilian": (["Concetta", "Rosaria", "Carmela"], ["Salvatore", "Calogero", "Gaetano"], ["Lo Bianco", "La Rosa", "Di Stefano", "Messina"]),
    "Portuguese": (["Conceicao", "Fatima", "Ines"], ["Joaquim", "Rui", "Manuel"], ["Medeiros", "Furtado", "Sousa", "Raposo"]),
    "Cape Verdean": (["Djenifer", "Nha", "Elisangela"], ["Djon", "Zeca", "Nelson"], ["Tavares", "Fortes", "Lopes", "Andrade"]),
    "Basque": (["Itziar", "Amaia", "Miren"], ["Iker", "Koldo", "Xabier"], ["Etxeberria", "Goikoetxea", "Zubizarreta", "Arrieta"]),
    "Irish": (["Siobhan", "Aoife", "Niamh"], ["Padraig", "Cathal", "Eoin"], ["O'Donoghue", "Mac Giolla", "Ni Bhriain", "Fitzgerald"]),
    "Welsh": (["Carys", "Angharad", "Ffion"], ["Gruffydd", "Dafydd", "Rhodri"], ["ap Rhys", "Pritchard", "Llewellyn", "Vaughan"]),
    "Dutch": (["Femke", "Marijke", "Anouk"], ["Joost", "Pieter", "Maarten"], ["van den Broek", "de Vries", "Bakker", "Visser"]),
    "Swiss German": (["Ursula", "Heidi", "Regula"], ["Urs", "Beat", "Reto"], ["Zurbriggen", "Baumgartner", "Kaelin", "Amstutz"]),
    "Swedish": (["Ingrid", "Linnea", "Britt"], ["Lars", "Sven", "Gunnar"], ["Lindqvist", "Bergstrom", "Sandberg", "Holm"]),
    "Estonian": (["Kadri", "Triin", "Liis"], ["Tonu", "Jaanus", "Priit"], ["Tamm", "Saar", "Sepp", "Magi"]),
    "Sami": (["Ristin", "Elle", "Sunna"], ["Nils", "Ante", "Mikkel"], ["Sara", "Eira", "Gaup", "Utsi"]),
    "Navajo": (["Shandiin", "Doli", "Nizhoni"], ["Delbert", "Kee", "Hosteen"], ["Begay", "Yazzie", "Tsosie", "Benally"]),
    "Cherokee": (["Wilma", "Awinita", "Adsila"], ["Redbird", "Sequoyah", "Tsali"], ["Swimmer", "Sixkiller", "Walkingstick", "Crowe"]),
    "Ojibwe": (["Winona", "Migizi", "Nokomis"], ["Waabi", "Makwa", "Ogimaa"], ["Fairbanks", "Kingbird", "Stillday", "Jourdain"]),
    "Hawaiian": (["Leilani", "Malia", "Noelani"], ["Kekoa", "Makoa", "Keoni"], ["Kahananui", "Kealoha", "Akana", "Kanahele"]),
    "Chamorro": (["Chelsa", "Tricia", "Rosa"], ["Vicente", "Juan", "Frankie"], ["Cruz", "San Nicolas", "Taitano", "Quitugua"]),
    "Fijian": (["Litia", "Mereoni", "Ana"], ["Josefa", "Apisai", "Semi"], ["Vunipola", "Ravuvu", "Tuilagi", "Nakarawa"]),
    "Dominican": (["Yokasta", "Altagracia", "Yesenia"], ["Yunior", "Wilfredo", "Ramon"], ["Almonte", "Polanco", "De la Cruz", "Pichardo"]),
    "Haitian": (["Rose-Marie", "Guerline", "Nadege"], ["Jean-Baptiste", "Wesner", "Frantz"], ["Pierre-Louis", "Desir", "Charles", "Toussaint"]),
    "Jamaican": (["Shantelle", "Marcia", "Nadine"], ["Delroy", "Winston", "Everton"], ["Campbell", "McKenzie", "Gayle", "Bartley"]),
    "Kiche Maya": (["Rigoberta", "Ixchel", "Juana"], ["Tomas", "Diego", "Baltazar"], ["Tzul", "Ajanel", "Xiloj", "Coj"]),
    "Honduran": (["Dunia", "Xiomara", "Karla"], ["Elvin", "Oscar", "Wilmer"], ["Zelaya", "Banegas", "Mejia", "Funez"]),
    "Peruvian": (["Milagros", "Rocio", "Maribel"], ["Percy", "Wilber", "Edgar"], ["Quispe", "Mamani", "Huaman", "Condori"]),
    "Argentine": (["Florencia", "Agustina", "Belen"], ["Facundo", "Santiago", "Gonzalo"], ["Gimenez", "Sosa", "Acosta", "Benitez"]),
    "Israeli": (["Noa", "Tamar", "Shira"], ["Yossi", "Avi", "Itai"], ["Mizrahi", "Peretz", "Biton", "Ben-David"]),
    "Pennsylvania Amish": (["Katie", "Sadie", "Rebecca"], ["Amos", "Levi", "Eli"], ["Stoltzfus", "Beiler", "Lapp", "Esh"]),
    "Hutterite": (["Susanna", "Judith", "Rachel"], ["Jakob", "Paul", "Darius"], ["Hofer", "Waldner", "Wipf", "Kleinsasser"]),
}

# ordinary English words that are also given names and surnames (the scrubber's hardest names)
WORD_GIVEN_F = ["Hope", "Mercy", "Patience", "Honor", "Ginger", "Candy", "Crystal", "Amber", "Pearl", "Misty", "Stormy",
                "Destiny", "Heaven", "Precious", "Summer", "Sunny", "Rain", "Meadow", "Harmony", "Charity"]
WORD_GIVEN_M = ["Duke", "Earl", "Lucky", "Ace", "Rocky", "Dusty", "Clay", "Rod", "Bud", "Bear", "Colt", "Wade", "Ford",
                "Lane", "Dale", "Glen", "Heath", "Cliff", "Forrest", "Deacon"]
WORD_SURNAMES = ["Stone", "Field", "Rivers", "Hill", "Bush", "Reed", "Rose", "Lamb", "Fox", "Wolf", "Hart", "Bird",
                 "Drake", "Swan", "Peach", "Honey", "Sugar", "Bell", "Best", "Good", "Goodnight", "Noble", "Strong",
                 "Short", "Young", "Gray", "Golden", "Pepper", "Salt", "Rice", "Cook", "Baker", "Fisher", "Porter",
                 "Mason", "Gardner", "Shepherd", "Weaver", "Spears", "Sharp", "Battle", "Church", "Moody", "Sweet",
                 "Darling", "Bliss", "Fortune", "Cash", "Law", "Justice", "Summers", "Snow", "Sparks", "Bean"]
NICKNAMES = ["Tiny", "Boo", "Peanut", "Red", "Skeeter", "Bubba", "Sissy", "Junebug", "Smokey", "Chico", "Flaco", "Gordo"]

# small and word-like US towns, with a state sometimes
TOWNS = ["Boring", "Accident", "Why", "Chicken", "Difficult", "Defiance", "Climax", "Intercourse", "Blue Ball",
         "Bird-in-Hand", "Cut and Shoot", "Uncertain", "Hope", "Plain City", "Santa Claus", "Rabbit Hash", "Hazard",
         "Happy", "Peculiar", "Success", "Rough and Ready", "Wink", "Earth", "Dinosaur", "Eighty Eight", "Marathon",
         "Liberal", "Energy", "Oblong", "Sandwich", "Pie Town", "Bacon", "Cairo", "Versailles", "Protection",
         "Truth or Consequences", "Sweet Lips", "Possum Trot", "Monkey's Eyebrow", "Bean Station", "Ding Dong"]
COUNTIES = ["Yuma County", "Imperial County", "Tulare County", "Yakima County", "Lancaster County", "Sampson County",
            "Duplin County", "Okeechobee County", "Hidalgo County", "Deaf Smith County", "Lafourche Parish",
            "Plaquemines Parish", "Aroostook County", "Kodiak Island Borough"]
STREETS = ["Schoolhouse Rd", "Dairy Ln", "Old Feed Mill Road", "Levee St", "Cannery Row", "Wharf Street",
           "Drydock Ave", "Sutler Way", "Barracks Rd", "Gallatin Pike", "Hay Barn Loop", "Tannery Lane",
           "Oyster Shell Rd", "Pecan Grove Dr", "Silo Circle"]

# settings: workplaces and the words around them
FARMS = ["Stoltzfus Dairy", "Sun Valley Orchards", "Tri-County Egg", "Ramos Brothers Farms", "Double R Ranch",
         "Hollow Creek Dairy", "Green Acres Berry", "Three Forks Cattle", "Bluebonnet Feedlot", "Riverbend Pecans"]
VESSELS = ["Lady Maxine", "Northern Dawn", "Miss Kaylee", "Sea Hag", "Restless", "Obsession", "Hard Times",
           "Provider", "Endurance", "Jenny B", "Aleutian Star", "Bering Rose"]
PORTS = ["Dutch Harbor", "Kodiak", "New Bedford", "Gloucester", "Point Judith", "Astoria", "Westport",
         "Bayou La Batre", "Cordova", "Stonington", "Galilee", "Port Fourchon"]
BASES = ["Fort Drum", "Fort Riley", "Fort Bliss", "Camp Lejeune", "Camp Pendleton", "Fort Campbell",
         "Joint Base Lewis-McChord", "Naval Station Norfolk", "Fort Leonard Wood", "Camp Humphreys", "Ramstein",
         "Camp Arifjan", "Al Udeid", "Fort Irwin"]
UNITS = ["3rd Battalion, 6th Marines", "1-32 Infantry", "2nd Brigade, 10th Mountain", "HHC 1-130th", "the 149th Fighter Wing",
         "B Co 2-502", "C Battery 1-77 FA", "the 82nd Sustainment", "VFA-103", "the 116th Cav"]
RANKS = ["SPC", "SGT", "SSG", "PFC", "CPL", "Sgt.", "PO2", "LCpl", "1SG", "CW2", "Capt.", "MSgt", "SrA"]
SHIPS = ["Serenade of the Seas", "Carnival Breeze", "Norwegian Getaway", "Ruby Princess", "Celebrity Edge",
         "Koningsdam", "MSC Seashore", "Disney Wish"]
FERRIES = ["Kaleetan", "Wenatchee", "Chetzemoka", "Columbia", "Matanuska", "Cape Henlopen"]
FUNERAL_HOMES = ["Hollins & Sons Funeral Home", "Restlawn Mortuary", "Peaceful Valley Chapel", "Greenlawn Memorial",
                 "Boudreaux-Guidry Funeral Home", "McAllister Brothers", "Serenity Cremation"]
BANKS = ["Navy Federal", "Regions", "Truist", "Fifth Third", "Ally", "USAA", "Wells Fargo", "First Horizon", "Citizens"]
INSURERS = ["Humana", "Molina", "Ambetter", "Oscar", "Anthem", "Cigna", "Aetna", "Centene", "Wellcare", "Geico",
            "State Farm", "Lemonade"]
COLLECTORS = ["Portfolio Recovery", "Midland Credit", "Convergent", "IC System", "Jefferson Capital"]
SHELTERS = ["Harbor Light", "Union Gospel Mission", "Open Door", "Bethany House", "Loaves & Fishes", "Samaritan Inn",
            "Martha's Kitchen", "the Dorothy Day house", "Haven of Rest", "Lighthouse Mission"]
AGENCIES = ["HIAS", "Catholic Charities", "IRC", "World Relief", "Church World Service", "Lutheran Social Services"]
COURTS = ["Otay Mesa", "Krome", "Port Isabel", "Stewart", "Dilley", "Tacoma", "Elizabeth", "Adelanto"]
CASINOS = ["Mohegan Sun", "Foxwoods", "WinStar", "Harrah's", "Choctaw Durant", "Turning Stone", "Seminole Hard Rock",
           "Ameristar", "Horseshoe"]
TRACKS = ["Churchill Downs", "Oaklawn", "Keeneland", "Saratoga", "Pimlico", "Santa Anita", "Del Mar", "Delta Downs",
          "Fair Grounds", "Ruidoso Downs"]
LANES = ["Strike Zone Lanes", "Sunset Bowl", "Bowlero", "King Pin", "Pinz", "Galaxy Lanes"]
VETS = ["Banfield", "VCA", "BluePearl", "Country Critters Vet", "Paws & Claws", "Tender Care Animal Hospital"]
PETS = ["Biscuit", "Moose", "Pickles", "Tank", "Ziggy", "Noodle", "Waffles", "Gravy", "Pepper", "Nugget", "Bandit",
        "Sarge", "Cupcake", "Boomer"]
VENUES = ["The Barn at Willow Creek", "Cedar Hollow", "Magnolia Manor", "Rustic Roots", "Lakeview Pavilion",
          "Stone Mill Vineyard", "Elks Lodge 1455", "VFW Post 8762"]
LANGUAGE_LINES = ["LanguageLine", "CyraCom", "Stratus", "Propio", "Certified Languages"]
LANGUAGES = ["Mam", "K'iche'", "Dari", "Pashto", "Tigrinya", "Karen", "Kinyarwanda", "Haitian Creole", "Somali",
             "Burmese", "Uyghur", "Marshallese", "Chuukese", "Mixteco"]
ABROAD = ["Mazar-i-Sharif", "Goma", "Bukavu", "Cox's Bazar", "Mae La", "Kakuma", "Dadaab", "Nyarugusu",
          "Huehuetenango", "Quetzaltenango", "Tegucigalpa", "San Pedro Sula", "Aleppo", "Ninewa", "Kharkiv",
          "Chernihiv", "Lviv", "Kabul"]
# regions abroad (a governorate), unlabelled like states and provinces (decision 210's labels); the rest of ABROAD are
# towns and camps, LOCATION
REGIONS_ABROAD = {"Ninewa"}
HOSPITALS = ["Sacred Heart", "St. Elizabeth's", "Mercy North", "Baptist East", "Good Samaritan", "Providence Valley"]
