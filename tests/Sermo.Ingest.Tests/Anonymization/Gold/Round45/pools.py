"""Name, place and trap pools for round 45's held-out set (decision 285), typed from the author's own knowledge.

CULTURES maps a culture to (men's given names, women's given names, surnames). Word names are kept apart so that a
draw can choose them on purpose (one given name in four, one surname in five)."""

CULTURES = {
    "Welsh": (["Gethin", "Rhodri", "Iolo", "Dafydd"], ["Ffion", "Bethan", "Nerys", "Angharad"], ["Pritchard", "ap Iorwerth", "Bowen", "Llewelyn"]),
    "Basque": (["Iñaki", "Xabier", "Gorka", "Aitor"], ["Itziar", "Maite", "Nerea", "Garazi"], ["Etxeberria", "Goikoetxea", "Urrutia", "Zubizarreta"]),
    "Catalan": (["Jordi", "Oriol", "Pau", "Quim"], ["Montserrat", "Núria", "Roser", "Meritxell"], ["Puigdemont", "Vilanova", "Casals", "Ferrer i Soler"]),
    "Azorean": (["Duarte", "Eduíno", "Nuno", "Tomé"], ["Filomena", "Conceição", "Graça", "Leonor"], ["Medeiros", "Furtado", "Raposo", "Melo"]),
    "Cape Verdean": (["Djoy", "Amílcar", "Nelson", "Zézinho"], ["Nha", "Dulce", "Ivone", "Lúcia"], ["Tavares", "Lopes Semedo", "Fortes", "Monteiro"]),
    "Dutch": (["Joost", "Sjoerd", "Maarten", "Pieter"], ["Femke", "Anouk", "Marijke", "Lieke"], ["van den Berg", "de Vries", "Bakker", "Hoekstra"]),
    "Flemish": (["Wout", "Jef", "Stijn", "Bram"], ["Lotte", "Griet", "Ilse", "Sofie"], ["Vermeulen", "De Smet", "Claes", "Peeters"]),
    "Icelandic": (["Gunnar", "Sigurður", "Einar", "Hrafn"], ["Guðrún", "Sigríður", "Björk", "Hildur"], ["Gunnarsdóttir", "Einarsson", "Jónsson", "Ólafsdóttir"]),
    "Swedish": (["Lennart", "Göran", "Björn", "Nils"], ["Ingrid", "Margareta", "Britt", "Linnea"], ["Lindqvist", "Sjöberg", "Nyström", "Ek"]),
    "Polish": (["Grzegorz", "Tadeusz", "Wojciech", "Zbigniew"], ["Bożena", "Jadwiga", "Małgorzata", "Krystyna"], ["Wiśniewski", "Szczepańska", "Grabowski", "Kowalczyk"]),
    "Czech": (["Jiří", "Vojtěch", "Ondřej", "Radek"], ["Zdeňka", "Jarmila", "Věra", "Hana"], ["Dvořák", "Procházková", "Novotný", "Kučera"]),
    "Hungarian": (["Zoltán", "Gábor", "Levente", "Tibor"], ["Erzsébet", "Zsuzsanna", "Ildikó", "Réka"], ["Kovács", "Szabó", "Tóth", "Varga"]),
    "Romanian": (["Ionuț", "Mihai", "Sorin", "Dorin"], ["Ioana", "Florentina", "Mirela", "Simona"], ["Popescu", "Dumitrescu", "Constantin", "Stan"]),
    "Ukrainian": (["Bohdan", "Taras", "Mykola", "Oleksandr"], ["Oksana", "Halyna", "Nataliya", "Solomiya"], ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk"]),
    "Greek": (["Spyros", "Thanasis", "Vangelis", "Stavros"], ["Eleni", "Panagiota", "Despina", "Vasiliki"], ["Papadopoulos", "Karagiannis", "Georgiou", "Papanikolaou"]),
    "Albanian": (["Arben", "Besnik", "Ilir", "Fatmir"], ["Mimoza", "Drita", "Lindita", "Valbona"], ["Hoxha", "Krasniqi", "Berisha", "Gashi"]),
    "Bosnian": (["Edin", "Mirza", "Senad", "Haris"], ["Amra", "Lejla", "Selma", "Mersiha"], ["Hodžić", "Begović", "Mehmedović", "Alić"]),
    "Kurdish": (["Shwan", "Rebin", "Dilshad", "Azad"], ["Berivan", "Rojin", "Nasrin", "Hêvî"], ["Barzani", "Rashid", "Zebari", "Talabani"]),
    "Persian": (["Dariush", "Kourosh", "Behrouz", "Farhad"], ["Shirin", "Maryam", "Golnaz", "Parisa"], ["Tehrani", "Karimi", "Hosseinzadeh", "Moradi"]),
    "Turkish": (["Emre", "Burak", "Mustafa", "Oğuz"], ["Elif", "Zeynep", "Gülşen", "Ayşe"], ["Yılmaz", "Öztürk", "Kaya", "Çelik"]),
    "Palestinian": (["Yousef", "Khaled", "Nidal", "Saeed"], ["Rana", "Hanan", "Samira", "Lina"], ["Barghouti", "Nasser", "Abu Khalil", "Hamdan"]),
    "Yemeni": (["Abdulrahman", "Fuad", "Nabil", "Ammar"], ["Bushra", "Arwa", "Entisar", "Huda"], ["Al-Hakimi", "Saleh", "Al-Ansi", "Qassem"]),
    "Egyptian": (["Mahmoud", "Tarek", "Sherif", "Hossam"], ["Nermeen", "Dina", "Rasha", "Heba"], ["Abdel Fattah", "Mansour", "El Sayed", "Farouk"]),
    "Algerian": (["Karim", "Rachid", "Mourad", "Djamel"], ["Fatiha", "Nadia", "Samia", "Louiza"], ["Benali", "Boudiaf", "Haddad", "Cherif"]),
    "Amhara": (["Tesfaye", "Dawit", "Yonas", "Girma"], ["Meseret", "Tigist", "Selam", "Almaz"], ["Bekele", "Haile", "Tadesse", "Wolde"]),
    "Hausa": (["Abubakar", "Sani", "Garba", "Musa"], ["Hadiza", "Zainab", "Binta", "Hauwa"], ["Danjuma", "Bello", "Usman", "Lawal"]),
    "Akan": (["Kwame", "Kofi", "Yaw", "Kwabena"], ["Akosua", "Ama", "Abena", "Efua"], ["Mensah", "Boateng", "Owusu", "Asante"]),
    "Kikuyu": (["Kamau", "Njoroge", "Mwangi", "Kariuki"], ["Wanjiru", "Njeri", "Wambui", "Nyambura"], ["Gitau", "Kimani", "Muthoni", "Ndungu"]),
    "Baganda": (["Ssemakula", "Mukasa", "Kato", "Ssekandi"], ["Nakato", "Nansubuga", "Babirye", "Nalwoga"], ["Ssebunya", "Kiwanuka", "Lubega", "Nsubuga"]),
    "Zulu": (["Sipho", "Themba", "Mandla", "Bongani"], ["Nomvula", "Thandiwe", "Zanele", "Lindiwe"], ["Dlamini", "Zungu", "Mkhize", "Ngcobo"]),
    "Malagasy": (["Rivo", "Hery", "Tahina", "Mamy"], ["Voahangy", "Lalao", "Hanitra", "Noro"], ["Rakotomalala", "Andriamanana", "Razafindrabe", "Ravelo"]),
    "Haitian": (["Jean-Robert", "Wilner", "Dieudonné", "Frantz"], ["Mirlande", "Guerda", "Nadège", "Marie-Ange"], ["Pierre-Louis", "Joseph", "Désir", "Toussaint"]),
    "Dominican": (["Yeudy", "Rafael", "Wascar", "Juan Carlos"], ["Yokasta", "Altagracia", "Yaniris", "Mercedes"], ["Peralta", "De los Santos", "Almonte", "Batista"]),
    "Colombian": (["Jhon Jairo", "Andrés", "Hernán", "Wilmer"], ["Luz Marina", "Yesenia", "Catalina", "Ximena"], ["Restrepo", "Gaviria", "Londoño", "Ospina"]),
    "Quechua": (["Wayta", "Amaru", "Rumi", "Teodoro"], ["Killa", "Sisa", "Nina", "Florencia"], ["Mamani", "Quispe", "Huamán", "Condori"]),
    "Chilean": (["Cristóbal", "Benjamín", "Matías", "Rodrigo"], ["Constanza", "Javiera", "Francisca", "Macarena"], ["Valdivia", "Errázuriz", "Larraín", "Araya"]),
    "Honduran": (["Wilmer", "Darwin", "Osman", "Kevin Josué"], ["Dilcia", "Karla", "Suyapa", "Iris"], ["Zelaya", "Banegas", "Mejía", "Cárcamo"]),
    "Tamil": (["Senthil", "Murugan", "Karthikeyan", "Ilango"], ["Kavitha", "Meenakshi", "Thenmozhi", "Selvi"], ["Subramaniam", "Ramasamy", "Pillai", "Annamalai"]),
    "Telugu": (["Venkatesh", "Srinivas", "Ravi Teja", "Naga"], ["Lakshmi", "Padmaja", "Swathi", "Sirisha"], ["Reddy", "Chowdary", "Naidu", "Kondapalli"]),
    "Gujarati": (["Hitesh", "Jignesh", "Bhavesh", "Chirag"], ["Hetal", "Falguni", "Urvashi", "Nirali"], ["Patel", "Desai", "Trivedi", "Parikh"]),
    "Punjabi Sikh": (["Gurpreet", "Harjinder", "Jaswant", "Manpreet"], ["Harleen", "Simran", "Jaspreet", "Kuldeep"], ["Sandhu", "Grewal", "Dhillon", "Sidhu"]),
    "Bengali": (["Sourav", "Arnab", "Debashish", "Tanmoy"], ["Moumita", "Sharmila", "Riya", "Paromita"], ["Chatterjee", "Mukherjee", "Bhattacharya", "Ghosh"]),
    "Khmer": (["Sokha", "Vuthy", "Chanthou", "Rithy"], ["Sreymom", "Sophea", "Bopha", "Chanthy"], ["Chhim", "Phan", "Sok", "Ouk"]),
    "Thai": (["Somchai", "Prasert", "Anan", "Wichai"], ["Siriporn", "Ratana", "Malee", "Nittaya"], ["Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee"]),
    "Bamar": (["Aung Ko", "Min Thu", "Zaw Win", "Htet"], ["Thandar", "Khin Mya", "Su Su", "Ei Ei"], ["Aung", "Naing", "Oo", "Tun"]),
    "Karen": (["Saw Eh", "Pah Doh", "Saw Htoo", "Ler"], ["Naw Paw", "Mu Lah", "Paw Htoo", "Hser"], ["Say", "Moo", "Wah", "Htoo"]),
    "Malay": (["Azman", "Hafiz", "Faizal", "Shahrul"], ["Nurul", "Siti Aminah", "Farah", "Rohani"], ["bin Ismail", "binti Hassan", "Abdullah", "Rahman"]),
    "Tagalog": (["Rodel", "Jun-Jun", "Marlon", "Rommel"], ["Maricel", "Lorna", "Jocelyn", "Rowena"], ["Dimaculangan", "Macaraeg", "Bautista", "Manalo"]),
    "Chamorro": (["Jesus", "Vicente", "Joaquin", "Frankie"], ["Rosalia", "Carmelita", "Tun Ana", "Bernadita"], ["Taitano", "Cruz", "Aguon", "San Nicolas"]),
    "Hawaiian": (["Keoni", "Kainoa", "Makoa", "Kekoa"], ["Leilani", "Healani", "Noelani", "Malia"], ["Kahananui", "Kealoha", "Akana", "Kamakau"]),
    "Cantonese": (["Wing Kei", "Chi Keung", "Ka Ho", "Siu Ming"], ["Mei Ling", "Wai Yee", "Suk Fan", "Ka Yan"], ["Chan", "Wong", "Leung", "Cheung"]),
    "Shandong": (["Jianguo", "Zhiqiang", "Haitao", "Wenbo"], ["Xiulan", "Guiying", "Lihua", "Yanping"], ["Zhang", "Sun", "Kong", "Liu"]),
    "Mongolian": (["Bat-Erdene", "Ganbaatar", "Tömör", "Sükh"], ["Oyunchimeg", "Sarangerel", "Enkhjargal", "Altantsetseg"], ["Batbayar", "Dorj", "Gantulga", "Tsend"]),
    "Kazakh": (["Nurlan", "Yerlan", "Askar", "Daulet"], ["Aigerim", "Saule", "Gulnara", "Dana"], ["Nurpeisov", "Abenov", "Zhaksylykov", "Tokayeva"]),
    "Uzbek": (["Sherzod", "Jahongir", "Ulugbek", "Bobur"], ["Dilnoza", "Malika", "Nodira", "Zulfiya"], ["Karimov", "Yusupova", "Rakhimov", "Tursunov"]),
    "Sephardic": (["Haim", "Moshe", "Nissim", "Avram"], ["Reyna", "Sultana", "Luna", "Esterina"], ["Benveniste", "Abravanel", "Carasso", "Alhadeff"]),
    "Bukharian": (["Yakov", "Rafael", "Boris", "Ilyo"], ["Tamara", "Bella", "Zoya", "Margo"], ["Aminov", "Kalontarov", "Ishakov", "Davydova"]),
    "Cherokee": (["Sequoyah", "Clint", "Wesley", "Johnny"], ["Waya", "Galilahi", "Tayanita", "Adsila"], ["Sixkiller", "Swimmer", "Ketcher", "Fourkiller"]),
    "Ojibwe": (["Migizi", "Waabanong", "Dale", "Tyrone"], ["Nokomis", "Ziibiwin", "Wenonah", "Bernice"], ["Morningstar", "Big Bear", "Bellecourt", "Kingbird"]),
    "Unangan": (["Aleks", "Ilarion", "Nick", "Vasily"], ["Anfesia", "Okalena", "Tatiana", "Olga"], ["Shaishnikoff", "Merculief", "Galaktionoff", "Prokopeuff"]),
    "Seminole": (["Osceola", "Billy", "Moses", "Jumper"], ["Betty", "Mary Jene", "Agnes", "Sally"], ["Tiger", "Cypress", "Osceola", "Billie"]),
    "Gullah": (["Pompey", "July", "Cuffee", "Ezekiel"], ["Queen Esther", "Vertie", "Hagar", "Sabra"], ["Grant", "Manigault", "Pinckney", "Bligen"]),
    "Tahitian": (["Teva", "Moana", "Tehau", "Maui"], ["Vaea", "Heimana", "Titaua", "Poerava"], ["Teriitehau", "Tetuanui", "Temauri", "Raapoto"]),
    "Niuean": (["Sione", "Tiva", "Fakaola", "Moka"], ["Mele", "Salome", "Fiafia", "Lagi"], ["Talagi", "Lipitoa", "Tukuitoga", "Pihigia"]),
    "Nahuatl": (["Cuauhtémoc", "Tonatiuh", "Tenoch", "Ehécatl"], ["Xóchitl", "Itzel", "Citlalli", "Yaretzi"], ["Tepoz", "Coatl", "Tlatelpa", "Ixtlahuac"]),
    "Ladino Guatemalan": (["Byron", "Edgar Rolando", "Otto", "Erick"], ["Ingrid", "Heidy", "Brenda Lisseth", "Olga"], ["Ajú", "Cojulún", "Tzoc", "Xicará"]),
    "Sindhi Hindu": (["Jairam", "Lachman", "Gobind", "Hiro"], ["Kiran", "Sunita", "Jamna", "Bhagwanti"], ["Advani", "Lalwani", "Hiranandani", "Mirchandani"]),
    "Finnish Swede": (["Henrik", "Kaj", "Stig", "Ragnar"], ["Solveig", "Gunilla", "Märta", "Ulla"], ["Lindroos", "Backman", "Söderström", "Westerholm"]),
    "Frisian Dutch": (["Tjeerd", "Wiebe", "Sybren", "Hidde"], ["Tjitske", "Sjoukje", "Wytske", "Baukje"], ["Hiemstra", "Dijkstra", "Postma", "Wierda"]),
    "Ainu": (["Shigeru", "Kōichi", "Tomoaki", "Hideo"], ["Yukie", "Matsuko", "Kaori", "Mina"], ["Kayano", "Chiri", "Kaizawa", "Kitahara"]),
}

# Given names and surnames that are ordinary English words (one given name in four, one surname in five).
WORD_GIVEN_MEN = ["Bill", "Major", "Wood", "Rocky", "Chip", "Buck", "Penn", "Marshal", "Hardy", "Rowdy", "Ace", "Dusty",
                  "Sterling", "Duke", "Bishop", "Story", "Dean", "Rex", "Lane", "Crew"]
WORD_GIVEN_WOMEN = ["Dawn", "Hope", "Faith", "Summer", "Autumn", "Misty", "Sunshine", "Candy", "Cherish", "Liberty",
                    "Harmony", "Melody", "Crystal", "Amber", "Bonnie", "Precious", "Lark", "Starr", "Trinity", "Journey"]
WORD_SURNAMES = ["Fisher", "Wood", "Major", "Hope", "Bill", "Stone", "Rivers", "Hill", "Young", "Cross", "Power",
                 "Street", "Savage", "Gentry", "Noble", "Sweet", "Bacon", "Butcher", "Mayor", "Parish", "Church",
                 "Lawless", "Goodwin", "Price", "Pepper", "Salt", "Snow", "Storm", "Rains", "Holiday", "Beard", "Nurse",
                 "Doctor", "Cure", "Heal", "Blessing", "Gamble", "Fortune", "Bond", "Waters"]

# Towns written without a head noun ("from Harlan", "out past Kettle Falls"); many are ordinary words.
TOWNS = ["Harlan", "Hazard", "Pikeville", "Kettle Falls", "Republic", "Opportunity", "Index", "Startup", "George",
         "Plain", "Uncertain", "Surprise", "Why", "Tightwad", "Mystic", "Eureka", "Defiance", "Friendship", "Energy",
         "Ideal", "Alert", "Money", "Rifle", "Dinosaur", "Santa", "Oblong", "Rising Sun", "Cut Off", "Ponder",
         "Lost Nation", "Rough and Ready", "Frostproof", "Mars", "Glasgow", "Burns", "Ely", "Tonopah", "Winnemucca",
         "Elko", "Lakeview", "John Day", "Vale", "Dillon", "Havre", "Wolf Point", "Scobey", "Ballina", "Moree", "Dubbo",
         "Gympie", "Broken Hill", "Kalgoorlie", "Monkeys Eyebrow", "Bowlegs", "Chloride", "Cope", "Success", "Bliss",
         "Mexico Beach", "Sugar Tree", "Big Timber", "Roundup", "Two Harbors", "Grand Marais", "Ironwood", "Bad Axe",
         "Hungry Horse", "Marble", "Pie Town", "Truth or Consequences", "Magdalena", "Quemado", "Mesquite", "Ajo",
         "Why Not", "Shiner", "Early", "Happy Jack", "Cookeville", "Paintsville", "Salyersville", "Beattyville"]
STATES = ["KY", "WA", "TX", "AZ", "MO", "NV", "OR", "MT", "MN", "MI", "NM", "OK", "WV", "TN", "GA", "ID", "WY"]
STREETS = ["Sycamore", "Old Mill", "Catawba", "Persimmon", "Hollow Creek", "Tanyard", "Depot", "Quarry", "Possum Trot",
           "Schoolhouse", "Gristmill", "Cemetery", "Buttermilk", "Hickory Flat", "Red Bud", "Shiloh Church"]
STREET_KINDS = ["Rd", "Road", "Lane", "Ln", "St", "Drive", "Hollow Rd", "Pike", "Ct", "Way"]
COUNTIES = ["Letcher County", "Owsley County", "Ferry County", "Stevens County", "Catron County", "Sweet Grass County",
            "Garfield County", "Loving County", "Esmeralda County", "Harney County", "Perry County", "Leslie County"]
HOSPITALS = ["Mountain View Regional", "Kettle River Community Hospital", "St. Ottilie's", "Big Sandy Medical Center",
             "Harney District Hospital", "Three Forks Memorial", "Cumberland Valley Regional", "Sage Basin Hospital",
             "Wallowa Memorial", "Coldwater Critical Access Hospital", "Marias Medical Center", "Pioneer Valley Hospital"]

# Employers, agencies, firms and carriers written with a proper name (LOCATION by decision 210's rule).
LAW_FIRMS = ["Haskell Brandt & Oyelaran", "Pruitt, Maddox and Lyle", "Okonkwo Reyes LLP", "Dunmore Tatum", "Vance & Quarles",
             "Lindgren Stavros PLLC", "Kessler Whitcomb", "Abernathy Sloane"]
LOCUM_AGENCIES = ["Meridian Locums", "Tallgrass Staffing", "Bluewater Physician Partners", "Northstar Locum Group",
                  "Cimarron Medical Staffing", "Prairie Fire Locums", "Summit Crest Recruiting", "Highline Physicians"]
HOME_AGENCIES = ["Gentle Hands Home Health", "Bluebonnet Home Care", "Hearth & Home Nursing", "Ridgeline Home Health",
                 "Comfort Keepers", "Valley Visiting Nurses", "Sunrise Home Care", "Trinity Hospice at Home"]
CARRIERS = ["Dakota Plains Freight", "Red Mesa Trucking", "Bison Line Carriers", "Two Rivers Logistics",
            "Hot Shot Haulers", "Great Basin Transport", "Copper State Express", "Lonestar Reefer"]
AIRLINES = ["SkyWest", "Horizon", "Alaska", "Allegiant", "Frontier", "Envoy", "Mesa", "Piedmont", "Ravn", "Cape Air"]
VET_CLINICS = ["Cedar Hollow Animal Hospital", "Paws & Claws Vet", "Bitterroot Veterinary Clinic", "Willow Creek Vets",
               "Mesa Large Animal Clinic", "Happy Tails Animal Clinic", "Critter Care Exotics"]
ZOOS = ["Tanglewood Petting Farm", "Reptile Ridge", "Tall Pines Wildlife Park", "Goat Hollow Farm", "Serpentarium of the Ozarks"]
LABS = ["Invitae", "GeneDx", "Ambry", "Myriad", "Blueprint", "Fulgent", "Prevention Genetics", "Baylor Genetics"]
SPERM_BANKS = ["California Cryobank", "Fairfax Cryobank", "Seattle Sperm Bank", "Xytex", "Cryos"]
EHRS = ["Epic", "Cerner", "Meditech", "athena", "eClinicalWorks", "Allscripts"]
UNIONS = ["SEIU Local 1199", "Teamsters Local 727", "AFSCME Local 3299", "UFCW Local 21", "IBEW Local 48", "OPEIU Local 40"]
