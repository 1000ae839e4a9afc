"""Names, places and number shapes for round 18's generated posts, typed by hand from the author's own knowledge.

Nothing here was copied from a registry or from the repository's word lists. Cultures are (given, surname) pairs in
the order a chart would print them; family_first marks cultures whose charts put the family name first.
"""

# Given names that are ordinary English words, and surnames that are words, drawn in pairs so no part anchors on a list.
WORD_GIVEN = [
    "Birdie", "Dusty", "Honor", "Justice", "Lyric", "Meadow", "Ocean", "River", "Sky", "Storm", "Cash", "Chance",
    "Colt", "Diamond", "Destiny", "Holly", "Jasper", "Jewel", "Journey", "Kit", "Lucky", "Misty", "Noble", "Pepper",
    "Rain", "Raven", "Rebel", "Rocky", "Sable", "Sparrow", "Star", "Sugar", "Temperance", "True", "Willow", "Blaze",
    "Gale", "Hunter", "Ranger", "Major", "Bishop", "Deacon", "Wren", "Lark", "Brook", "Sunny", "Autumn", "Dawn",
]
WORD_SURNAME = [
    "Cotton", "Honey", "Pepper", "Salt", "Butter", "Bean", "Rice", "Wheat", "Barley", "Flowers", "Moss", "Thorn",
    "Branch", "Root", "Leaf", "Berry", "Cherry", "Apple", "Plum", "Peach", "Lemon", "Crow", "Hawk", "Finch", "Swan",
    "Drake", "Crane", "Heron", "Bell", "Gold", "Silver", "Steel", "Copper", "Penny", "Nickel", "Rich", "Noble",
    "Knight", "Pope", "Saint", "Angel", "Day", "Night", "Sommers", "Snow", "Cloud", "Shore", "Marsh", "Pond", "Wells",
    "Fountain", "Fish", "Salmon", "Trout", "Pike", "Bass", "Sweet", "Early", "Small", "Strong", "Little", "Short",
]

