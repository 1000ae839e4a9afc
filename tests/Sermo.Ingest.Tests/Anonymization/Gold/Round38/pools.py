"""Round 38's pools, typed from the author's own knowledge (decision 231): names by culture, word names, places and
employers of the settings the brief asks for. Nothing here was copied from a list, registry or search."""

# culture: (male given names, female given names, surnames)
CULTURES = {
    "Dine (Navajo)": (["Darrell", "Leander", "Kee", "Hoskie"], ["Loretta", "Marlene", "Shaandiin"], ["Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Bitsui"]),
    "Hopi": (["Lomayestewa", "Dalton"], ["Nuvayesva", "Darlene"], ["Sekaquaptewa", "Honanie", "Kuwanwisiwma"]),
    "Zuni": (["Eldred", "Wilmer"], ["Colleen", "Rowena"], ["Lasiloo", "Tsethlikai", "Quam"]),
    "Lakota": (["Tatanka", "Marcus"], ["Winona", "Arlene"], ["Two Bulls", "Iron Cloud", "Black Elk", "Red Cloud"]),
    "Tohono O'odham": (["Verlon", "Ruben"], ["Delphina", "Irene"], ["Antone", "Manuel", "Juan"]),
    "Yup'ik": (["Nanuq", "Walter"], ["Cingarkaq", "Agnes"], ["Kameroff", "Beans", "Wassillie"]),
    "Apache": (["Ramon", "Cheyenne"], ["Evangeline", "Tessa"], ["Kessay", "Cassadore", "Victor"]),
    "Mexican": (["Jesus", "Eduardo", "Guadalupe"], ["Maricela", "Yesenia", "Xochitl"], ["Zepeda", "Olivares", "Barajas", "Cisneros"]),
    "Salvadoran": (["Wilber", "Nelson"], ["Kenia", "Roxana"], ["Argueta", "Chicas", "Portillo"]),
    "Guatemalan Q'anjob'al": (["Mateo", "Baltazar"], ["Catarina", "Petrona"], ["Pascual", "Domingo", "Francisco"]),
    "Somali": (["Abdirahman", "Liban"], ["Hodan", "Faduma"], ["Warsame", "Jama", "Egal"]),
    "Oromo": (["Gemechu", "Tolera"], ["Chaltu", "Ayantu"], ["Gudeta", "Bekele", "Tufa"]),
    "Tigrinya": (["Yonas", "Tesfay"], ["Selam", "Rahwa"], ["Ghebremedhin", "Haile", "Berhe"]),
    "Congolese": (["Kabeya", "Mbuyi"], ["Nsimba", "Bijou"], ["Ilunga", "Tshimanga", "Kalonji"]),
    "Burundian": (["Ndayishimiye", "Claude"], ["Irakoze", "Nadine"], ["Niyonzima", "Hakizimana"]),
    "Nigerian Igbo": (["Chinedu", "Obinna"], ["Adaeze", "Ngozi"], ["Okafor", "Nwosu", "Eze"]),
    "Yoruba": (["Babatunde", "Kunle"], ["Folake", "Yetunde"], ["Adeyemi", "Ogunleye", "Balogun"]),
    "Ghanaian Ewe": (["Kofi", "Selorm"], ["Akosua", "Dzifa"], ["Agbeko", "Kpodo", "Amenyo"]),
    "Malian Bambara": (["Moussa", "Seydou"], ["Aminata", "Kadiatou"], ["Traore", "Keita", "Coulibaly"]),
    "Sudanese": (["Osman", "Elfatih"], ["Amna", "Ihsan"], ["Elhassan", "Abdelrahim"]),
    "Moroccan": (["Youssef", "Hicham"], ["Fatima-Zahra", "Salma"], ["El Idrissi", "Benjelloun", "Tazi"]),
    "Lebanese": (["Georges", "Rami"], ["Nour", "Rania"], ["Haddad", "Khoury", "Nassar"]),
    "Syrian": (["Mahmoud", "Bassel"], ["Lama", "Ghada"], ["Al-Hamwi", "Kassab"]),
    "Iraqi": (["Haider", "Mustafa"], ["Zainab", "Shahad"], ["Al-Jubouri", "Kadhim"]),
    "Afghan Dari": (["Farid", "Najibullah"], ["Mursal", "Freshta"], ["Sultani", "Rahimi", "Popal"]),
    "Pakistani Urdu": (["Imran", "Waqas"], ["Sana", "Ayesha"], ["Chaudhry", "Qureshi", "Butt"]),
    "Nepali": (["Bishnu", "Prakash"], ["Sunita", "Bimala"], ["Gurung", "Thapa", "Shrestha"]),
    "Bhutanese Lhotshampa": (["Tika", "Dil"], ["Devi", "Man Maya"], ["Rai", "Subba", "Adhikari"]),
    "Sinhalese": (["Chaminda", "Nuwan"], ["Dilani", "Sanduni"], ["Perera", "Jayasuriya", "Wickramasinghe"]),
    "Malayali": (["Jithin", "Anish"], ["Reshma", "Divya"], ["Kurian", "Pillai", "Varghese"]),
    "Marathi": (["Sachin", "Omkar"], ["Pooja", "Snehal"], ["Deshpande", "Kulkarni", "Patil"]),
    "Hmong": (["Tou", "Pao"], ["Mai", "Nou"], ["Vang", "Xiong", "Yang", "Thao"]),
    "Lao": (["Somsak", "Khamla"], ["Noy", "Phonsavanh"], ["Phommachanh", "Sisouvong"]),
    "Vietnamese": (["Tuan", "Quang"], ["Linh", "Thuy"], ["Nguyen", "Tran", "Pham", "Huynh"]),
    "Korean": (["Jae-won", "Min-ho"], ["Seo-yeon", "Ji-hye"], ["Park", "Choi", "Jung"]),
    "Japanese": (["Kenji", "Daisuke"], ["Yuki", "Haruka"], ["Takahashi", "Matsumoto", "Ishikawa"]),
    "Okinawan": (["Seiko", "Masaru"], ["Tomiko", "Kamado"], ["Higa", "Chinen", "Miyagi"]),
    "Taiwanese": (["Chih-wei", "Yu-ting"], ["Hsiu-mei", "Pei-shan"], ["Lin", "Tsai", "Hsu"]),
    "Filipino Ilocano": (["Rodel", "Jomar"], ["Maricel", "Lorna"], ["Agbayani", "Ramos", "Cabacungan"]),
    "Samoan": (["Sione", "Fa'amoe"], ["Leilani", "Malia"], ["Tuiasosopo", "Faleolo", "Sapolu"]),
    "Tongan": (["Sione", "Viliami"], ["Mele", "Salote"], ["Taufa", "Fifita", "Havili"]),
    "Maori": (["Wiremu", "Tane"], ["Aroha", "Moana"], ["Ngata", "Parata", "Tipene"]),
    "Russian": (["Dmitri", "Sergei"], ["Oksana", "Yelena"], ["Kuznetsov", "Morozov", "Sokolov"]),
    "Armenian": (["Hovhannes", "Tigran"], ["Anush", "Lilit"], ["Petrosyan", "Hakobyan", "Sarkisian"]),
    "Georgian": (["Giorgi", "Levan"], ["Nino", "Tamar"], ["Beridze", "Kapanadze"]),
    "Serbian": (["Dragan", "Milos"], ["Jelena", "Snezana"], ["Jovanovic", "Petrovic"]),
    "Croatian": (["Ante", "Ivica"], ["Marija", "Ivana"], ["Babic", "Horvat"]),
    "Slovak": (["Jozef", "Marek"], ["Zuzana", "Lenka"], ["Hudak", "Kovac"]),
    "Lithuanian": (["Vytautas", "Tomas"], ["Rasa", "Egle"], ["Kazlauskas", "Petraitis"]),
    "Finnish": (["Jussi", "Matti"], ["Aino", "Tuula"], ["Virtanen", "Korhonen", "Makinen"]),
    "Norwegian": (["Arne", "Sindre"], ["Solveig", "Ingrid"], ["Haugen", "Bakke", "Dahl"]),
    "Danish": (["Soren", "Bjarke"], ["Mette", "Karen"], ["Kjaer", "Norgaard"]),
    "German": (["Dieter", "Ulrich"], ["Heike", "Birgit"], ["von Essen", "Schreiber", "zu Dohna"]),
    "French": (["Thibault", "Gaetan"], ["Solene", "Margaux"], ["Le Gall", "Du Pont", "Marchand"]),
    "Quebecois": (["Rejean", "Gilles"], ["Ginette", "Chantal"], ["Tremblay", "Gagnon", "Bouchard"]),
    "Cajun": (["Alcide", "Clovis"], ["Clothilde", "Noelie"], ["Guidry", "Hebert", "LeBlanc"]),
    "Italian": (["Salvatore", "Gennaro"], ["Concetta", "Assunta"], ["De Luca", "Esposito", "Dell'Orto"]),
    "Spanish": (["Inaki", "Alvaro"], ["Begona", "Itziar"], ["de la Fuente", "Gallardo"]),
    "Brazilian": (["Thiago", "Rogerio"], ["Luana", "Thais"], ["Carvalho", "dos Santos", "Magalhaes"]),
    "Puerto Rican": (["Yadiel", "Angel"], ["Xiomara", "Nilsa"], ["Rivera", "Colon", "Ocasio"]),
    "Cuban": (["Yoandy", "Reinaldo"], ["Yamilet", "Odalys"], ["Pupo", "Batista"]),
    "Jamaican": (["Delroy", "Fitzroy"], ["Shanice", "Marcia"], ["Campbell", "McKenzie"]),
    "Trinidadian": (["Ravindra", "Kerwin"], ["Anisa", "Kamla"], ["Ramdial", "Persad"]),
    "Scottish": (["Hamish", "Callum"], ["Morag", "Isla"], ["MacLeod", "Fraser", "McAllister"]),
    "Appalachian": (["Junior", "Hobart"], ["Wanda", "Loretta"], ["Caudill", "Hensley", "Slone"]),
    "African American": (["DeShawn", "Tyrell"], ["Latoya", "Keisha"], ["Washington", "Jefferson", "Mabry"]),
    "Ashkenazi": (["Mendel", "Yossi"], ["Rivka", "Shoshana"], ["Feldman", "Rosenbaum", "Katz"]),
}

