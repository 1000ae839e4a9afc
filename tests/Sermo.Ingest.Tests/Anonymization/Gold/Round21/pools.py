"""Round 21's pools, typed from the author's own knowledge: names by culture, word names, places and settings."""

GIVEN_BY_CULTURE = {
    "Polish": ["Grzegorz", "Bożena", "Wiesław", "Jadwiga", "Przemek", "Ewa"],
    "Czech": ["Jiří", "Zdeňka", "Radek", "Lenka", "Vojtěch", "Hana"],
    "Ukrainian": ["Bohdan", "Oksana", "Taras", "Halyna", "Mykola", "Yulia"],
    "Turkish": ["Emre", "Zeynep", "Serkan", "Elif", "Burak", "Gülşen"],
    "Persian": ["Dariush", "Shirin", "Kourosh", "Nasrin", "Babak", "Roya"],
    "Pashto": ["Zalmai", "Malalai", "Ajmal", "Pashtana", "Wahid", "Zarghuna"],
    "Bengali": ["Sourav", "Moushumi", "Tanvir", "Rumana", "Arnab", "Nasima"],
    "Tamil": ["Senthil", "Kavitha", "Murugan", "Thenmozhi", "Karthikeyan", "Selvi"],
    "Telugu": ["Venkata", "Sravani", "Naga", "Padmaja", "Chaitanya", "Lalitha"],
    "Malay": ["Hafiz", "Nurul", "Azlan", "Siti", "Faizal", "Aminah"],
    "Indonesian": ["Bambang", "Dewi", "Eko", "Ratna", "Joko", "Sri"],
    "Filipino": ["Rodel", "Maricel", "Jun", "Lorna", "Ariel", "Divina"],
    "Yoruba": ["Olumide", "Folake", "Babatunde", "Yetunde", "Segun", "Bisola"],
    "Igbo": ["Obinna", "Chioma", "Ikenna", "Adaeze", "Emeka", "Nneka"],
    "Somali": ["Abdullahi", "Hodan", "Mohamud", "Ifrah", "Abshir", "Sahra"],
    "Tongan": ["Viliami", "Mele", "Tevita", "Salote", "Sione", "Losaline"],
    "Maori": ["Tama", "Aroha", "Wiremu", "Moana", "Rawiri", "Huia"],
    "Navajo": ["Darrell", "Nizhoni", "Shaun", "Dezbah", "Kee", "Ahiga"],
    "Cherokee": ["Wade", "Tayanita", "Redbird", "Ayita", "Clyde", "Wilma"],
    "Quebecois": ["Réjean", "Gisèle", "Yvon", "Sylvie", "Gaétan", "Manon"],
    "Basque": ["Aitor", "Maite", "Unai", "Nerea", "Xabier", "Amaia"],
    "Catalan": ["Pau", "Montserrat", "Oriol", "Núria", "Jaume", "Mireia"],
    "Welsh": ["Dafydd", "Angharad", "Rhodri", "Bethan", "Iestyn", "Ffion"],
    "Icelandic": ["Einar", "Sigrún", "Bjarni", "Hildur", "Þórður", "Ragnheiður"],
}

