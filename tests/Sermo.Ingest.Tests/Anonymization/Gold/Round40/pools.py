"""Round 40's word pools, typed by hand (decision 247): names by culture, places, organisations of the settings.

Each culture: (men's given names, women's given names, surnames). A person's sex follows the list the given name
comes from, so kin words and pronouns agree with the name."""

CULTURES = {
    "Latvian": (["Janis", "Edgars", "Raimonds"], ["Ilze", "Baiba", "Zane"], ["Berzins", "Ozolins", "Kalnins", "Liepa"]),
    "Estonian": (["Toomas", "Priit", "Margus"], ["Kadri", "Triin", "Piret"], ["Tamm", "Saar", "Sepp", "Kask"]),
    "Belarusian": (["Ales", "Zmitser", "Yauhen"], ["Nasta", "Alesia", "Volha"], ["Kupala", "Hrynevich", "Babkou"]),
    "Bulgarian": (["Stoyan", "Dimitar", "Hristo"], ["Tsvetelina", "Radka", "Desislava"], ["Petkov", "Yordanova", "Stoichkov", "Vulcheva"]),
    "Slovenian": (["Matej", "Ziga", "Primoz"], ["Spela", "Urska", "Masa"], ["Novak", "Zupancic", "Kranjc"]),
    "Macedonian": (["Goce", "Blagoja", "Trajce"], ["Biljana", "Vesna", "Elena"], ["Trajkovski", "Stojanovska", "Angelov"]),
    "Maltese": (["Joseph", "Carmelo", "Ninu"], ["Marija", "Doris", "Rita"], ["Borg", "Camilleri", "Vella", "Zammit", "Farrugia"]),
    "Sicilian": (["Calogero", "Salvatore", "Gaetano"], ["Concetta", "Rosalia", "Carmela"], ["Lo Presti", "Di Stefano", "Scaccia", "Mangiapane"]),
    "Sardinian": (["Efisio", "Gavino", "Bachisio"], ["Bonaria", "Giovanna", "Maddalena"], ["Pinna", "Sanna", "Piras", "Melis"]),
    "Breton": (["Yann", "Erwan", "Gwenael"], ["Nolwenn", "Maiwenn", "Soizic"], ["Le Bihan", "Kerjean", "Guivarch"]),
    "Galician": (["Xose", "Brais", "Anxo"], ["Uxia", "Iria", "Antia"], ["Castro", "Outeiro", "Vilarino", "Fraga"]),
    "Faroese": (["Rognvaldur", "Hjalti", "Sjurdur"], ["Turid", "Maria", "Sunneva"], ["Joensen", "Dalsgaard", "Hansen"]),
    "Sami": (["Nils-Aslak", "Ante", "Mikkel"], ["Elle", "Ristin", "Sara"], ["Somby", "Gaup", "Eira", "Utsi"]),
    "Frisian": (["Sjoerd", "Jelle", "Wiebe"], ["Sjoukje", "Tjitske", "Geeske"], ["de Boer", "Hoekstra", "Dijkstra", "van der Meer"]),
    "Romani": (["Django", "Florin", "Vasile"], ["Esmeralda", "Lavinia", "Mirela"], ["Lacatus", "Stanescu", "Boswell", "Lee"]),
    "Chechen": (["Ruslan", "Akhmed", "Zelimkhan"], ["Madina", "Zarema", "Kheda"], ["Dudayev", "Umarova", "Bisultanov"]),
    "Azerbaijani": (["Elchin", "Rauf", "Vugar"], ["Leyla", "Gunel", "Sevinj"], ["Aliyev", "Mammadova", "Huseynov"]),
    "Tajik": (["Farrukh", "Rustam", "Bakhtiyor"], ["Manizha", "Zarina", "Nigina"], ["Rahmonov", "Nazarova", "Sharipov"]),
    "Kyrgyz": (["Almazbek", "Nurlan", "Aibek"], ["Aizada", "Cholpon", "Gulnara"], ["Atambaev", "Osmonova", "Toktogulov"]),
    "Uyghur": (["Abdurehim", "Memet", "Ilham"], ["Gulnur", "Rahile", "Mihray"], ["Tohti", "Abdukerim", "Niyaz"]),
    "Tatar": (["Rinat", "Ildar", "Marat"], ["Guzel", "Alsu", "Chulpan"], ["Khabibullin", "Galiullina", "Sabirov"]),
    "Pashtun": (["Zalmai", "Gul Agha", "Shahid"], ["Malalai", "Palwasha", "Zarghuna"], ["Yousafzai", "Khattak", "Durrani", "Afridi"]),
    "Baloch": (["Dostain", "Jalal", "Mir Hazar"], ["Mahrang", "Banuk", "Shari"], ["Bugti", "Marri", "Mengal"]),
    "Kannada": (["Shivakumar", "Manjunath", "Raghavendra"], ["Shwetha", "Kavya", "Pallavi"], ["Gowda", "Hegde", "Shetty", "Bhat"]),
    "Odia": (["Biswajit", "Pradyumna", "Soumya"], ["Sasmita", "Itishree", "Pragyan"], ["Mohanty", "Panda", "Patnaik", "Mishra"]),
    "Assamese": (["Bhupen", "Jitumoni", "Dhrubajyoti"], ["Ranjita", "Barnali", "Gitanjali"], ["Baruah", "Gogoi", "Bora", "Saikia"]),
    "Konkani": (["Savio", "Anant", "Rohidas"], ["Fatima", "Sheetal", "Anjali"], ["D'Souza", "Naik", "Kamat", "Pai"]),
    "Sherpa": (["Pemba", "Ang Tshering", "Mingma"], ["Lhakpa", "Dawa", "Pasang"], ["Sherpa", "Lama", "Tamang"]),
    "Rohingya": (["Mohammed Ayub", "Nur", "Rashid Ullah"], ["Rahima", "Hasina", "Nur Begum"], ["Begum", "Hossain", "Alam"]),
    "Chin": (["Thang", "Sang", "Lian"], ["Cing", "Niang", "Par"], ["Za Thang", "Khai", "Mang", "Lal Hmung"]),
    "Mien": (["Kao", "Fou", "Meuang"], ["Nai", "Fin", "Mey"], ["Saechao", "Saelee", "Saeturn", "Saephan"]),
    "Javanese": (["Bambang", "Joko", "Slamet"], ["Sri", "Wulan", "Endang"], ["Susilo", "Widodo", "Purnomo", "Rahayu"]),
    "Balinese": (["Wayan", "Made", "Ketut"], ["Ni Luh", "Ayu", "Komang"], ["Sudarsana", "Astawa", "Suartini"]),
    "Cebuano": (["Ramil", "Jomar", "Dodong"], ["Maricel", "Lorna", "Jocelyn"], ["Cabahug", "Ybanez", "Pepito", "Sarmiento"]),
    "Fijian": (["Sitiveni", "Josefa", "Vilikesa"], ["Litia", "Mereoni", "Salote"], ["Rabuka", "Naivalu", "Tuilagi", "Vunibaka"]),
    "Marshallese": (["Kessai", "Jurelang", "Tony"], ["Neijon", "Jemi", "Tarines"], ["Langidrik", "Heine", "Jibas"]),
    "Chuukese": (["Wesley", "Kachuo", "Sinino"], ["Merlinda", "Kiomi", "Sirina"], ["Nakamura", "Billimon", "Esirom"]),
    "Inuit": (["Ittu", "Aputi", "Qajaq"], ["Nivi", "Akutaq", "Siku"], ["Kusugak", "Okalik", "Aglukkaq"]),
    "Cree": (["Wapun", "Kisik", "Mahihkan"], ["Pisim", "Waseskwan", "Nipiy"], ["Bearhead", "Cardinal", "Littlechild", "Badger"]),
    "Blackfeet": (["Tyson", "Darrell", "Conrad"], ["Shawna", "Marita", "Delphine"], ["Old Person", "Running Crane", "Wagner", "Kipp"]),
    "Choctaw": (["Hiram", "Wilburn", "Jonah"], ["Lorene", "Wanda", "Nita"], ["Battiest", "Noatubby", "Billy", "Wesley"]),
    "Lumbee": (["Heath", "Purnell", "Dwayne"], ["Tonya", "Lou Ann", "Kellie"], ["Locklear", "Oxendine", "Chavis", "Brayboy"]),
    "Seneca": (["Arnold", "Sonny", "Riley"], ["Bernadette", "Laverne", "Tahnee"], ["Jimerson", "Redeye", "Halftown", "Seneca"]),
    "Tlingit": (["Kaax'achgook", "Harold", "Shaadaax"], ["Jeanie", "Della", "Kaasei"], ["Peratrovich", "Jack", "Kookesh"]),
    "Garifuna": (["Wellington", "Aurelio", "Sebastian"], ["Yolanda", "Dorla", "Aurea"], ["Lambey", "Martinez", "Cayetano", "Castillo"]),
    "Zapotec": (["Abundio", "Tereso", "Florentino"], ["Juvencia", "Eufemia", "Natividad"], ["Cruz", "Matus", "Toledo", "Jimenez"]),
    "Mixtec": (["Crispin", "Bernardino", "Odilon"], ["Catalina", "Paulina", "Filomena"], ["Ortiz", "Bautista", "Lopez", "Mendoza"]),
    "K'iche'": (["Tecun", "Baltazar", "Domingo"], ["Rigoberta", "Ixchel", "Tomasa"], ["Tzoc", "Ajanel", "Xiloj", "Chanchavac"]),
    "Honduran": (["Wilmer", "Osman", "Nery"], ["Karla", "Xiomara", "Lesbia"], ["Zelaya", "Reyes", "Banegas", "Rivera"]),
    "Nicaraguan": (["Bayardo", "Yader", "Rosendo"], ["Meyling", "Yahoska", "Ninoska"], ["Chamorro", "Gutierrez", "Arguello"]),
    "Venezuelan": (["Yorman", "Deiby", "Enderson"], ["Yusmary", "Oriana", "Daniela"], ["Briceno", "Montilla", "Urdaneta", "Peraza"]),
    "Aymara": (["Evo", "Feliciano", "Pascual"], ["Elvira", "Juana", "Sabina"], ["Mamani", "Quispe", "Condori", "Choque"]),
    "Guarani": (["Aratiri", "Ramon", "Celso"], ["Ara", "Mirta", "Porfiria"], ["Benitez", "Gimenez", "Villalba", "Aquino"]),
    "Bahamian": (["Dexter", "Shavargo", "Kendrick"], ["Shavonne", "Tamika", "Latoya"], ["Rolle", "Ferguson", "Knowles", "Cartwright"]),
    "Guyanese": (["Bharrat", "Rohan", "Deonarine"], ["Savitri", "Indra", "Drupatie"], ["Persaud", "Ramnarine", "Jagdeo", "Singh"]),
    "Belizean": (["Delroy", "Elroy", "Dean"], ["Shelene", "Dorothy", "Marisol"], ["Usher", "Flowers", "Tillett", "Gillett"]),
    "Fulani": (["Amadou", "Boubacar", "Sambo"], ["Hadiza", "Kadiatou", "Mariama"], ["Diallo", "Ba", "Bah", "Sow", "Barry"]),
    "Tuareg": (["Alhassane", "Mohamed Ag", "Intalla"], ["Tadalt", "Fadimata", "Mariam"], ["Ag Ghaly", "Ag Intalla", "Walet"]),
    "Edo": (["Osagie", "Ehigie", "Osaro"], ["Osayuki", "Efosa", "Itohan"], ["Igbinedion", "Omoregie", "Ogiemwonyi", "Eweka"]),
    "Luo": (["Otieno", "Ochieng", "Odhiambo"], ["Akinyi", "Atieno", "Awino"], ["Onyango", "Ouma", "Okoth", "Owino"]),
    "Maasai": (["Lemayian", "Saitoti", "Ole Nkoitiko"], ["Naserian", "Nashipae", "Naisula"], ["Ole Sankok", "Kipury", "Lekishon"]),
    "Chaga": (["Elimringi", "Ndesamburo", "Godfrey"], ["Neema", "Upendo", "Rehema"], ["Shirima", "Mushi", "Lyimo", "Massawe"]),
    "Shona": (["Tendai", "Farai", "Tatenda"], ["Rudo", "Chipo", "Nyasha"], ["Moyo", "Chikwanha", "Mugabe", "Mutasa"]),
    "Xhosa": (["Sipho", "Lwazi", "Mandla"], ["Nomvula", "Thandeka", "Zintle"], ["Mbeki", "Dlamini", "Ngcobo", "Mqhayi"]),
    "Rwandan": (["Jean-Paul", "Emmanuel", "Innocent"], ["Claudine", "Immaculee", "Solange"], ["Habimana", "Uwimana", "Niyonsaba", "Mukamana"]),
    "Amazigh": (["Idir", "Massinissa", "Aksel"], ["Tiziri", "Dihya", "Tanina"], ["Ait Ahmed", "Ouali", "Amrouche", "Belaid"]),
    "Tunisian": (["Hichem", "Slim", "Anis"], ["Emna", "Rym", "Sonia"], ["Ben Ali", "Trabelsi", "Jaziri", "Chebbi"]),
    "Assyrian": (["Ashur", "Sargon", "Nimrod"], ["Shamiram", "Ninva", "Atorina"], ["Khoshaba", "Odisho", "Yonan", "Benyamin"]),
    "Chaldean": (["Nabil", "Fadi", "Raad"], ["Suhad", "Rana", "Nidaa"], ["Kassab", "Shamoun", "Yono", "Jarbo"]),
    "Druze": (["Kamal", "Walid", "Salman"], ["Najla", "Samira", "Hala"], ["Jumblatt", "Abu Shakra", "Halabi", "Arslan"]),
    "Circassian": (["Aslan", "Kazbek", "Temir"], ["Nafisat", "Zalina", "Fatima"], ["Abazov", "Shogenova", "Kardanov"]),
    "Scots-Irish Ozark": (["Rayburn", "Lonnie", "Virgil"], ["Opal", "Wilma", "Loretta"], ["McSpadden", "Tackett", "Hensley", "Pruitt"]),
    "Pennsylvania Dutch": (["Elmer", "Harlan", "Levi"], ["Verna", "Arlene", "Lorraine"], ["Stoltzfus", "Hershberger", "Zook", "Kauffman"]),
}