# Given names and surnames that are ordinary English words (the forms a scrubber is least likely to know).
WORD_GIVEN_M = ["Hunter", "Chase", "Mason", "Sterling", "Royal", "Major", "Judge", "King", "Shepherd", "Hawk",
                "River", "Brook", "Pierce", "Miles", "Gage", "Cannon", "Ridge"]
WORD_GIVEN_F = ["Faith", "Grace", "Joy", "Charity", "Harmony", "April", "June", "Autumn", "Sunny", "Star",
                "Jewel", "Velvet", "Dawn", "Ivy", "Holly", "Pearl", "Ruby", "Blossom"]
WORD_SURNAMES = ["Carpenter", "Fisher", "Hunter", "Farmer", "Miller", "Small", "Little", "Long", "Brown", "Green",
                 "White", "Black", "Frost", "Winter", "Day", "Knight", "Bishop", "Pope", "Chambers", "Waters",
                 "Banks", "Marsh", "Wood", "Forest", "Lake", "Ridge", "Steel", "Iron", "Cotton", "Wheat", "Oates",
                 "Barley", "Plum", "Cherry", "Crane", "Drake", "Finch", "Sparrow", "Raven", "Bull", "Hogg", "Lamb",
                 "Fair", "Kind", "Wise", "Blessing", "Love", "Trueblood", "Sharp", "Swift", "Quick", "Sly"]