SURNAME_BY_CULTURE = {
    "Polish": ["Szczepański", "Kaczmarek", "Pietrzak", "Zieliński", "Grabowska", "Wojcik"],
    "Czech": ["Novotný", "Procházka", "Kučerová", "Svoboda", "Horák", "Černý"],
    "Ukrainian": ["Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Savchenko", "Lysenko"],
    "Turkish": ["Demir", "Öztürk", "Aydın", "Çelik", "Kaya", "Şahin"],
    "Persian": ["Tehrani", "Mohammadi", "Farahani", "Hosseini", "Rezaei", "Sadeghi"],
    "Pashto": ["Yousafzai", "Durrani", "Afridi", "Popalzai", "Mohmand", "Achakzai"],
    "Bengali": ["Chowdhury", "Bhattacharya", "Sarkar", "Rahman", "Mukherjee", "Hossain"],
    "Tamil": ["Subramanian", "Ramasamy", "Palaniappan", "Arumugam", "Natarajan", "Pillai"],
    "Telugu": ["Reddy", "Naidu", "Chowdary", "Gollapudi", "Yerramilli", "Bandaru"],
    "Malay": ["Ismail", "Abdullah", "Hassan", "Othman", "Yusof", "Rahim"],
    "Indonesian": ["Susanto", "Wijaya", "Hartono", "Nugroho", "Kusuma", "Pratama"],
    "Filipino": ["Dela Cruz", "Bautista", "Manalo", "Villanueva", "Pangilinan", "Soriano"],
    "Yoruba": ["Adeyemi", "Oladipo", "Akinola", "Ogundipe", "Bankole", "Adebisi"],
    "Igbo": ["Nwosu", "Eze", "Okonkwo", "Chukwu", "Nnamdi", "Onyekachi"],
    "Somali": ["Farah", "Hirsi", "Abdi", "Osman", "Egal", "Duale"],
    "Tongan": ["Tupou", "Fonua", "Vaipulu", "Havili", "Kioa", "Lolohea"],
    "Maori": ["Tipene", "Parata", "Waititi", "Rangihuna", "Tamihana", "Pomare"],
    "Navajo": ["Benally", "Tsinajinnie", "Manygoats", "Nez", "Bitsui", "Yellowhair"],
    "Cherokee": ["Swimmer", "Standingdeer", "Cornsilk", "Wolfe", "Crowe", "Hummingbird"],
    "Quebecois": ["Gagnon", "Lévesque", "Pelletier", "Bergeron", "Côté", "Ouellet"],
    "Basque": ["Goikoetxea", "Aranburu", "Urkiza", "Larrañaga", "Zubizarreta", "Agirre"],
    "Catalan": ["Vilanova", "Puig", "Casals", "Ferrer", "Soler", "Riera"],
    "Welsh": ["Pritchard", "Llewellyn", "Bevan", "Powys", "Gruffydd", "Vaughan"],
    "Icelandic": ["Einarsdóttir", "Bjarnason", "Gunnarsson", "Helgadóttir", "Ólafsson", "Stefánsdóttir"],
}

WORD_GIVEN = ["Hazel", "Ivy", "Hope", "Rich", "Bishop", "Story", "Faith", "Sky", "Dale", "Glen", "Rowan",
              "Sunny", "Autumn", "Chase", "Grant", "Stone", "Pearl", "Brook", "Lane", "Royal"]
WORD_SURNAME = ["Wood", "Love", "Rich", "Hope", "Bishop", "Story", "Field", "Hill", "Baker", "Rivers",
                "Little", "Young", "Snow", "Winter", "Sharp", "Best", "Stone", "Gold", "Hunter", "Marsh"]
NICKNAMES = ["Bubba", "Tiny", "Sissy", "Junebug", "Skeeter", "Peanut", "Boo", "Doc", "Chip", "Sunshine"]

WORD_TOWNS = ["Truth or Consequences", "Accident", "Harmony", "Liberty", "Paradise", "Story", "Hope",
              "Friendship", "Bliss", "Climax", "Uncertain", "Protection", "Surprise", "Welcome", "Plain",
              "Cut and Shoot", "Hot Coffee", "Gnaw Bone", "Bird-in-Hand", "Rough and Ready", "Loafers Glory",
              "Success", "Hygiene", "Gas", "Drain", "Cheesequake", "Defiance", "Index", "Ordinary", "Difficult"]
COUNTIES = ["Tensas Parish", "Catahoula Parish", "Kiowa County", "Loup County", "Grant County", "Hooker County",
            "Box Elder County", "Ziebach County", "Lake of the Woods County", "Harlan County"]
STREETS = ["Chouteau", "Halsted", "Fremont Street", "Colfax", "Telegraph", "Magazine Street", "Vine", "Ponce"]

EMPLOYERS = ["Cargill", "Tyson", "Smithfield", "Hormel", "John Deere", "Caterpillar", "Weyerhaeuser",
             "Halliburton", "Schlumberger", "UPS", "FedEx Ground", "Walmart DC 6094", "Bechtel", "Koch Fertilizer"]
