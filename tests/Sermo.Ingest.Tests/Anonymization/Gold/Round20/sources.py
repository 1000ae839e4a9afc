"""Round 20's pools, typed from the author's own knowledge (decision 143); nothing copied from a registry or the repo.

Each person pool is (given names, surnames) of one culture; word names are their own pool because the issue names
them as the hardest. Number and date shapes are drawn by the functions at the bottom, with no real check digits.
"""

PEOPLE = {
    "word": (["Hazel", "Ivy", "Hope", "Dawn", "Sage", "Wren", "Lark", "Clay", "Reed", "Brook", "Story", "Bliss",
              "Rich", "Heath", "Glenn", "Noble", "Summer", "Autumn", "Sonny", "Rusty"],
             ["Wood", "Love", "Bishop", "Marsh", "Fox", "Lamb", "Hale", "Moody", "Sharp", "Snow", "Strong", "Best",
              "Goodnight", "Fairchild", "Meadows", "Rich", "Story", "Bird", "Hooper", "Gentry"]),
    "polish": (["Wojciech", "Agnieszka", "Małgorzata", "Krzysztof", "Zbigniew", "Jadwiga", "Grzegorz"],
               ["Grabowski", "Wróbel", "Szymańska", "Kaczmarek", "Wiśniewski", "Zielińska", "Pawlak"]),
    "czech": (["Jiří", "Zdeňka", "Vojtěch", "Bohumila", "Radek", "Libuše"],
              ["Dvořáček", "Horáková", "Procházka", "Novotná", "Kučera", "Šťastná"]),
    "ukrainian": (["Oksana", "Taras", "Mykola", "Halyna", "Bohdan", "Iryna", "Yaroslav"],
                  ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Tkachenko", "Hrytsenko", "Lysenko"]),
    "turkish": (["Emre", "Ayşe", "Mehmet", "Zeynep", "Burak", "Gülşen", "Oğuz"],
                ["Yıldız", "Demirtaş", "Öztürk", "Çelik", "Aydın", "Kılıç", "Şahin"]),
    "persian": (["Shirin", "Kourosh", "Golnaz", "Dariush", "Parisa", "Behrouz", "Maryam"],
                ["Farahani", "Tehrani", "Karimi", "Rahimzadeh", "Moradi", "Ghorbani", "Sadeghi"]),
    "pashto": (["Gulalai", "Mirwais", "Zarmina", "Wazhma", "Ahmad Shah", "Palwasha", "Naqibullah"],
               ["Popalzai", "Wardak", "Achakzai", "Durrani", "Yousafzai", "Mohmand", "Khattak"]),
    "bengali": (["Sumaiya", "Tanvir", "Rupa", "Anirban", "Farhana", "Debashish", "Mousumi"],
                ["Chowdhury", "Hossain", "Bhattacharjee", "Sarkar", "Rahman", "Mukherjee", "Talukder"]),
    "tamil": (["Kavitha", "Senthil", "Thenmozhi", "Muthuvel", "Selvi", "Arulmozhi", "Karthikeyan"],
              ["Ramalingam", "Murugesan", "Subramaniam", "Palaniappan", "Arumugam", "Natarajan", "Velu"]),
    "telugu": (["Venkata", "Lakshmi Prasanna", "Chaitanya", "Sravani", "Nagarjuna", "Padmaja", "Raghava"],
               ["Kondapalli", "Reddy", "Gollapudi", "Yarlagadda", "Nallamothu", "Chebrolu", "Pinnamaneni"]),
    "malay": (["Nurul", "Hafiz", "Siti Aminah", "Faizal", "Azizah", "Khairul", "Norhayati"],
              ["Rahman", "Osman", "Ismail", "Yusof", "Abdullah", "Mansor", "Hashim"]),
    "indonesian": (["Wahyu", "Dewi", "Budi", "Sri", "Agus", "Ratna", "Bambang"],
                   ["Setiawan", "Lestari", "Santoso", "Wulandari", "Hidayat", "Kusuma", "Susanto"]),
    "filipino": (["Maricel", "Rowena", "Jun-Jun", "Marilou", "Rodel", "Jocelyn", "Bong"],
                 ["Dimaculangan", "Pangilinan", "Macaraeg", "Bautista", "Magbanua", "Villareal", "Dizon"]),
    "yoruba": (["Oluwaseun", "Funmilayo", "Tunde", "Adebola", "Yetunde", "Olumide", "Folasade"],
               ["Adebayo", "Ogunleye", "Adeyemi", "Olaniyan", "Oyelaran", "Akinola", "Fashola"]),
    "igbo": (["Chukwuemeka", "Ngozi", "Obinna", "Chiamaka", "Ikenna", "Adaeze", "Nnamdi"],
             ["Nwosu", "Okonkwo", "Eze", "Nwachukwu", "Okafor", "Obi", "Anyanwu"]),
    "somali": (["Hodan", "Abdirahman", "Faadumo", "Ayaan", "Mohamed", "Hibaaq", "Xasan"],
               ["Warsame", "Farah", "Jama", "Abdi", "Hirsi", "Dirie", "Guleed"]),
    "tongan": (["Sione", "Mele", "'Ofa", "Tevita", "Losana", "Viliami", "Salote"],
               ["Fifita", "Tupou", "Vaipulu", "Taufa", "Havili", "Kauhalalalo", "Fonua"]),
    "maori": (["Aroha", "Wiremu", "Rangi", "Mere", "Tama", "Huia", "Hemi"],
              ["Ngata", "Tamihana", "Te Whata", "Paewai", "Horomona", "Waaka", "Tipene"]),
    "navajo": (["Shondiin", "Darrell", "Nizhoni", "Delbert", "Dezba", "Ahiga", "Sani"],
               ["Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Tsinajinnie", "Manygoats"]),
    "cherokee": (["Tsali", "Wahya", "Ahyoka", "Ayita", "Sequoyah", "Galilahi", "Waya"],
                 ["Sixkiller", "Swimmer", "Crittenden", "Fourkiller", "Soap", "Hummingbird", "Chuculate"]),
    "quebecois": (["Marie-Ève", "Gaétan", "Réjean", "Ghislaine", "Jean-Guy", "Francine", "Normand"],
                  ["Tremblay-Gagnon", "Bouchard", "Pelletier", "Lévesque", "Bergeron", "Côté", "Ouellet"]),
    "basque": (["Iñaki", "Amaia", "Xabier", "Ane", "Joseba", "Itziar", "Koldo"],
               ["Etxeberria", "Goikoetxea", "Agirre", "Urrutia", "Zubizarreta", "Arriola", "Olaizola"]),
    "catalan": (["Jordi", "Montserrat", "Núria", "Pere", "Meritxell", "Oriol", "Roser"],
                ["Puigdomènech", "Vilaró", "Casals", "Ferrer i Pujol", "Soler", "Riera", "Bonet"]),
    "welsh": (["Rhodri", "Angharad", "Bethan", "Dafydd", "Ceri", "Gwenllian", "Iolo"],
              ["Pritchard", "Llewellyn", "Prosser", "Bowen", "Gruffydd", "Parry", "Vaughan"]),
    "icelandic": (["Guðrún", "Þórður", "Sigrún", "Hallur", "Ásdís", "Einar", "Kolbrún"],
                  ["Sigurðardóttir", "Magnússon", "Hallsdóttir", "Þorsteinsson", "Jónsdóttir", "Ragnarsson",
                   "Ólafsdóttir"]),
}

NICKNAMES = ["Boo", "Bubba", "Peanut", "Tank", "Sissy", "Buddy", "Doodle", "Junebug", "Tootie", "Skeeter", "Pip",
             "Bean", "Cookie", "Nonie", "Chip"]

HANDLES = ["gasdoc_kim", "hale_er", "PedsHospJo", "RuralRN_Tess", "drwrenMD", "CardioCat", "neurohosp_bee",
           "TexasFP_Moody", "nocturnist_ivy", "mm_rounds_lark", "ortho.fox", "ER_bishop72", "sagefp", "rich.md",
           "lovebugpeds", "the_story_doc"]

# Towns named like words or given names, left without a state as a post would.
TOWNS = ["Normal", "Boring", "Embarrass", "Peculiar", "Nameless", "Smackover", "Okay", "Chicken", "Cool",
         "Tightwad", "Zap", "Whynot", "Panic", "Toad Suck", "Lizard Lick", "Mars", "Ransom", "Oblong", "Dinosaur",
         "Wink", "Goodnight", "Sweet Lips", "Tea", "Ding Dong", "Matador", "Cotton Plant", "Pie Town", "Cucumber",
         "Sleepy Eye", "Blue Earth", "Walnut", "Bowlegs", "Slaughter Beach", "Gnaw Bone", "Ninety Six", "Sandwich"]
COUNTIES = ["Tangipahoa Parish", "Evangeline Parish", "Terrebonne Parish", "Acadia Parish", "Owsley County",
            "McDowell County", "Menominee County", "Loving County", "Vilas County", "Apache County"]
NEIGHBOURHOODS = ["Pilsen", "the Bywater", "Tremé", "Over-the-Rhine", "Boyle Heights", "Dogpatch", "Germantown",
                  "Little Saigon", "Kensington", "Cedar-Riverside", "the Ironbound", "Southie"]
STREETS = ["Euclid", "Wabash", "Division Street", "Lamar", "Halsted", "Bardstown Road", "Tchoupitoulas",
           "Magazine Street", "Colfax", "Grand River"]
FACILITIES = ["St. Mary's", "Mercy", "Kindred", "Good Sam", "Sacred Heart", "St. Jude's Manor", "Bethany Home",
              "Pleasant Acres", "Shady Grove Manor", "Our Lady of Lourdes"]
PRISONS = ["Angola", "Pelican Bay", "Rikers", "the county jail in Lampasas", "Parchman", "Sing Sing"]
SHELTERS = ["the Union Gospel Mission", "the Salvation Army on 5th", "Haven House", "the Bowery Mission",
            "Open Door shelter"]
CHURCHES = ["Grace Lutheran", "Holy Trinity", "Hopewell Baptist", "St. Casimir's", "Mount Zion AME",
            "St. Sava Serbian Orthodox", "Bethel Tongan Methodist", "Iglesia Ni Cristo in Daly City"]
SCHOOLS = ["Lakeside Elementary", "St. Bernadette's", "Roosevelt High", "Washington Middle", "Holy Trinity School",
           "Kamehameha Schools", "Ysgol Glan Clwyd", "Chinle High", "Piney Woods Academy"]
DAYCARES = ["Little Acorns Daycare", "Busy Bees Learning Center", "Tiny Treasures", "Kiddie Kastle",
            "Bright Horizons on Colfax", "Sunshine Tots"]
TEAMS = ["the Cedar Park Rattlers", "the Kahuku Red Raiders", "the Smackover Buckaroos", "the Mars Planets",
         "the Whynot Wildcats", "the Panic Pythons 12U"]
EMPLOYERS = ["the Tyson plant in Noel", "Cargill in Dodge City", "the JBS plant in Cactus", "the Honda plant",
             "UPS Worldport", "the Smithfield plant in Tar Heel", "Costco in Sandy", "Basin Electric",
             "the Dollar General on Route 9", "Alcoa"]
ABROAD = ["ul. Długa 14/3, 80-831 Gdańsk", "Náměstí Míru 12, Praha 2", "vul. Khreshchatyk 22, Kyiv",
          "Bağdat Caddesi No:45, Kadıköy", "Carrer de Mallorca 201, Barcelona", "Laugavegur 33, 101 Reykjavík",
          "Jalan Malioboro 12, Yogyakarta", "14 Awolowo Road, Ikoyi, Lagos", "Calle Mayor 8, 20003 Donostia",
          "Stryd Fawr 21, Caernarfon LL55 1RN"]
TOWNS_ABROAD = ["Gdańsk", "Brno", "Lviv", "Trabzon", "Shiraz", "Kandahar", "Sylhet", "Madurai", "Guntur",
                "Kota Bharu", "Yogyakarta", "Tarlac", "Ibadan", "Enugu", "Hargeisa", "Nuku'alofa", "Ruatoria",
                "Chicoutimi", "Donostia", "Vic", "Aberystwyth", "Akureyri"]
TELEPHONE_COUNTRIES = [("+48", "### ### ###"), ("+420", "### ### ###"), ("+380", "## ### ####"),
                       ("+90", "### ### ## ##"), ("+98", "### ### ####"), ("+93", "## ### ####"),
                       ("+880", "#### ######"), ("+91", "##### #####"), ("+60", "##-### ####"),
                       ("+62", "###-####-####"), ("+63", "### ### ####"), ("+234", "### ### ####"),
                       ("+252", "## #######"), ("+676", "### ####"), ("+64", "## ### ####"),
                       ("+354", "### ####"), ("+34", "### ## ## ##"), ("+44", "#### ######")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "twentieth", "twenty-first",
                 "twenty-third", "twenty-eighth", "thirtieth"]
AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "one hundred", 101: "a hundred and one", 102: "one hundred two", 103: "a hundred and three"}