TOWNS = ["Gallup", "Shiprock", "Chinle", "Kayenta", "Tuba City", "Window Rock", "Crownpoint", "Pine Ridge", "Kyle",
         "Wanblee", "Sells", "Bethel", "Whiteriver", "Cibecue", "San Carlos", "Zuni", "Polacca", "Kykotsmovi",
         "Greeley", "Grand Island", "Dodge City", "Garden City", "Storm Lake", "Marshalltown", "Worthington",
         "Gainesville", "Dalton", "Siler City", "Morganton", "Tar Heel", "Accomac", "Ottumwa", "Cactus", "Liberal",
         "Mexico", "Paris", "Lebanon", "Cuba", "Normal", "Bland", "Nothing", "Hell", "Bumpass", "Whynot", "Loving",
         "Embarrass", "Truth", "Protection", "Hope", "Comfort", "Humble", "Plenty", "Climax", "Hazel", "Ruth",
         "Jasper", "Floyd", "Paw Paw", "Slaughter", "Cut and Shoot", "Gas", "Oil Trough", "Sandwich", "Pickles"]
# the towns above on or beside tribal nations, where an IHS or tribal clinic stands
TRIBAL_TOWNS = TOWNS[:18]
COUNTIES = ["McKinley County", "Apache County", "Oglala Lakota County", "Finney County", "Buena Vista County",
            "Sampson County", "Hall County", "Duplin County", "Pima County", "Navajo County", "Ford County"]
