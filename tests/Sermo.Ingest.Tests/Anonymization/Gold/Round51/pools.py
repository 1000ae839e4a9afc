"""Round 51 name and place pools (decision 344), typed from the author's own knowledge; seed 51344 in generate.py.

Each culture row: (culture, men's given names, women's given names, surnames). Surnames in MARKED_BY_SEX are written in
the men's form and take the women's ending for a woman (Russian, Turkmen, Buryat and Crimean Tatar -ov/-ova, -ev/-eva).
"""

CULTURES = [
    ("Russian", ["Arkady", "Gennady", "Yaroslav", "Vsevolod"], ["Lyudmila", "Zinaida", "Valentina", "Yevdokia"],
     ["Belousov", "Zhuravlev", "Sokolov", "Kuznetsov"]),
    ("Turkmen", ["Serdar", "Myrat", "Annamuhammet", "Batyr"], ["Ogulgerek", "Jeren", "Maral", "Gozel"],
     ["Annayev", "Orazov", "Hojamuradov", "Gurbanov"]),
    ("Buryat", ["Bair", "Zorigto", "Dashi", "Bato"], ["Sayana", "Tuyana", "Erzhena", "Dulma"],
     ["Dorzhiev", "Tsybikov", "Batuev", "Tsydenov"]),
    ("Crimean Tatar", ["Server", "Emir", "Remzi", "Ayder"], ["Aliye", "Safie", "Zera", "Elmaz"],
     ["Seitumerov", "Ablayev", "Mustafaev", "Kurtumerov"]),
    ("Assyrian", ["Ashur", "Ninos", "Sargon", "Odisho"], ["Shamiram", "Ninva", "Atoor", "Nahrain"],
     ["Yonan", "Khoshaba", "Benyamin", "Warda"]),
    ("Druze", ["Kamal", "Nizar", "Sami", "Fadi"], ["Lamis", "Rima", "Najwa", "Suad"],
     ["Halabi", "Zahreddine", "Abdelkhalek", "Hamadeh"]),
    ("Kabyle-Algerian", ["Idir", "Massinissa", "Amayas", "Yuba"], ["Tinhinane", "Dihya", "Thiziri", "Tanina"],
     ["Hadjadj", "Meziane", "Boudiaf", "Ouali"]),
    ("Kanuri", ["Modu", "Bukar", "Kyari", "Lawan"], ["Fanna", "Yagana", "Falmata", "Kaltumi"],
     ["Shettima", "Bulama", "Goni", "Zannah"]),
    ("Tiv", ["Terver", "Aondover", "Msugh", "Iorliam"], ["Doosuur", "Mwuese", "Nguavese", "Msuur"],
     ["Iorfa", "Akaa", "Tarka", "Orkar"]),
    ("Efik", ["Effiong", "Asuquo", "Okon", "Archibong"], ["Eno", "Arit", "Ekaette", "Affiong"],
     ["Bassey", "Ekpo", "Etim", "Eyo"]),
    ("Dinka", ["Garang", "Majok", "Akech", "Makuei"], ["Nyandeng", "Achol", "Abuk", "Adut"],
     ["Mabior", "Akol", "Kuol", "Dut"]),
    ("Acholi", ["Okello", "Opiyo", "Ojok", "Komakech"], ["Akello", "Lamunu", "Aber", "Atim"],
     ["Otim", "Ocen", "Odong", "Oryema"]),
    ("Chaga", ["Baraka", "Elibariki", "Godlisten", "Emmanuel"], ["Neema", "Upendo", "Rehema", "Anande"],
     ["Massawe", "Shirima", "Mushi", "Lyimo"]),
    ("Tsonga", ["Hlulani", "Nyiko", "Mpfumo", "Risenga"], ["Hlamalani", "Ntsako", "Rirhandzu", "Tintswalo"],
     ["Baloyi", "Maluleke", "Chauke", "Mathebula"]),
    ("Konkani", ["Vishwas", "Prabhakar", "Gurudas", "Sanjay"], ["Shalini", "Pratibha", "Sushma", "Vinaya"],
     ["Kamat", "Naik", "Prabhu", "Shenoy"]),
    ("Tulu", ["Sudheer", "Jayarama", "Ravindra", "Harish"], ["Vanitha", "Shobha", "Rekha", "Sowmya"],
     ["Shetty", "Poojary", "Bangera", "Hegde"]),
    ("Newar", ["Rajendra", "Suman", "Bikash", "Prajwal"], ["Sarita", "Rasmila", "Srijana", "Menuka"],
     ["Shrestha", "Maharjan", "Tuladhar", "Bajracharya"]),
    ("Meitei", ["Thoiba", "Ibomcha", "Tomba", "Ibohal"], ["Thoibi", "Memcha", "Sanahanbi", "Ibemhal"],
     ["Ningthoujam", "Laishram", "Khumanthem", "Wahengbam"]),
    ("Hmong", ["Kou", "Nhia", "Fue", "Tou"], ["Mai", "Yer", "Chia", "Pa"],
     ["Vang", "Xiong", "Thao", "Moua"]),
    ("Iu Mien", ["Kao", "Lai", "Fou", "Chan"], ["Nai", "Muang", "Kae", "Fin"],
     ["Saechao", "Saelee", "Saephan", "Saeteurn"]),
    ("Taiwanese", ["Chun-hung", "Wen-chieh", "Kuo-liang", "Chih-wei"], ["Shu-fen", "Ya-ting", "Mei-ling", "Hsiu-ying"],
     ["Tsai", "Hsieh", "Kuo", "Chiang"]),
    ("Seminole", ["Moses", "Josiah", "Curtis", "Elgin"], ["Lottie", "Geneva", "Minnie", "Louise"],
     ["Billie", "Jumper", "Cypress", "Tommie"]),
    ("Mi'kmaq", ["Noel", "Donald", "Gerald", "Leroy"], ["Theresa", "Cheryl", "Bernadette", "Darlene"],
     ["Googoo", "Sylliboy", "Denny", "Paul"]),
    ("Metis", ["Gabriel", "Ambroise", "Maxime", "Cuthbert"], ["Marguerite", "Josette", "Angelique", "Philomene"],
     ["Lavallee", "Delorme", "Fleury", "Laliberte"]),
    ("Western Apache", ["Delmar", "Franklin", "Verlon", "Ramon"], ["Lorraine", "Bernadine", "Velma", "Arlene"],
     ["Kazhe", "Nosie", "Goseyun", "Cassadore"]),
    ("K'iche'", ["Baltazar", "Tomas", "Cruz", "Sebastian"], ["Candelaria", "Juana", "Petrona", "Dominga"],
     ["Tzoc", "Ixcoy", "Xiloj", "Tzul"]),
    ("Salvadoran", ["Wilfredo", "Edgardo", "Nelson", "Reinaldo"], ["Xiomara", "Yesenia", "Roxana", "Marleny"],
     ["Menjivar", "Portillo", "Zelaya", "Argueta"]),
    ("Venezuelan", ["Yorman", "Deivis", "Wilmer", "Jhonny"], ["Yuleisy", "Oriana", "Maryelis", "Yusmary"],
     ["Urdaneta", "Bracho", "Chirinos", "Briceno"]),
    ("Paraguayan", ["Derlis", "Osvaldo", "Nery", "Ever"], ["Fidelina", "Mirna", "Liz", "Nilda"],
     ["Britez", "Ocampos", "Cabanas", "Villalba"]),
    ("Cuban", ["Yoandy", "Yunior", "Osmany", "Yasiel"], ["Yanelis", "Dayami", "Yamile", "Odalis"],
     ["Valdes", "Hechavarria", "Cardenas", "Quintana"]),
    ("Indo-Trinidadian", ["Vishnu", "Kavir", "Anand", "Deochan"], ["Savitri", "Rishma", "Kamla", "Drupatee"],
     ["Ramdial", "Persad", "Maharaj", "Ramkissoon"]),
    ("Bajan", ["Dwayne", "Marlon", "Kemar", "Ricardo"], ["Shontelle", "Keisha", "Natalie", "Marcia"],
     ["Gittens", "Alleyne", "Brathwaite", "Cumberbatch"]),
    ("Bahamian", ["Tavares", "Dexter", "Kendrick", "Leroy"], ["Latoya", "Shavonne", "Tamika", "Della"],
     ["Rolle", "Knowles", "Pinder", "Ferguson"]),
    ("Neapolitan", ["Gennaro", "Ciro", "Salvatore", "Pasquale"], ["Assunta", "Carmela", "Titina", "Nunzia"],
     ["Esposito", "Capasso", "Iovine", "Scognamiglio"]),
    ("Venetian", ["Bepi", "Toni", "Nane", "Giacomo"], ["Bepina", "Gigia", "Nina", "Elisabetta"],
     ["Zanon", "Bortolotto", "Trevisan", "Scarpa"]),
    ("Walloon", ["Gaetan", "Ghislain", "Jean-Luc", "Benoit"], ["Ghislaine", "Marie-Ange", "Nadine", "Josiane"],
     ["Dethier", "Lambotte", "Gilson", "Hennuy"]),
    ("Tyrolean", ["Florian", "Sepp", "Lukas", "Alois"], ["Resi", "Vroni", "Burgi", "Kathi"],
     ["Pichler", "Mayrhofer", "Oberhuber", "Steixner"]),
    ("Mingrelian", ["Levan", "Beka", "Gela", "Zurab"], ["Tamta", "Ketevan", "Lali", "Nana"],
     ["Gogia", "Chanturia", "Jikia", "Todua"]),
    ("Emirati", ["Hamdan", "Rashid", "Saeed", "Khalifa"], ["Shamma", "Mariam", "Latifa", "Moza"],
     ["Al-Mazrouei", "Al-Suwaidi", "Al-Kaabi", "Al-Marri"]),
    ("Israeli", ["Yoav", "Itamar", "Noam", "Amitai"], ["Noa", "Yael", "Shani", "Michal"],
     ["Mizrahi", "Peretz", "Biton", "Ohana"]),
    ("Ashkenazi American", ["Mordecai", "Herschel", "Irving", "Sol"], ["Rivka", "Bayla", "Esther", "Frieda"],
     ["Rabinowitz", "Kessler", "Gottlieb", "Zuckerman"]),
    ("Swahili coast", ["Mwinyi", "Juma", "Bakari", "Khamis"], ["Mwanaisha", "Zuhura", "Mwanahawa", "Subira"],
     ["Salim", "Abeid", "Mbarouk", "Mzee"]),
]