# Word names: given names and surnames that are English words (three draws in twenty).
WORD_GIVEN_MEN = ["Rocky", "Dusty", "Buck", "Lucky", "Cash", "Duke", "Booker", "Tucker", "Sawyer", "Colt", "Ranger", "Saint"]
WORD_GIVEN_WOMEN = ["Stormy", "Misty", "Honey", "Candy", "Sky", "Summer", "Liberty", "Destiny", "Precious", "Journey", "Sage", "Meadow", "Clover"]
WORD_SURNAMES = ["Goodnight", "Bird", "Moon", "Sugar", "Pepper", "Rice", "Bean", "Butcher", "Baker", "Weaver", "Tanner", "Potter",
                 "Glass", "Stone", "Street", "Lane", "Rivers", "Snow", "Storm", "Bell", "Gold", "Silver", "Young", "Good",
                 "Best", "Noble", "Moody", "Hardy", "Strong", "Friend", "Pray", "Hope", "Nurse", "Doctor", "Church", "Payne"]

TOWNS = ["Sweet Lips", "Bowlegs", "Bumpass", "Accident", "Boring", "Chicken", "Remote", "Surprise", "Peculiar", "Okay",
         "Uncertain", "Eek", "Hot Coffee", "Toad Suck", "Monkeys Eyebrow", "Ding Dong", "Gnaw Bone", "Nimrod", "Tightwad",
         "Big Arm", "Bucksnort", "Possum Trot", "Weed", "Zap", "Kingdom City", "Tuba City", "Beaver", "Moody", "Festus",
         "Athens", "Rome", "Moscow", "Dublin", "Warsaw", "Alpena", "Kalispell", "Minot", "Yuma", "Ely", "Dothan", "Kingman",
         "Mattoon", "Opelousas", "Chillicothe", "Walla Walla", "Kearney", "Bemidji", "Biloxi", "Grand Island", "Hays",
         "Muskogee", "Texarkana", "Lufkin", "Ardmore", "Pikeville", "Hazard", "Beckley", "Elko", "Roswell", "Gallup"]
