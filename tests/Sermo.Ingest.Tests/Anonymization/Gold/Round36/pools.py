"""Round 36's pools: names, places and number shapes typed from the author's own knowledge (decision 220).

CULTURES maps a culture to (female given names, male given names, surnames). Word names (ordinary English words) sit
in their own entries so that about a third of draws are words a scrubber may read as vocabulary.
"""

CULTURES = {
    "Yoruba": (["Folake", "Titilayo", "Bukola"], ["Olumide", "Babatunde", "Segun"], ["Adeyemi", "Ogunleye", "Bakare"]),
    "Igbo": (["Chiamaka", "Ngozi", "Adaeze"], ["Chinedu", "Obinna", "Ikenna"], ["Okafor", "Nwosu", "Eze"]),
    "Ewe": (["Akosua", "Dzifa", "Esinam"], ["Kodzo", "Selorm", "Edem"], ["Agbeko", "Amedzro", "Tsikata"]),
    "Hausa": (["Hauwa", "Zainab", "Amina"], ["Musa", "Sani", "Abubakar"], ["Danjuma", "Bello", "Lawal"]),
    "Tigrinya": (["Semhar", "Helen", "Yordanos"], ["Tesfay", "Berhane", "Yonas"], ["Gebremedhin", "Haile", "Kidane"]),
    "Oromo": (["Chaltu", "Lensa", "Ayantu"], ["Gemechu", "Lelisa", "Tolosa"], ["Debela", "Gudeta", "Bekele"]),
    "Shona": (["Tendai", "Rudo", "Chipo"], ["Tatenda", "Farai", "Kudzai"], ["Moyo", "Chikwanha", "Mutasa"]),
    "Xhosa": (["Nomvula", "Thandeka", "Ayanda"], ["Sipho", "Lwazi", "Mandla"], ["Mthembu", "Ndlovu", "Dlamini"]),
    "Malagasy": (["Voahangy", "Hery", "Lalao"], ["Rivo", "Tojo", "Haja"], ["Rakotomalala", "Andriamanana", "Razafy"]),
    "Moroccan": (["Khadija", "Salma", "Imane"], ["Youssef", "Hamza", "Mehdi"], ["El Amrani", "Benjelloun", "Tazi"]),
    "Lebanese": (["Rania", "Nour", "Maya"], ["Karim", "Ziad", "Elie"], ["Haddad", "Khoury", "Nassar"]),
    "Syrian": (["Lama", "Rasha", "Hiba"], ["Omar", "Bashar", "Fadi"], ["Al-Hamwi", "Kayali", "Shami"]),
    "Yemeni": (["Arwa", "Bushra", "Afrah"], ["Nasser", "Waleed", "Hamoud"], ["Al-Saqqaf", "Baabbad", "Ghaleb"]),
    "Pashtun": (["Malalai", "Zarghona", "Palwasha"], ["Wahid", "Zalmai", "Gul"], ["Yousafzai", "Durrani", "Khattak"]),
    "Baloch": (["Mahnaz", "Shari", "Banuk"], ["Dostain", "Jiand", "Murad"], ["Marri", "Bugti", "Rind"]),
    "Armenian": (["Anahit", "Lusine", "Siranush"], ["Hovhannes", "Tigran", "Aram"], ["Petrosyan", "Hakobyan", "Sargsyan"]),
    "Georgian": (["Nino", "Tamar", "Ketevan"], ["Giorgi", "Levan", "Zurab"], ["Beridze", "Kapanadze", "Gelashvili"]),
    "Azerbaijani": (["Leyla", "Gunel", "Aygun"], ["Elchin", "Rashad", "Tural"], ["Aliyev", "Huseynov", "Mammadov"]),
    "Kazakh": (["Aigerim", "Dana", "Saule"], ["Nurlan", "Yerlan", "Daulet"], ["Nurpeisov", "Abenov", "Seitkali"]),
    "Uzbek": (["Dilnoza", "Gulnora", "Malika"], ["Jasur", "Sherzod", "Bekzod"], ["Karimov", "Tashkentov", "Rakhimov"]),
    "Russian": (["Svetlana", "Olga", "Yelena"], ["Dmitri", "Sergei", "Anatoly"], ["Kuznetsov", "Volkov", "Sokolov"]),
    "Serbian": (["Jelena", "Milica", "Dragana"], ["Nemanja", "Dusan", "Milos"], ["Jovanovic", "Petrovic", "Nikolic"]),
    "Croatian": (["Ivana", "Marija", "Ana"], ["Ante", "Tomislav", "Luka"], ["Horvat", "Babic", "Knezevic"]),
    "Albanian": (["Elira", "Drita", "Arta"], ["Arben", "Ilir", "Besnik"], ["Hoxha", "Krasniqi", "Berisha"]),
    "Slovak": (["Zuzana", "Katarina", "Lenka"], ["Marek", "Juraj", "Peter"], ["Horvath", "Kovac", "Varga"]),
    "Lithuanian": (["Ruta", "Egle", "Giedre"], ["Mindaugas", "Tomas", "Darius"], ["Kazlauskas", "Petrauskas", "Jankauskas"]),
    "Latvian": (["Ilze", "Baiba", "Liga"], ["Janis", "Andris", "Martins"], ["Berzins", "Ozols", "Kalnins"]),
    "Finnish": (["Aino", "Tuuli", "Satu"], ["Juha", "Matti", "Eero"], ["Virtanen", "Korhonen", "Makinen"]),
    "Icelandic": (["Sigridur", "Gudrun", "Hildur"], ["Gunnar", "Bjarni", "Einar"], ["Jonsdottir", "Olafsson", "Einarsson"]),
    "Norwegian": (["Ingrid", "Solveig", "Kari"], ["Sverre", "Odd", "Knut"], ["Haugen", "Berg", "Dahl"]),
    "Danish": (["Mette", "Birgit", "Lone"], ["Soren", "Henrik", "Jens"], ["Kristensen", "Madsen", "Vestergaard"]),
    "Frisian": (["Sytske", "Hiske", "Baukje"], ["Sjoerd", "Tjeerd", "Wopke"], ["Hoekstra", "Dijkstra", "Terpstra"]),
    "Austrian": (["Theresia", "Resi", "Burgi"], ["Sepp", "Florian", "Toni"], ["Gruber", "Huber", "Pichler"]),
    "Galician": (["Uxia", "Iria", "Antia"], ["Xose", "Brais", "Anxo"], ["Castro", "Otero", "Pazos"]),
    "Mexican": (["Guadalupe", "Xochitl", "Maricela"], ["Jesus", "Ulises", "Efrain"], ["Hernandez", "Villalobos", "Zavala"]),
    "Salvadoran": (["Yesenia", "Marleny", "Ingrid"], ["Wilfredo", "Nelson", "Santos"], ["Portillo", "Menjivar", "Alvarenga"]),
    "Colombian": (["Yuliana", "Luz Dary", "Marcela"], ["Jhon Jairo", "Duvan", "Andres"], ["Restrepo", "Ospina", "Giraldo"]),
    "Cuban": (["Yamilet", "Odalys", "Yusimi"], ["Yoandry", "Raidel", "Osmany"], ["Pupo", "Cabrera", "Fleitas"]),
    "Brazilian": (["Thais", "Gleice", "Raimunda"], ["Wellington", "Cleiton", "Josias"], ["Nascimento", "dos Santos", "Cavalcanti"]),
    "Quechua": (["Killa", "Nayra", "Sisa"], ["Amaru", "Inti", "Wayra"], ["Mamani", "Quispe", "Huaman"]),
    "Filipino": (["Marites", "Jocelyn", "Rowena"], ["Rodel", "Jun", "Arnel"], ["Dela Cruz", "Bautista", "Macaraeg"]),
    "Indonesian": (["Sri", "Dewi", "Wulan"], ["Budi", "Agus", "Bambang"], ["Santoso", "Wijaya", "Hartono"]),
    "Malay": (["Nurul", "Siti", "Aisyah"], ["Azlan", "Faizal", "Hafiz"], ["bin Osman", "Ismail", "Rahman"]),
    "Vietnamese": (["Thuy", "Lan", "Hoa"], ["Minh", "Tuan", "Duc"], ["Nguyen", "Tran", "Pham"]),
    "Hmong": (["Mai", "Pa", "Nou"], ["Tou", "Kou", "Fue"], ["Vang", "Xiong", "Thao"]),
    "Lao": (["Souksavanh", "Phonsavanh", "Kham"], ["Somsak", "Bounmy", "Khamphet"], ["Phommachanh", "Sisouk", "Vongsa"]),
    "Korean": (["Ji-yeon", "Eun-ji", "Mi-rae"], ["Jae-hyun", "Dong-hoon", "Min-ho"], ["Kim", "Park", "Choi"]),
    "Japanese": (["Haruka", "Yui", "Sakura"], ["Takeshi", "Kenta", "Daisuke"], ["Watanabe", "Yamamoto", "Ishikawa"]),
    "Mandarin": (["Xiaoling", "Meihua", "Yan"], ["Zhiwei", "Jun", "Hao"], ["Wang", "Liu", "Zhang"]),
    "Tibetan": (["Pema", "Dolma", "Yangchen"], ["Tenzin", "Norbu", "Dorje"], ["Lhamo", "Tsering", "Gyatso"]),
    "Nepali": (["Sunita", "Anjali", "Sarita"], ["Ramesh", "Bishnu", "Prakash"], ["Shrestha", "Gurung", "Thapa"]),
    "Sinhala": (["Dilini", "Chathurika", "Nadeesha"], ["Ruwan", "Kasun", "Chaminda"], ["Perera", "Jayasuriya", "Wickramasinghe"]),
    "Malayali": (["Anjana", "Lekshmi", "Reshma"], ["Biju", "Shaji", "Anoop"], ["Menon", "Nair", "Pillai"]),
    "Marathi": (["Sayali", "Madhuri", "Ashwini"], ["Sachin", "Nitin", "Sandeep"], ["Deshpande", "Kulkarni", "Patil"]),
    "Sindhi": (["Kavita", "Jyoti", "Bhavna"], ["Haresh", "Kishore", "Lalit"], ["Advani", "Mirchandani", "Lalwani"]),
    "Samoan": (["Malia", "Sina", "Lagi"], ["Tavita", "Sione", "Iosefa"], ["Tuilagi", "Faleolo", "Leavasa"]),
    "Maori": (["Aroha", "Moana", "Ngaire"], ["Wiremu", "Tane", "Rawiri"], ["Ngata", "Tawhiri", "Parata"]),
    "Aboriginal Australian": (["Yindi", "Kirra", "Marlee"], ["Jarrah", "Bindi", "Warrick"], ["Yunupingu", "Mundine", "Goodes"]),
    "Lakota": (["Winona", "Tasina", "Wakanda"], ["Tatanka", "Wanbli", "Ohanzee"], ["Two Bulls", "Red Cloud", "Iron Shell"]),
    "Inuit": (["Nivi", "Aput", "Siqiniq"], ["Nanuq", "Taqqiq", "Qajaq"], ["Kusugak", "Aglukark", "Arnaquq"]),
    "Creole Louisianan": (["Noelie", "Oralia", "Leontine"], ["Alcide", "Ulysse", "Clovis"], ["Fontenot", "Thibodeaux", "Boudreaux"]),
    "Scots Gaelic": (["Morag", "Catriona", "Eilidh"], ["Ruairidh", "Calum", "Tormod"], ["MacLeod", "MacNeil", "Morrison"]),
    "Romani": (["Esmeralda", "Drina", "Luludja"], ["Django", "Milosh", "Tobar"], ["Lee", "Boswell", "Lovell"]),
    "Jewish": (["Malka", "Shoshana", "Rivka"], ["Mordechai", "Yitzhak", "Shlomo"], ["Rosenbaum", "Feldstein", "Birnbaum"]),
    "English word": (["Faith", "Joy", "Autumn", "Dawn", "Grace", "Holly", "Sunny", "Brook", "Charity", "Star", "Dove", "Liberty"],
                     ["Hunter", "Rusty", "Chase", "Buck", "Colt", "Sonny", "Bishop", "King", "Major", "Cotton", "Ace", "Gunner"],
                     ["Freeman", "Price", "Bridges", "Cross", "Long", "Short", "Banks", "Wells", "Brown", "Woods", "Steele",
                      "Marsh", "Love", "Young", "Little", "Hale", "Burns", "Page", "Lane", "Dean", "Rice", "Gay", "Small",
                      "Ware", "Bush", "Nail", "Cook", "Mason", "Frost", "Winter", "Meadows", "Sparrow", "Wren", "Crow"]),
}