STREETS = ["Cottonwood Loop", "Sagebrush Rd", "Packer Ave", "Kill Floor Rd", "Depot St", "Yucca Trail",
           "Juniper Ln", "Chapter House Rd", "Mesa Vista Dr", "Feedlot Rd", "Mercantile Way", "Larkspur Ct",
           "Hominy Ridge Rd", "Bitter Creek Rd", "Old Mill Pike", "Tumbleweed Cir"]
CHAPTERS = ["Tsaile", "Lukachukai", "Naschitti", "Tohatchi", "Round Rock", "Many Farms", "Kinlichee", "Pinon"]
PUEBLOS = ["Acoma", "Laguna", "Cochiti", "Santo Domingo", "Jemez", "Isleta", "Taos", "Picuris"]
PLANTS = ["JBS", "Smithfield", "Perdue", "Sanderson", "Cargill", "Seaboard", "Pilgrim's", "Wayne Farms", "Koch Foods",
          "Hormel", "Butterball", "Mountaire"]
WAREHOUSES = ["Amazon", "Walmart DC", "Target", "Chewy", "FedEx Ground", "UPS", "Wayfair", "Sysco", "McLane",
              "Home Depot RDC", "Lowe's"]
STORES = ["Walgreens", "Kroger", "Costco", "Dollar Tree", "Buc-ee's", "Circle K", "Sheetz", "Wawa", "QuikTrip",
          "Casey's", "Piggly Wiggly", "Family Dollar", "Ulta", "Hobby Lobby", "Big Lots"]
PARKS = ["Shady Acres", "Pecan Grove", "Lazy Days", "Whispering Pines", "Sunnyside Estates", "Country Squire",
         "Happy Trails", "Golden Spur"]
HOUSING = ["Cabrini", "Magnolia Gardens", "Eastgate Homes", "Riverside Courts", "Lincoln Terrace", "Ida B. Wells"]
VENUES = ["Red Rocks", "Ryman Auditorium", "Fillmore", "Gorge Amphitheatre", "House of Blues", "Bowery Ballroom",
          "Tipitina's", "Stubb's"]
STADIUMS = ["Memorial Stadium", "Kyle Field", "Sanford", "Jordan-Hare", "Bobcat Stadium", "Lumberjack Field"]
ABROAD = [("Jaffna", "Sri Lanka"), ("Pokhara", "Nepal"), ("Mazar-i-Sharif", "Afghanistan"), ("Hargeisa", "Somaliland"),
          ("Lubumbashi", "DRC"), ("Kumasi", "Ghana"), ("Cebu", "Philippines"), ("Tromso", "Norway"),
          ("Oulu", "Finland"), ("Kaunas", "Lithuania"), ("Gyumri", "Armenia"), ("Rotorua", "New Zealand"),
          ("Nuku'alofa", "Tonga"), ("Apia", "Samoa"), ("Kochi", "India"), ("Mandalay", "Myanmar")]