STREET_NAMES = ["Sycamore", "Old Mill", "Persimmon Hollow", "Quarry", "Deer Run", "Magnolia", "Cottonwood", "Tamarack",
                "Railroad", "Depot", "Bayou", "Lakeshore", "Ridgecrest", "Pheasant", "Briar Patch", "Tallgrass", "Sawmill"]
STREET_KINDS = ["St", "Street", "Rd", "Road", "Ave", "Lane", "Ln", "Dr", "Court", "Ct", "Pike", "Hwy", "Trail", "Circle"]
COUNTIES = ["Coahoma County", "Wyandotte County", "Tazewell County", "Vigo County", "Muskingum County", "Sequoyah County",
            "Pottawattamie County", "St. Landry Parish", "Crow Wing County", "Doña Ana County"]

PRACTICES = ["Riverbend Family Medicine", "Prairie Sky Internal Medicine", "Cedar Hollow Pediatrics", "Lakeside Cardiology Associates",
             "Tri-County Nephrology", "Blue Heron Women's Health", "Summit Pulmonary & Sleep", "Keystone Ortho", "Harborview Endocrine",
             "Magnolia Hospitalist Group", "Redtail Emergency Physicians", "Northwoods Anesthesia Partners", "Mesa Verde Urology"]
HOSPITALS = ["St. Bartholomew", "Mercy Regional", "Good Samaritan", "Baptist Memorial", "Presbyterian Hospital", "Sisters of Charity",
             "Methodist Le Bonheur", "Providence Holy Cross", "Our Lady of the Lake", "Lutheran General", "Sacred Heart", "Genesis Medical Center"]