SITES = ["the Permian yard", "the Bakken pad", "Line 3", "the Freeport LNG site", "the Saginaw plant",
         "the Gallatin mill", "the Rosemount refinery"]
SHIPS = ["Royal Princess", "Carnival Sunrise", "Norwegian Joy", "Celebrity Edge", "Oasis of the Seas",
         "MSC Seashore", "Viking Star"]
HOTELS = ["Hampton Inn", "La Quinta", "Red Roof Inn", "Days Inn", "Holiday Inn Express", "Super 8"]
AIRPORTS = ["DEN", "ORD", "SEA", "ANC", "HNL", "IAH", "CLT"]
AIRLINES = ["Alaska", "United", "Frontier", "Allegiant", "Spirit", "JetBlue"]

RANKS = ["SGT", "SSG", "SFC", "CPL", "PFC", "SPC", "LT", "CPT", "MAJ", "PO2", "CWO2", "MSgt", "SrA", "LCpl"]
UNITS = ["1-501st PIR", "3rd ACR", "82nd Airborne", "173rd Airborne", "1st Cav", "4th ID", "3/7 Marines", "101st"]
BASES = ["Fort Hood", "Fort Campbell", "JBLM", "Fort Bliss", "Camp Pendleton", "Fort Riley", "Fort Carson",
         "Schofield Barracks", "Camp Lejeune", "Eglin AFB"]
DEPLOYMENTS = ["Bagram", "Al Asad", "Camp Arifjan", "Kandahar", "Erbil", "Al Udeid", "Tower 22"]
VA_SITES = ["the Togus VA", "the Fargo VA", "Hines VA", "the Murphy VA", "the Tomah VA", "the Big Spring VA"]

RANCHES = ["the Rocking R", "the Bar T", "the Circle K Ranch", "the Hat Creek place", "the Flying V",
           "the Sixes Ranch", "the Buckhorn farm"]
COOPS = ["CHS", "Land O'Lakes", "Ag Partners", "Farmers Union", "Sunrise Cooperative", "MFA"]
COUNTY_ROADS = ["County Road 9", "CR 410", "Farm Road 1187", "RR 3", "HC 64", "Township Road 22"]

TEAMS = ["the Bulldogs", "the Lady Vols", "the Hornets", "the Storm", "the Bearcats", "the Warriors", "the Mudcats"]
SCHOOLS = ["Jesuit", "Bishop Gorman", "Mater Dei", "De La Salle", "St. Thomas Aquinas", "Centennial", "Westlake"]
TOURNAMENTS = ["the Perfect Game showcase", "the state 4A semis", "the AAU nationals", "the Penn Relays",
               "the Drake Relays"]

PRISONS = ["Leavenworth", "San Quentin", "Parchman", "Attica", "Sing Sing", "Huntsville Unit", "Rikers", "Folsom"]
SHELTERS = ["the Salvation Army", "Bowery Mission", "the Midnight Mission", "Catholic Charities", "the Rescue Mission",
            "Haven House"]
HOSPITALS = ["St. Luke's", "Mercy", "Providence", "Sacred Heart", "Good Shepherd", "St. Vincent's", "Baptist"]

TOWNS_ABROAD = ["Rzeszów", "Olomouc", "Vinnytsia", "Eskişehir", "Shiraz", "Jalalabad", "Sylhet", "Thanjavur",
                "Vijayawada", "Ipoh", "Yogyakarta", "Iloilo", "Ibadan", "Enugu", "Hargeisa", "Vava'u",
                "Rotorua", "Kayenta", "Tahlequah", "Trois-Rivières", "Gernika", "Girona", "Aberystwyth", "Ísafjörður"]

COUNTRY_CODES = ["+48", "+420", "+380", "+90", "+98", "+93", "+880", "+91", "+60", "+62", "+63", "+234",
                 "+252", "+676", "+64", "+1", "+34", "+44", "+354", "+33"]