WORD_CULTURE = "English word"

NICKNAMES = ["Bubba", "Peanut", "Tiny", "Skeeter", "Boo", "Junebug", "Doc", "Red", "Smitty", "Tater", "Pookie", "Chip"]

TOWNS = ["Bucksnort", "Bowlegs", "Toad Suck", "Dime Box", "Gas", "Cut and Shoot", "Embarrass", "Normal", "Climax",
         "Friendship", "Gnaw Bone", "Smackover", "Tightwad", "Paradise", "Plain", "Ding Dong", "Nimrod", "Bland",
         "Loyal", "Humble", "Mexico", "Peru", "Dutch John", "Sweet Lips", "Spot", "Bee", "Alert", "Index", "Sopchoppy",
         "Yeehaw Junction", "Intercourse", "Okay", "Welcome", "Cool", "Pie Town", "Tuba City", "Elephant Butte"]

COUNTIES = ["Big Horn County", "Divide County", "Sweet Grass County", "Loving County", "Pushmataha County", "Roanoke County",
            "Mingo County", "Starr County", "Lemhi County", "Esmeralda County"]

STREETS = ["Gravel Pit Rd", "Tallow Lane", "Quarry St", "Old Mill Pike", "Tannery Row", "Sawgrass Ct", "Cistern Ave",
           "Hopper Way", "Dry Creek Loop", "Lantern Hill Dr", "Weigh Station Rd", "Kiln Street"]

ABROAD = ["Marmaris", "Antalya", "Tijuana", "Cancun", "Cali", "Bogota", "Chiang Mai", "Phuket", "Seoul", "Izmir",
          "San Jose del Cabo", "Medellin", "Nuevo Progreso", "Budapest", "Kuala Lumpur", "Santo Domingo"]

PHONES_US = ["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "1{a}{b}{c}", "+1 {a} {b} {c}"]
PHONES_ABROAD = ["+90 532 {b} {c}", "+52 664 {b} {c}", "+57 310 {b} {c}", "+66 81 {b} {c}", "+82 10 {b} {c}",
                 "+36 30 {b} {c}", "+1 809 {b} {c}", "+60 12 {b} {c}"]