PROGRAMS = ["UAB", "Wake Forest", "Hopkins", "Cleveland Clinic", "Baylor", "OHSU", "UNM", "Dartmouth", "Creighton", "Einstein",
            "Loma Linda", "Tulane", "Wright State", "Marshall", "East Carolina"]
SCHOOLS = ["Holy Cross Academy", "Pinecrest Elementary", "St. Agnes", "Lincoln Middle", "Montessori of the Valley",
           "Trinity Episcopal Day School", "Bishop Kenny", "Westlake High", "Sunny Hollow Preschool", "Country Day"]
HOME_AGENCIES = ["Amedisys", "BrightStar Care", "Bayada", "Interim HealthCare", "Comfort Keepers", "Visiting Angels",
                 "Option Care", "Coram", "LHC Group", "Hometown Hospice & Home Health", "Heartland Home Infusion"]
STAFFING = ["AMN", "CompHealth", "Weatherby", "Aya", "Cross Country", "Barton Associates", "LocumTenens.com", "Medical Solutions",
            "Vivian", "Hayman Daugherty", "Jackson Physician Search"]
PAYERS = ["Aetna", "Cigna", "UnitedHealthcare", "Anthem", "Highmark", "Wellcare", "Molina", "Ambetter", "Oscar", "Humana Military",
          "Blue Cross of Idaho", "Premera", "Priority Health", "CareSource"]
