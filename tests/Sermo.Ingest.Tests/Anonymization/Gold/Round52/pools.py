"""Round 52's name and place pools (decision 356), typed from the author's own knowledge; seed 52356 draws from them.

Each culture: (men's given names, women's given names, surnames). A surname pair "a|b" is (man's form, woman's form).
"""

CULTURES = {
    "Welsh": (["Emyr", "Gethin", "Rhodri"], ["Eirlys", "Nia", "Carys"], ["Pritchard", "Llewelyn", "Vaughan"]),
    "Icelandic": (["Snorri", "Gunnar", "Einar"], ["Sigrún", "Hildur", "Ásta"], ["Magnússon|Magnúsdóttir", "Ólafsson|Ólafsdóttir"]),
    "Frisian": (["Wiebe", "Sjoerd", "Tjeerd"], ["Sjoukje", "Froukje", "Aukje"], ["Hoekstra", "Dijkstra", "Bosma"]),
    "Catalan": (["Jordi", "Oriol", "Pau"], ["Montserrat", "Núria", "Laia"], ["Puigdemont", "Vilaseca", "Soler"]),
    "Czech": (["Vojtěch", "Ondřej", "Jiří"], ["Zdeňka", "Markéta", "Bohdana"], ["Dvořák|Dvořáková", "Novotný|Novotná", "Procházka|Procházková"]),
    "Polish": (["Grzegorz", "Wojciech", "Tadeusz"], ["Małgorzata", "Bożena", "Grażyna"], ["Wiśniewski|Wiśniewska", "Zieliński|Zielińska"]),
    "Ukrainian": (["Bohdan", "Taras", "Ostap"], ["Oksana", "Halyna", "Solomiia"], ["Shevchuk", "Bondarenko", "Tkachenko"]),
    "Flemish": (["Wouter", "Pieter-Jan", "Joris"], ["Griet", "Lieve", "Annelies"], ["Vermeulen", "De Smedt", "Claeys"]),
    "Cypriot": (["Andreas", "Kyriakos", "Stelios"], ["Chrystalla", "Androulla", "Panayiota"], ["Hadjipetrou", "Kyprianou", "Loizou"]),
    "Egyptian": (["Mahmoud", "Karim", "Sherif"], ["Nermeen", "Dalia", "Rania"], ["Abdelrahman", "El-Sayed", "Fathy"]),
    "Iraqi": (["Haider", "Mustafa", "Ammar"], ["Zainab", "Shahad", "Rusul"], ["Al-Jubouri", "Al-Obaidi", "Kadhim"]),
    "Yemeni": (["Fuad", "Nabil", "Ayman"], ["Arwa", "Bilqis", "Sumaya"], ["Al-Ahdal", "Ba Wazir", "Saleh"]),
    "Somali": (["Abdirahman", "Liban", "Guled"], ["Hodan", "Faadumo", "Ubah"], ["Warsame", "Farah", "Jama"]),
    "Amhara": (["Tesfaye", "Dawit", "Yonas"], ["Meskerem", "Tigist", "Selamawit"], ["Alemu", "Bekele", "Gebeyehu"]),
    "Hausa": (["Abubakar", "Sani", "Musa"], ["Hauwa", "Zulai", "Binta"], ["Danjuma", "Bello", "Garba"]),
    "Malagasy": (["Andry", "Tahina", "Fidy"], ["Voahangy", "Lalaina", "Miora"], ["Randrianarisoa", "Rakotomalala", "Razafindrabe"]),
    "Herero": (["Kaera", "Uazuva", "Tjiuee"], ["Ngatjiheue", "Vemuna", "Katjiua"], ["Kaputu", "Tjozongoro", "Hengari"]),
    "Punjabi": (["Gurpreet", "Harjit", "Baljinder"], ["Simran", "Harleen", "Jaspreet"], ["Sandhu", "Grewal", "Dhillon"]),
    "Telugu": (["Venkatesh", "Srinivas", "Naveen"], ["Lakshmi", "Sravani", "Padmaja"], ["Reddy", "Chowdary", "Naidu"]),
    "Thai": (["Somchai", "Anan", "Kittisak"], ["Ratchanee", "Siriporn", "Ploy"], ["Srisuk", "Chaiyaporn", "Wongsawat"]),
    "Khmer": (["Sokha", "Vannak", "Dara"], ["Sreymom", "Chantrea", "Bopha"], ["Chhim", "Keo", "Sok"]),
    "Javanese": (["Bambang", "Joko", "Slamet"], ["Sri", "Endang", "Wulan"], ["Wibowo", "Santoso", "Purnomo"]),
    "Chamorro": (["Jesse", "Vicente", "Tomas"], ["Rosalinda", "Maria Lourdes", "Dolores"], ["Cruz", "Taitano", "San Nicolas"]),
    "Japanese": (["Haruto", "Kenji", "Daichi"], ["Yui", "Sakura", "Mei"], ["Yamaguchi", "Fujiwara", "Inoue"]),
    "Mongolian": (["Ganbaatar", "Batbold", "Temuulen"], ["Oyunchimeg", "Enkhjargal", "Narantuya"], ["Dorj", "Sükhbaatar", "Tsogt"]),
    "Cree": (["Wapun", "Mikisew", "Nathan"], ["Kisik", "Waseskwan", "Pisim"], ["Cardinal", "Bigstone", "Badger"]),
    "Ojibwe": (["Migizi", "Waabi", "Zhaawan"], ["Niimi", "Ziigwan", "Aanji"], ["Kingbird", "Whitefeather", "Morningstar"]),
    "Muscogee": (["Hotulke", "Yahola", "Micco"], ["Sehoy", "Lucinda", "Wynona"], ["Harjo", "Tiger", "Fixico"]),
    "Nahua": (["Cuauhtli", "Tonatiuh", "Ehecatl"], ["Citlali", "Yaretzi", "Itzel"], ["Tepoz", "Cuautle", "Xicohténcatl"]),
    "Mapuche": (["Lautaro", "Nahuel", "Lientur"], ["Ayelén", "Rayén", "Antü"], ["Huenchullán", "Painemal", "Catrileo"]),
    "Honduran": (["Wilmer", "Edgardo", "Darwin"], ["Kenia", "Yessenia", "Dunia"], ["Zelaya", "Mejía", "Funes"]),
    "Dominican": (["Yunior", "Radhamés", "Wander"], ["Yokasta", "Altagracia", "Mildred"], ["Peralta", "Almonte", "De los Santos"]),
    "Colombian": (["Jhon Jairo", "Andrés Felipe", "Wilson"], ["Luz Dary", "Yuliana", "Marleny"], ["Quintero", "Ospina", "Cárdenas"]),
    "Kurdish": (["Rebwar", "Shwan", "Dilshad"], ["Berivan", "Nishtiman", "Hêvî"], ["Barzani", "Hawrami", "Zebari"]),
    "Persian": (["Kourosh", "Bahram", "Siavash"], ["Shirin", "Parvaneh", "Golnaz"], ["Farahani", "Tehrani", "Moghaddam"]),
    "Louisiana Creole": (["Alcide", "Octave", "Etienne"], ["Clementine", "Odalie", "Philomene"], ["Broussard", "Metoyer", "Chenier"]),
    "Appalachian": (["Estill", "Harlan", "Dewey"], ["Ona", "Verlie", "Lorene"], ["Caudill", "Slone", "Combs"]),
    "Romani": (["Django", "Boiko", "Tamas"], ["Esmeralda", "Luludja", "Florica"], ["Lee", "Stanley", "Ionescu"]),
}

