"""Round 53's word pools (decision 371), every entry typed by the author from own knowledge.

CULTURES: name -> (men's given names, women's given names, surnames). A surname is a string, or a (man's, woman's)
pair where the culture marks sex in the family name (Bulgarian and Macedonian -ov/-ova and -ski/-ska, Latvian -s/-a).
"""

CULTURES = {
    "Bulgarian": (["Stoyan", "Hristo", "Lyubomir"], ["Radka", "Tsvetelina", "Boryana"],
                  [("Stoyanov", "Stoyanova"), ("Draganov", "Draganova"), ("Kostadinov", "Kostadinova")]),
    "Macedonian": (["Goce", "Blagoja", "Zoran"], ["Vesna", "Biljana", "Snežana"],
                   [("Trajkovski", "Trajkovska"), ("Stojanovski", "Stojanovska")]),
    "Latvian": (["Jānis", "Valdis", "Raimonds"], ["Ilze", "Dace", "Baiba"],
                [("Kalniņš", "Kalniņa"), ("Ozols", "Ozola"), ("Liepiņš", "Liepiņa")]),
    "Estonian": (["Tõnu", "Rein", "Margus"], ["Kadri", "Triin", "Maarja"], ["Saar", "Rebane", "Ilves"]),
    "Azerbaijani": (["Elnur", "Rashad", "Tural"], ["Aynur", "Gunel", "Leyla"],
                    [("Aliyev", "Aliyeva"), ("Mammadov", "Mammadova")]),
    "Uzbek": (["Jasur", "Sardor", "Otabek"], ["Dilnoza", "Malika", "Nodira"],
              [("Karimov", "Karimova"), ("Yusupov", "Yusupova")]),
    "Uyghur": (["Ablimit", "Memet", "Ekber"], ["Gulnar", "Mihray", "Dilnur"], ["Tursun", "Abdukerim", "Hoshur"]),
    "Gujarati": (["Hitesh", "Jignesh", "Mehul"], ["Hetal", "Falguni", "Nirali"], ["Patel", "Desai", "Trivedi"]),
    "Bengali": (["Sourav", "Anirban", "Tanvir"], ["Moumita", "Sharmin", "Poulomi"], ["Chowdhury", "Mukherjee", "Sarkar"]),
    "Kannada": (["Shivaraj", "Manjunath", "Prajwal"], ["Kavya", "Shruthi", "Rakshitha"], ["Gowda", "Hegde", "Shetty"]),
    "Sorbian": (["Měrćin", "Hync", "Jurij"], ["Hanka", "Marja", "Lenka"], [("Nowak", "Nowakowa"), ("Kral", "Kralowa"), ("Wjenk", "Wjenkowa")]),
    "Cebuano": (["Rolando", "Jerwin", "Dodong"], ["Marites", "Jonalyn", "Lourdes"], ["Cabahug", "Alburo", "Maglasang"]),
    "Marshallese": (["Hilton", "Jebro", "Litokwa"], ["Neijon", "Tarmi", "Hilda"], ["Laijo", "Jibas", "Lakjohn"]),
    "Cantonese": (["Wing-kei", "Chun-yip", "Ka-lok"], ["Mei-ling", "Wing-sze", "Suk-yee"], ["Leung", "Chan", "Wong"]),
    "Inuit": (["Qajaq", "Siku", "Tuktu"], ["Akinisie", "Nuvija", "Ooleepeeka"], ["Kilabuk", "Pitseolak", "Arnaquq"]),
    "Blackfoot": (["Cody", "Marvin", "Tyson"], ["Charmaine", "Lorna", "Darlene"], ["Many Guns", "Crow Shoe", "Heavy Runner"]),
    "Garifuna": (["Wilfredo", "Ubaldo", "Kenroy"], ["Yorleni", "Dilcia", "Merlyn"], ["Nuñez", "Castillo", "Lambey"]),
    "Haitian": (["Wesner", "Jean-Robert", "Fritzner"], ["Marjorie", "Nadège", "Guerline"], ["Estimé", "Joseph", "Dorsainvil"]),
    "Guyanese": (["Deonarine", "Sheldon", "Ravindra"], ["Savitri", "Shondel", "Indrani"], ["Persaud", "Ramdass", "Bacchus"]),
    "Fulani": (["Amadou", "Boubacar", "Hamidou"], ["Kadiatou", "Mariama", "Hawa"], ["Diallo", "Barry", "Sow"]),
    "Temne": (["Foday", "Alimamy", "Santigie"], ["Isatu", "Adama", "Mabinty"], ["Kamara", "Sesay", "Bangura"]),
    "Luhya": (["Wanyama", "Barasa", "Simiyu"], ["Nekesa", "Nafula", "Naliaka"], ["Wafula", "Makokha", "Masinde"]),
    "Xhosa": (["Luvuyo", "Siyabonga", "Mzwandile"], ["Nomsa", "Asanda", "Ziyanda"], ["Mbeki", "Qwabe", "Nkonyeni"]),
    "Tunisian": (["Hatem", "Skander", "Walid"], ["Ines", "Amel", "Rim"], ["Ben Salah", "Trabelsi", "Jaziri"]),
    "Occitan": (["Bernat", "Joan-Pau", "Estève"], ["Clamença", "Magali", "Roseta"], ["Fabre", "Roumanille", "Castan"]),
    "Luxembourgish": (["Jang", "Nico", "Romain"], ["Nathalie", "Mireille", "Carole"], ["Weber", "Kremer", "Schiltz"]),
    "Word names": (["Skipper", "Harley", "Blaze", "Colt"], ["Velvet", "Clover", "Tansy", "Liberty"],
                   ["Sawyer", "Ferry", "Glass", "Temple", "Wheeler", "Steele"]),
}