MARKED_BY_SEX = {"Russian", "Turkmen", "Buryat", "Crimean Tatar"}

# Word given names and surnames, drawn in place of a culture's name now and then (one given name in six).
WORD_GIVEN = {"M": ["Harbor", "Tide", "Knight", "Gunner", "Drake"], "F": ["Coral", "Marina", "Pearl", "Bay", "Brooke"]}
WORD_SURNAMES = ["Pawn", "Wake", "Diver", "Gale", "Anchor", "Queen", "Rook"]

# Towns, word towns among them (Nothing, Ding Dong, Hope, Zap, Climax, Bumpass, Odd, Santa Claus).
TOWNS = ["Nothing", "Ding Dong", "Hope", "Zap", "Climax", "Bumpass", "Odd", "Santa Claus", "Islamorada", "Morehead City",
         "Beaufort", "Annapolis", "Mystic", "Port Townsend", "Bellingham", "Galveston", "Pensacola", "Sausalito",
         "Duluth", "Traverse City", "Rockport", "Kailua-Kona", "Brunswick", "Castine"]

DIVE_SHOPS = ["Deep Six Divers", "Bubble Trouble Scuba", "Octopus Garden Dive Center", "Silent World Divers",
              "Kelp Forest Scuba", "Sand Dollar Dive Shop"]