# Word names (given and surname) drawn now and then in place of a culture's.
WORD_GIVEN = {"M": ["Haven", "Flint", "Sterling", "Ridge"], "F": ["Lark", "Wren", "Haven", "Ember", "Sky"]}
WORD_SURNAMES = ["Stone", "Tower", "Friar", "Wheeler", "Cave", "Rider", "Monk"]

RELATIVES = {"M": ["son", "brother", "husband", "nephew"], "F": ["daughter", "sister", "wife", "niece"]}
# Kin for people in religious life (no spouse or child).
SIBLINGS = {"M": ["brother", "nephew"], "F": ["sister", "niece"]}

CARNIVALS = ["Lone Star Shows", "Murphy Bros. Amusements", "Golden Gate Midways", "Pioneer Carnival Company", "Blue Ribbon Rides"]
FAIRS = ["Fryeburg Fair", "Boone County Fair", "Erie County Fair", "Tulare County Fair", "Washington County Fair"]
ABBEYS = ["St. Gregory's Abbey", "Holy Trinity Monastery", "Genesee Abbey", "Sacred Heart Priory", "Our Lady of the Redwoods Abbey"]
LEAGUES = ["Steel City Derby Demons", "Prairie Fire Rollers", "Bayou Bombers", "Harbor City Hellcats", "Sawtooth Slammers"]
RINKS = ["Roller Kingdom", "Skate Plaza", "Starlite Rink", "Rollerland", "Wheels Skate Center"]
CAVES = ["Sinking Creek Cave", "Buckner Cave", "Fern Cave", "Sloans Valley Cave", "Wind Cave"]
GROTTOS = ["Bluegrass Grotto", "Dogwood City Grotto", "Mid-Mississippi Valley Grotto", "Sligo Grotto"]
GYMS = ["Summit Crag Gym", "Boulder Den", "Overhang Climbing", "Chalk & Crimp", "Basecamp Bouldering"]
BEACHES = ["Zuma Beach", "Ocean Beach", "Hanalei Bay", "Bolsa Chica", "Folly Beach"]
TOWNS = ["Ninety Six", "Rabbit Hash", "Possum Trot", "Gnaw Bone", "Toad Suck", "Smackover", "Pie Town", "Hygiene", "Paradox", "Success"]
HOSPITALS = ["Mercy General", "St. Luke's Regional", "Valley Baptist", "Good Samaritan", "Providence St. Peter"]
DERBY_NAMES = ["Hurricane Hattie", "Lady Die", "Slamantha", "Ruth Less", "Anna Mosity", "Bruisin' Sue", "Cherry Bomb", "Mad Maxine"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "fastmail.com"]

# Names taken in religious life, by sex; drawn for the monastery templates' titled names.
RELIGIOUS_NAMES = {"M": ["Anselm", "Bede", "Cuthbert", "Placid", "Wulfstan", "Maurus"],
                   "F": ["Hildegard", "Walburga", "Benedicta", "Mechtild", "Clotilde", "Brigid"]}
TITLES = {"M": ["Brother", "Father"], "F": ["Sister", "Mother"]}
