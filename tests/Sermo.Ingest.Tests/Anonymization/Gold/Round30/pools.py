"""Round 30's pools, typed by its author from memory (decision 185): people by culture, places, facilities, employers.

Each person is (given, surname, sex); a given name or surname of several words gets one NAME span per word.
"""

PEOPLE = {
    "Hmong": [("Pa Houa", "Vang", "F"), ("Tou", "Xiong", "M"), ("Mai Yer", "Lor", "F"), ("Chue", "Thao", "M")],
    "Karen": [("Naw Paw", "Htoo", "F"), ("Saw Eh", "Kaw", "M")],
    "Chin": [("Cung", "Lian", "M"), ("Ngun", "Sui Par", "F")],
    "Rohingya": [("Nurul", "Amin", "M"), ("Rashida", "Begum", "F")],
    "Bhutanese Nepali": [("Dil Maya", "Gurung", "F"), ("Tika Ram", "Dahal", "M")],
    "Tibetan": [("Tenzin", "Dolkar", "F"), ("Lobsang", "Tsering", "M")],
    "Mongolian": [("Bat-Erdene", "Tsogt", "M"), ("Oyuntsetseg", "Ganbold", "F")],
    "Kazakh": [("Nurlan", "Zhaksybekov", "M"), ("Aigerim", "Sadykova", "F")],
    "Kyrgyz": [("Bakyt", "Toktogulov", "M"), ("Cholpon", "Asanova", "F")],
    "Georgian": [("Giorgi", "Beridze", "M"), ("Nino", "Kapanadze", "F")],
    "Armenian": [("Aram", "Sargsyan", "M"), ("Anahit", "Hovhannisyan", "F")],
    "Azerbaijani": [("Elvin", "Mammadov", "M"), ("Leyla", "Aliyeva", "F")],
    "Albanian": [("Arben", "Hoxha", "M"), ("Drita", "Berisha", "F")],
    "Maltese": [("Carmel", "Zammit", "M"), ("Marija", "Camilleri", "F")],
    "Basque": [("Iñaki", "Etxeberria", "M"), ("Amaia", "Goikoetxea", "F")],
    "Catalan": [("Jordi", "Vilaseca", "M"), ("Montserrat", "Cullell", "F")],
    "Galician": [("Xosé", "Outeiro", "M"), ("Uxía", "Lamas", "F")],
    "Welsh": [("Rhodri", "Pryce", "M"), ("Angharad", "Llewelyn", "F")],
    "Scottish Gaelic": [("Ruairidh", "MacLeòid", "M"), ("Catrìona", "NicAoidh", "F")],
    "Irish": [("Oisín", "Ó Súilleabháin", "M"), ("Siobhán", "Ní Bhriain", "F")],
    "Icelandic": [("Gunnar", "Sigurðsson", "M"), ("Hildur", "Jónsdóttir", "F")],
    "Faroese": [("Rógvi", "Joensen", "M"), ("Turið", "Poulsen", "F")],
    "Sami": [("Niillas", "Somby", "M"), ("Elle Márjá", "Gaup", "F")],
    "Finnish": [("Jussi", "Väisänen", "M"), ("Aino", "Heikkinen", "F")],
    "Estonian": [("Tõnu", "Tamm", "M"), ("Kadri", "Saar", "F")],
    "Latvian": [("Jānis", "Ozoliņš", "M"), ("Ilze", "Bērziņa", "F")],
    "Lithuanian": [("Mindaugas", "Kazlauskas", "M"), ("Rūta", "Petrauskienė", "F")],
    "Hawaiian": [("Keoni", "Kahananui", "M"), ("Leilani", "Kealoha", "F")],
    "Samoan": [("Tavita", "Faleolo", "M"), ("Losa", "Tuiasosopo", "F")],
    "Tongan": [("Sione", "Havili", "M"), ("Mele", "Fifita", "F")],
    "Maori": [("Wiremu", "Ngata", "M"), ("Aroha", "Te Rangi", "F")],
    "Chamorro": [("Juan", "Taitano", "M"), ("Rosa", "Taitague", "F")],
    "Marshallese": [("Aneo", "Loeak", "M"), ("Limine", "Jibon", "F")],
    "Navajo": [("Darnell", "Begay", "M"), ("Shanice", "Yazzie", "F"), ("Marlon", "Tsosie", "M")],
    "Lakota": [("Tatanka", "Two Bulls", "M"), ("Winona", "Iron Cloud", "F")],
    "Cherokee": [("Sequoyah", "Swimmer", "M"), ("Awinita", "Sixkiller", "F")],
    "Ojibwe": [("Nodin", "Kingbird", "M"), ("Miigwan", "Stillday", "F")],
    "Inuit": [("Pauloosie", "Akeeagok", "M"), ("Siila", "Kilabuk", "F")],
    "Yupik": [("Angaan", "Paniyak", "M"), ("Nayagaq", "Tulik", "F")],
    "Haitian": [("Jean-Wesner", "Pierre-Louis", "M"), ("Mirlande", "Dorvilus", "F")],
    "Garifuna": [("Mateo", "Arzu", "M"), ("Feliciana", "Lambey", "F")],
    "Quechua": [("Wayra", "Mamani", "M"), ("Killa", "Quispe", "F")],
    "Aymara": [("Willka", "Condori", "M"), ("Sisa", "Choque", "F")],
    "Mapuche": [("Lautaro", "Huenchumilla", "M"), ("Ayelén", "Painemal", "F")],
    "Guarani": [("Arandu", "Ortiz", "M"), ("Arami", "Villalba", "F")],
    "Hausa": [("Abubakar", "Danjuma", "M"), ("Hauwa", "Bello", "F")],
    "Fulani": [("Hamidou", "Sow", "M"), ("Kadiatou", "Bah", "F")],
    "Wolof": [("Modou", "Ndiaye", "M"), ("Fatou", "Diop", "F")],
    "Malagasy": [("Andry", "Rakotomalala", "M"), ("Voahangy", "Randrianarisoa", "F")],
    "Somali Bantu": [("Hassan", "Mzee", "M"), ("Amina", "Mkoma", "F")],
    "Tigrinya": [("Tesfay", "Gebremedhin", "M"), ("Senait", "Haile", "F")],
    "Pashto": [("Zarghun", "Afridi", "M"), ("Malalai", "Durrani", "F")],
    "Baloch": [("Jaleel", "Marri", "M"), ("Gulnaz", "Bugti", "F")],
    "Sindhi": [("Ajay", "Mirchandani", "M"), ("Kavita", "Lalwani", "F")],
    "Sinhala": [("Chaminda", "Wickramasinghe", "M"), ("Nadeeka", "Jayawardena", "F")],
    "word names": [("Grace", "Marsh", "F"), ("Ivy", "Stone", "F"), ("Buck", "Mason", "M"), ("Forrest", "Field", "M"),
                   ("Holly", "Frost", "F"), ("Cash", "Price", "M"), ("Rose", "Mills", "F"), ("Lance", "Steel", "M"),
                   ("Reed", "Young", "M"), ("Jewel", "Little", "F"), ("Bonnie", "Bird", "F"), ("Dale", "Glass", "M")],
}