DIVE_SITES = ["Christ of the Abyss", "Blue Hole", "Devil's Den", "Vandenberg", "Catalina Casino Point",
              "Barracuda Point", "Oriskany", "Jackson Blue"]
# Sunk ships among the sites: written "the Vandenberg", as the hand posts write "the Spiegel Grove" (second reading).
WRECKS = {"Vandenberg", "Oriskany"}
CHAMBERS = ["Baptist Hyperbaric Unit", "Gulf Coast Wound and Hyperbaric", "St. Vincent's Dive Medicine Center",
            "Harbor Regional Hyperbarics", "Puget Sound Hyperbaric Clinic"]
BOATS = ["Second Wind", "Blue Moon", "Tide Runner", "Salty Dog", "Osprey", "Miss Behavin'", "Ragtime", "Serendipity",
         "Dream Weaver", "Quicksilver"]
MARINAS = ["Cedar Point Marina", "Harbor Town Yacht Basin", "Bayside Landing", "Snug Harbor Marina", "Fisherman's Wharf Marina"]
YACHT_CLUBS = ["Severn Sailing Association", "Corinthian Yacht Club of Tacoma", "Rush Creek Yacht Club",
               "Lake Geneva Yacht Club", "Coconut Grove Sailing Club", "Bayview Yacht Club"]
SCHOOLS = ["Ashcombe School", "Thornbury Academy", "Holy Cross Abbey School", "Westridge Hall School",
           "Pine Crest Preparatory", "St. Columba's College"]
HOUSES = ["Hawthorn House", "Gresham House", "Wolsey", "Kestrel House", "Beaumont", "Ferrars House"]
TEAMS = ["Violet Vortex", "Iron Owls", "Zero Gravity Gaming", "Crimson Lantern", "Neon Valkyries", "Team Halcyon"]
CHESS_CLUBS = ["Mechanics' Institute Chess Club", "Kingfisher Chess Club", "Rook and Raven Chess Society",
               "Queen's Gambit Club of Tulsa", "Riverside Chess Circle"]
BRIDGE_CLUBS = ["Honolulu Bridge Club", "Grand Slam Bridge Studio", "Honors Bridge Club of Boca",
                "Westside Duplicate Club", "Laurel Bridge Academy"]
HOSPITALS = ["Providence Seaside", "Mariner Health", "Good Samaritan Regional", "Lakeshore General", "Eastbay Memorial"]