# Kin words by the relative's sex (no spouse: a relative shares the family name by birth).
KIN = {"M": ["brother", "cousin", "nephew"], "F": ["sister", "cousin", "niece"]}
# Kin of a patient over 89: children and grandchildren.
KIN_OLD = {"M": ["son", "grandson"], "F": ["daughter", "granddaughter"]}

WORD_TOWNS = ["Nimrod", "Looneyville", "Only", "Burnt Corn", "Lizard Lick", "Ordinary", "Gravity", "Bucksnort",
              "Oddville", "Riddle", "Sublimity", "Possum Grape"]
TOWNS = ["Metropolis", "Hickman", "Caruthersville", "Vidalia", "Marietta", "Gallipolis", "Helena", "Rosedale",
         "Brownsville", "Petoskey", "Astoria", "Lewes", "Grand Marais", "Bandon", "Sandusky", "Gloucester"]

VESSELS = ["Mary Alice Prewitt", "Hollis Reed", "Delta Dawn", "Miss Genevieve", "Ohio Belle", "Pearl Ann Dorsey",
           "Sally K", "Big Muddy Queen"]
TOW_COMPANIES = ["Gulfstream Barge Lines", "Redbank Towing", "Twin Rivers Fleeting", "Kessler Marine Transport"]
LOCKS = ["Olmsted Lock", "Markland Locks", "Melvin Price Locks", "Wilson Lock", "Pickwick Lock", "Lock and Dam 14"]

TRACKS = ["Jackson Motorplex", "Lernerville Speedway", "Port Royal Speedway", "Cedar Lake Speedway",
          "Tri-State Speedway", "Deer Creek Speedway"]
TEAMS = ["Ridgeline Motorsports", "Kreske Racing", "Hatfield Brothers Racing", "Blue Ox Motorsports"]

STATIONS = ["Coast Guard Station Yaquina Bay", "Coast Guard Station Cape Disappointment", "Coast Guard Station Marquette",
            "Coast Guard Station Oregon Inlet", "Coast Guard Station Chatham"]
LIGHTHOUSES = ["Heceta Head Lighthouse", "Sturgeon Point Light", "Cana Island Lighthouse", "Bodie Island Lighthouse",
               "Marblehead Lighthouse", "Rock Harbor Light"]
CUTTERS = ["Escanaba", "Alder", "Mackinaw", "Sycamore", "Tahoma"]

MARKETS = ["Eastside Farmers Market", "Riverfront Growers Market", "Old Depot Market", "Hollins Street Market",
           "Crescent Park Farmers Market"]
FARMS = ["Three Sisters Farm", "Muddy Boots Acres", "Quiet Ridge Orchard", "Cold Spring Goat Dairy", "Fern Gully Farm"]

STUDIOS = ["Ember & Flux Arts Center", "Hollowpoint Craft Works", "Bluestone Studios", "Cinderhill Art Barn", "Wildfire Clay and Glass"]
HOSPITALS = ["St. Mary Medical Center", "Riverside Regional", "Mercy Hospital", "Good Samaritan", "Memorial Hospital"]

AREA_CODES = ["270", "618", "304", "541", "906", "252", "717", "530", "715", "828"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