# Clinicians, officers, coaches, adjusters: surnames only, said after a title or alone.
STAFF_SURNAMES = ["Okonkwo-Reyes", "Lindqvist", "Brannigan", "Tuilagi", "Haverkamp", "Nakagawa", "Delacroix", "Szabo",
                  "Whitebear", "Fairweather", "Kowalczyk", "Abernethy", "Ruiz de Vega", "Van der Merwe", "Mahfouz",
                  "Castellanos", "Oyelaran", "Piotrowski", "Baptiste", "Grimsdottir", "Hollowhorn", "Winter", "Cross",
                  "Sharp", "Bishop", "Noble", "Pepper"]
STAFF_GIVEN = ["Dana", "Curtis", "Marisol", "Trent", "Yolanda", "Kip", "Shauna", "Dmitri", "Latoya", "Wendell",
               "Priya", "Gus", "Marguerite", "Dex", "Ngozi", "Lorna"]

# Small and word-like towns (with state where a physician would write one).
TOWNS = ["Nothing", "Chicken", "Embarrass", "Bumble Bee", "Toad Suck", "Cut and Shoot", "Ding Dong", "Romance",
         "Gnaw Bone", "Bird-in-Hand", "Hot Coffee", "Soso", "Possum Trot", "Frostproof", "Mexican Hat", "Eighty Eight",
         "Chinle", "Kayenta", "Bethel", "Kotzebue", "Hoonah", "Kyle", "Cass Lake", "Red Lake", "Tahlequah", "Ponemah",
         "Tuba City", "Hooper Bay", "Saipan", "Ebeye", "Worthington", "Postville", "Lewiston", "Wausau", "Hickory",
         "Stillwater", "Marshalltown", "Garden City", "Liberal", "Dodge City"]