PBMS = ["Express Scripts", "CVS Caremark", "OptumRx", "MedImpact", "Prime Therapeutics", "Navitus"]
PAPERS = ["Gazette", "Courier-Journal", "Register", "Tribune", "Herald-Leader", "Clarion-Ledger", "Argus", "Sentinel", "Daily Star"]
CALL_LETTERS = ["KOLR", "WBIR", "KXLY", "WAFB", "KTVB", "WJXT", "KMOV", "WSAZ", "KELO", "WTVA", "KAKE", "WDAY"]
COMMUNITIES = ["Heron Bay", "The Reserve at Falcon Ridge", "Palmetto Dunes", "Stonebridge Ranch", "Whisper Lake", "Sun City West",
               "Eagle Crest", "Quail Hollow", "The Villages", "Bella Vista Village", "Spanish Oaks"]
COMPLEXES = ["Cedar Point Apartments", "The Lofts at Mill Creek", "Willow Run Townhomes", "Parkside Commons", "Marquis at the Lake",
             "Oakwood Terrace", "Brookhaven Senior Living", "Sunrise Manor", "Tanglewood Flats"]
LAW_FIRMS = ["Hartley & Voss", "Pruitt Gamble LLP", "Baird Kessler", "Ostrander Moody", "Wexler Sandoval", "Finch & Oyelaran"]
INSURERS_MALPRACTICE = ["MagMutual", "ProAssurance", "The Doctors Company", "Coverys", "MedPro", "ISMIE", "MLMIC"]
CHURCHES = ["First Baptist", "Greater Bethel AME", "St. Casimir", "Holy Trinity", "Calvary Chapel", "Mount Zion"]
TEAMS = ["Wildcats", "Hornets", "Golden Eagles", "Panthers", "Bulldogs", "Rams"]
ABROAD = [("Riga", "+371 2{d7}"), ("Tbilisi", "+995 5{d2} {d3} {d3}"), ("Lagos", "+234 80{d1} {d3} {d4}"), ("Arusha", "+255 7{d2} {d3} {d3}"),
          ("Mangaluru", "+91 9{d4} {d5}"), ("Sylhet", "+880 17{d2}-{d6}"), ("Denpasar", "+62 812 {d4} {d4}"),
          ("Suva", "+679 9{d2} {d4}"), ("Majuro", "+692 455 {d4}"), ("Cork", "+353 87 {d3} {d4}"), ("Gdansk", "+48 5{d2} {d3} {d3}")]