CULTURES = {
    "Korean": (True, ["Seo-yeon", "Ji-hoon", "Eun-ji", "Dong-hyun", "Mi-sook", "Sang-woo", "Hae-won", "Byung-chul"],
               ["Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Hwang"]),
    "Thai": (False, ["Supachai", "Kanokwan", "Nattapong", "Siriporn", "Thanawat", "Arunee", "Wichai", "Duangjai"],
             ["Rattanakorn", "Sukprasert", "Wongsawat", "Chaiyasit", "Phromma", "Kaewmanee", "Boonyarit"]),
    "Hmong": (False, ["Pa Houa", "Nou", "Mai Yer", "Tou Fue", "Chao", "Kou", "Yia", "Blia", "Shoua", "Nhia"],
              ["Vang", "Yang", "Xiong", "Thao", "Lor", "Moua", "Her", "Kue", "Vue", "Hang"]),
    "Lao": (False, ["Somchai", "Bounmy", "Khamla", "Vilay", "Sengdao", "Phouvong", "Keo", "Noy"],
            ["Phonsavanh", "Keomany", "Sisouphanh", "Vongsa", "Inthavong", "Chanthavong", "Sayavong"]),
    "Greek": (False, ["Kostas", "Dimitra", "Vasilis", "Eleftheria", "Thanos", "Despina", "Stavros", "Athina"],
              ["Georgiou", "Alexopoulou", "Karamanlis", "Papadopoulos", "Stathakis", "Zervou", "Manolakis"]),
    "Hungarian": (True, ["Gábor", "Ildikó", "Zoltán", "Katalin", "Ferenc", "Rozália", "László", "Piroska"],
                  ["Tóth", "Horváth", "Varga", "Molnár", "Farkas", "Balogh", "Takács", "Juhász"]),
    "Finnish": (False, ["Juhani", "Sanna", "Pekka", "Tuula", "Eero", "Riikka", "Veikko", "Satu"],
                ["Korhonen", "Mäkelä", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Hämäläinen"]),
    "Scandinavian": (False, ["Sigrid", "Ørjan", "Jens", "Astrid", "Søren", "Tove", "Håkon", "Ingeborg", "Æsa"],
                     ["Løvås", "Bråten", "Mølgaard", "Særheim", "Fjærli", "Østergaard", "Ågren", "Kråkenes"]),
    "Swahili": (False, ["Neema", "Juma", "Rehema", "Amani", "Zuberi", "Imani", "Baraka", "Subira", "Tumaini"],
                ["Mwangi", "Omondi", "Wekesa", "Mrisho", "Chacha", "Kimaro", "Mushi", "Njoroge"]),
    "Zulu": (False, ["Thandeka", "Lwazi", "Nandi", "Bongani", "Zanele", "Sibusiso", "Nokuthula", "Mandla"],
             ["Mkhize", "Zungu", "Khumalo", "Cele", "Ntuli", "Mthembu", "Zulu", "Shezi"]),
    "Amharic": (False, ["Selamawit", "Yonas", "Hirut", "Abebe", "Meron", "Tewodros", "Bethlehem", "Genet"],
                ["Haile", "Girma", "Alemu", "Tadesse", "Mengistu", "Wolde", "Asfaw", "Gebremedhin"]),
    "Haitian": (False, ["Wideline", "Fritznel", "Guerline", "Jean-Robert", "Marie-Lourdes", "Wilfrid", "Nadège"],
                ["Jean-Charles", "Augustin", "Célestin", "Désir", "Toussaint", "Lafortune", "Dorvil", "Estimé"]),
    "Samoan": (False, ["Sefo", "Malia", "Ioane", "Sina", "Tavita", "Lagi", "Fetu", "Losa"],
               ["Leiataua", "Faleolo", "Sapolu", "Tuilagi", "Aumua", "Fonoti", "Masoe", "Soliai"]),
    "Hawaiian": (False, ["Kainoa", "Nohea", "Pualani", "Makana", "Kalani", "Iolana", "Kekoa", "Noelani"],
                 ["Akana", "Kamakau", "Kahale", "Kealamakia", "Nāone", "Kanahele", "Keawe", "Mahoe"]),
    "Brazilian": (False, ["Thiago", "Luana", "Raimundo", "Maria Clara", "Gustavo", "Ana Beatriz", "Edivaldo", "Rosângela"],
                  ["Albuquerque", "de Souza", "Nonato", "Carvalho", "da Conceição", "Rodrigues", "Pinheiro", "Araújo"]),
    "Dutch": (False, ["Sanne", "Bram", "Femke", "Wouter", "Lieke", "Jeroen", "Maartje", "Thijs"],
              ["van den Heuvel", "de Jong", "ter Haar", "van der Linden", "Bakker", "van Dijk", "de Wit", "Visser"]),
    "Irish": (False, ["Niamh", "Cathal", "Siobhán", "Pádraig", "Gráinne", "Eoghan", "Caoimhe", "Ruairí"],
              ["Ó Súilleabháin", "Mac Cárthaigh", "Ní Dhuibhir", "Ó Ceallaigh", "Mac Aodha", "Ó Dónaill", "Nic Giolla"]),
    "Armenian": (False, ["Lusine", "Arsen", "Nareh", "Vartan", "Anoush", "Garnik", "Siranush", "Tigran"],
                 ["Petrosyan", "Grigorian", "Sarkissian", "Avetisyan", "Manukian", "Ghazaryan", "Bedrosian"]),
    "Georgian": (False, ["Nino", "Lasha", "Tamuna", "Zurab", "Ketevan", "Irakli", "Mariam", "Davit"],
                 ["Kapanadze", "Tsiklauri", "Javakhishvili", "Lomidze", "Gogichaishvili", "Beridze", "Kvaratskhelia"]),
}

NICKNAMES = ["Peanut", "Boo", "Sissy", "Junior", "Buster", "Doodle", "Bitsy", "Skeeter", "Pumpkin", "Cookie",
             "Lil Man", "Tank", "Goose", "Squirt", "Nok", "Lek", "Tutu Boy", "Ti Pouch", "Zezinho", "Kostaki"]

# Towns named like words or given names, with the state or province a reader might add (often left off).
WORD_TOWNS = [
    ("Protection", "KS"), ("Liberal", "KS"), ("Sublimity", "OR"), ("Humble", "TX"), ("Pie Town", "NM"),
    ("Lucky", "LA"), ("Early", "TX"), ("Welcome", "MN"), ("Sweet Home", "OR"), ("Drain", "OR"), ("Accident", "MD"),
    ("Bowlegs", "OK"), ("Difficult", "TN"), ("Defiance", "OH"), ("Energy", "IL"), ("Success", "AR"), ("Advance", "NC"),
    ("Sandwich", "IL"), ("Oddville", "KY"), ("Chloride", "AZ"), ("Nothing", "AZ"), ("Why", "AZ"), ("Weed", "CA"),
    ("Volcano", "CA"), ("Fries", "VA"), ("Bucksnort", "TN"), ("Frankenstein", "MO"), ("Santa Claus", "IN"),
    ("Christmas", "FL"), ("Valentine", "NE"), ("Paradox", "CO"), ("Recluse", "WY"), ("Carefree", "AZ"),
    ("Comfort", "TX"), ("Utopia", "TX"), ("Cement", "OK"), ("Marble", "CO"), ("Mercury", "NV"), ("Nitro", "WV"),
    ("Hurricane", "UT"), ("Thermal", "CA"), ("Snowflake", "AZ"), ("Rose Bud", "AR"), ("Olive Hill", "KY"),
    ("Pearl", "MS"), ("Opal", "WY"), ("Sterling", "CO"), ("Bishop", "CA"), ("Ada", "OK"), ("Enid", "OK"),
    ("Beulah", "ND"), ("Mabel", "MN"), ("Myrtle", "MO"), ("Ona", "WV"), ("Iva", "SC"), ("Ola", "AR"),
    ("Monkey's Eyebrow", "KY"), ("Kill Devil Hills", "NC"), ("Pippa Passes", "KY"), ("Truth or Consequences", "NM"),
]
PLAIN_TOWNS = [("Hays", "KS"), ("Kalispell", "MT"), ("Ottumwa", "IA"), ("Bemidji", "MN"), ("Chillicothe", "OH"),
               ("Natchitoches", "LA"), ("Yreka", "CA"), ("Tonopah", "NV"), ("Gallup", "NM"), ("Pikeville", "KY"),
               ("Hazleton", "PA"), ("Walla Walla", "WA"), ("Presque Isle", "ME"), ("Nacogdoches", "TX")]

FACILITIES = [
    "Evergreen Terrace Care Center", "Willow Bend Nursing and Rehab", "Good Samaritan Society Home", "Maple Crest Manor",
    "Our Lady of Sorrows School", "Riverside Middle School", "Harmony Hill Elementary", "Grace Covenant Church",
    "First Hmong Alliance Church", "Wat Thai of Los Angeles", "Holy Trinity Greek Orthodox", "St. Vartan Armenian Church",
    "Cargill plant", "JBS beef plant", "the Walmart distribution center", "Pilgrim's Pride", "Love's Travel Stop",
    "Dollar Tree", "Hy-Vee", "Piggly Wiggly", "Golden Corral", "Cracker Barrel", "Menards", "Tractor Supply",
    "Sunnyside Dialysis", "Fresenius Kidney Care Elm Park", "Lakeview Group Home", "Hope Haven Shelter",
]
STREETS = ["Pecan Grove Rd", "Old Mill Ln", "Sparrow Ct", "Tulip Tree Dr", "County Road 114", "Bluebonnet Trl",
           "Honeysuckle Way", "Quail Run", "Cotton Gin Rd", "Persimmon St", "Lighthouse Ave", "Half Moon Loop"]
ABROAD = [
    ("UK", ["14 Hollybush Lane", "Ambleside", "LA22 0DQ"]), ("UK", ["3 Crofters Way", "Inverness", "IV2 4XJ"]),
    ("Canada", ["88 Rue des Érables", "Sherbrooke QC", "J1H 4K2"]), ("Canada", ["211 Tamarack Cres", "Thunder Bay ON", "P7A 6B9"]),
    ("Australia", ["5 Wattle St", "Dubbo NSW", "2830"]), ("Australia", ["19 Banksia Rd", "Toowoomba QLD", "4350"]),
    ("India", ["No. 7, 3rd Main Road, Jayanagar", "Bengaluru", "560041"]), ("India", ["22 Park Circus", "Kolkata", "700017"]),
    ("Mexico", ["Calle Jacarandas 15, Col. Del Valle", "Hermosillo, Son.", "83200"]),
    ("Mexico", ["Av. Juárez 310, Col. Centro", "Oaxaca, Oax.", "68000"]),
]
MILITARY = [("PSC 2", "Box {n}", "APO AE", "09012"), ("Unit {n}", "Box 40", "APO AP", "96338"),
            ("USS Ronald Reagan", "Box {n}", "FPO AP", "96616"), ("PSC 817", "Box {n}", "FPO AE", "09622"),
            ("Unit {n}", "Box 2", "DPO AE", "09777"), ("CMR 480", "Box {n}", "APO AE", "09128")]