COUNTIES = ["Apache County", "Oglala Lakota County", "Todd County", "Beltrami County", "McDowell County",
            "Owsley County", "Holmes County", "Starr County", "Nobles County", "Finney County", "Ford County"]
NEIGHBOURHOODS = ["Frogtown", "Phalen", "Swede Hollow", "Cabbagetown", "Overtown", "Payne-Phalen", "Little Haiti",
                  "Cedar-Riverside", "the Tenderloin", "Over-the-Rhine"]
STREETS = ["Larpenteur", "Rice Street", "Payne Ave", "Maryland Ave", "Mission St", "Juniper Lane", "Old Mill Rd",
           "Cottonwood Dr", "Dakota Ave", "Quarry Road"]
ABROAD = ["Bayanzürkh district, Ulaanbaatar", "Rruga e Durrësit 45, Tiranë", "Triq il-Kbira 12, Żebbuġ",
          "Kalea Nagusia 8, Gernika", "Carrer de Sant Pere 22, Vic", "Laugavegur 31, Reykjavík",
          "Chavchavadze Ave 14, Tbilisi", "Abovyan St 9, Yerevan", "Delap, Majuro", "Kolofoʻou, Nukuʻalofa",
          "Rue Pétion 7, Cap-Haïtien", "Calle Sucre 310, Potosí", "Temuco", "Encarnación", "Sabon Gari, Kano",
          "Thiès", "Antsirabe", "Godaif, Asmara", "Jinnah Road, Quetta", "Peradeniya Road, Kandy", "Tórshavn",
          "Kautokeino", "Tartu", "Šiauliai", "Daugavpils", "Naryn", "Shymkent", "Gyumri", "Ganja"]
JAILS = ["Red Rock Regional Jail", "Pinal Valley Detention Facility", "Otero County Processing Center",
         "Stewart Detention Center", "Ramsey County Adult Detention Center", "Big Muddy Correctional",
         "Coyote Ridge", "Krome"]
COURTS = ["Hennepin County District Court", "Navajo Nation Family Court", "Cook County Juvenile Court",
          "Fourth Judicial District", "Coconino County Superior Court"]
EMPLOYERS = ["JBS", "Hormel", "Seaboard", "Cargill", "Amazon", "Menards", "Walmart DC 6021", "Tyson",
             "Ryder", "Sanford", "Jennie-O", "Marvin Windows", "Kwik Trip", "Werner"]
SCHOOLS = ["Chinle High", "Cass Lake-Bena", "Red Cloud", "St. Thomas Academy", "Tuba City High", "Kahuku",
           "Bethel Regional High", "Hooper Bay School"]
TEAMS = ["Wildcats", "Lady Warriors", "Chieftains", "Red Devils", "Thunderbirds", "Ravens"]
SHELTERS = ["Dorothy Day Center", "Higher Ground", "Union Gospel Mission", "Safe Harbor", "Mary Hall"]
FARMS = ["Two Creeks Dairy", "Hidden Valley Ranch", "Sorensen Hog Farm", "Blue Mesa Goats", "Hilltop Poultry",
         "Kealoha Farms", "Gaup reindeer herd"]
PHARMACIES = ["Walgreens", "CVS", "Hy-Vee", "Thrifty White", "Cub Pharmacy", "Osco"]
AGENCIES = ["Aya", "Cross Country", "AMN", "Trusted", "Vivian", "Medical Solutions", "Fusion"]
HOSPITALS = ["Regions", "Sanford Bemidji", "Chinle Comprehensive", "YKHC", "Maniilaq", "Avera McKennan",
             "St. Cloud Hospital", "Gundersen", "Essentia Fosston", "Queen's"]
OPOS = ["LifeSource", "Donor Network West", "Gift of Life", "LifeCenter Northwest", "Legacy of Hope"]
PETS = ["Biscuit", "Tater", "Lobo", "Mochi", "Sarge", "Pepper Jack", "Duchess", "Ranger"]
