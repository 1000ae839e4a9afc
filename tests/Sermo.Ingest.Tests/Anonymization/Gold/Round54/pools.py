"""Round 54's name, place and term pools (decision 383), typed from the author's own knowledge.

Each culture: male given names, female given names, and surnames as (male form, female form) pairs where the
language marks sex (Lithuanian unmarried -aitė/-ytė/-ūtė, Tatar -ov/-in to -ova/-ina, Kyrgyz and Tajik -ov to -ova).
"""

def same(*names):
    """Surnames that do not change with sex."""
    return [(n, n) for n in names]


CULTURES = {
    "Lithuanian": (["Mindaugas", "Darius", "Tomas", "Vytautas"], ["Eglė", "Ieva", "Gintarė", "Aušra"],
                   [("Kazlauskas", "Kazlauskaitė"), ("Petrauskas", "Petrauskaitė"), ("Balčiūnas", "Balčiūnaitė"), ("Urbonas", "Urbonaitė")]),
    "Breton": (["Yann", "Gwenaël", "Erwan", "Tanguy"], ["Nolwenn", "Maïwenn", "Gwenola", "Soazig"],
               same("Le Bihan", "Guivarc'h", "Kerjean", "Le Goff")),
    "Maltese": (["Ġużeppi", "Kurt", "Ray", "Mario"], ["Marija", "Rita", "Doreen", "Charmaine"],
                same("Camilleri", "Vella", "Zammit", "Farrugia")),
    "Romansh": (["Gian", "Curdin", "Men", "Flurin"], ["Seraina", "Ladina", "Mirta", "Annatina"],
                same("Caduff", "Cathomen", "Derungs", "Casura")),
    "Galician": (["Xoán", "Brais", "Uxío", "Roi"], ["Uxía", "Iria", "Antía", "Xiana"],
                 same("Outeiral", "Castiñeira", "Fandiño", "Souto")),
    "Sardinian": (["Efisio", "Gavino", "Salvatore", "Bachisio"], ["Bonaria", "Itria", "Giovanna", "Tonina"],
                  same("Pinna", "Sechi", "Murgia", "Porcu")),
    "Volga Tatar": (["Rinat", "Ilnur", "Ramil", "Damir"], ["Alsu", "Guzel", "Ilsiyar", "Dilyara"],
                    [("Khairullin", "Khairullina"), ("Galiev", "Galieva"), ("Sabirov", "Sabirova"), ("Minnullin", "Minnullina")]),
    "Kyrgyz": (["Bakyt", "Almazbek", "Nurbek", "Temirlan"], ["Cholpon", "Gulzat", "Jyldyz", "Begimai"],
               [("Asanov", "Asanova"), ("Toktogulov", "Toktogulova"), ("Sadykov", "Sadykova"), ("Zhumabaev", "Zhumabaeva")]),
    "Tajik": (["Firdavs", "Rustam", "Farrukh", "Shodmon"], ["Nilufar", "Zarina", "Mehrangez", "Tahmina"],
              [("Rahimov", "Rahimova"), ("Nazarov", "Nazarova"), ("Karimov", "Karimova"), ("Safarov", "Safarova")]),
    "Sinhala": (["Chaminda", "Nuwan", "Lasantha", "Ruwan"], ["Dilini", "Sanduni", "Chathurika", "Nadeesha"],
                same("Jayasuriya", "Wickramasinghe", "Gunawardena", "Rajapakse")),
    "Malayali": (["Anoop", "Jithin", "Sreejith", "Binu"], ["Anjali", "Reshma", "Sreelakshmi", "Divya"],
                 same("Menon", "Kurian", "Pillai", "Thekkekara")),
    "Marathi": (["Omkar", "Ninad", "Aniket", "Prasad"], ["Madhuri", "Sayali", "Rujuta", "Ketaki"],
                same("Deshpande", "Kulkarni", "Patwardhan", "Joglekar")),
    "Lao": (["Khamphong", "Souksavanh", "Bounmy", "Phouvong"], ["Keo", "Manivone", "Chanthaly", "Vilayvanh"],
            same("Phommachanh", "Sisavath", "Vongsa", "Keomany")),
    "Ilocano": (["Rogelio", "Marlon", "Jomar", "Benigno"], ["Rhodora", "Jocelyn", "Marites", "Leonila"],
                same("Agbayani", "Pagaduan", "Tabangcura", "Bumanglag")),
    "Ewe": (["Kodjo", "Komla", "Selorm", "Elikem"], ["Enyonam", "Dzifa", "Afi", "Sedinam"],
            same("Agbeko", "Amegashie", "Dzokoto", "Kpodo")),
    "Fon": (["Comlan", "Rodrigue", "Hospice", "Sèwanou"], ["Sènami", "Ablavi", "Mahugnon", "Houefa"],
            same("Hounkpatin", "Gbaguidi", "Ahouansou", "Adjovi")),
    "Chewa": (["Limbani", "Mphatso", "Kondwani", "Chikumbutso"], ["Tiyamike", "Chisomo", "Thokozani", "Takondwa"],
              same("Phiri", "Mwale", "Chirwa", "Kalua")),
    "Tswana": (["Kagiso", "Tumelo", "Oratile", "Kabelo"], ["Lesedi", "Boitumelo", "Kelebogile", "Onalenna"],
               same("Molefe", "Mokgosi", "Seretse", "Sebego")),
    "Oromo": (["Gemechu", "Tolosa", "Abdisa", "Lemi"], ["Chaltu", "Lensa", "Hawi", "Meseret"],
              same("Dida", "Gudina", "Tufa", "Negasa")),
    "Zapotec": (["Isauro", "Fidencio", "Eleuterio", "Crispín"], ["Eustolia", "Soledad", "Herminia", "Rufina"],
                same("Matus", "Santiago", "Jiménez", "Toledo")),
    "Puerto Rican": (["Yadiel", "Jeremías", "Wilfredo", "Edwin"], ["Xiomara", "Yaritza", "Nilsa", "Brunilda"],
                     same("Quiñones", "Pagán", "Figueroa", "Irizarry")),
    "Cape Verdean": (["Djalma", "Edmilson", "Adilson", "Nelson"], ["Ivone", "Djenifer", "Zuleica", "Arlinda"],
                     same("Fortes", "Lopes", "Monteiro", "Semedo")),
    "Québécois": (["Gaétan", "Sylvain", "Rosaire", "Normand"], ["Manon", "Josée", "Ginette", "Francine"],
                  same("Tremblay", "Gagnon", "Lévesque", "Côté")),
    "Pennsylvania Dutch": (["Levi", "Mervin", "Elam", "Ephraim"], ["Rosanna", "Miriam", "Lavina", "Fannie"],
                           same("Beiler", "Zook", "Esh", "Fisher")),
    "Choctaw": (["Curtis", "Wesley", "Lyman", "Dwayne"], ["Bernadine", "Lorene", "Winona", "Daphne"],
                same("Bohanan", "Tubby", "Noahubi", "Wilson")),
    "Iñupiaq": (["Roy", "Willie", "Oliver", "Eben"], ["Nellie", "Elsie", "Ruthie", "Doreen"],
                same("Ahsogeak", "Kignak", "Nayukok", "Tagarook")),
    # Word names, drawn for about one person in eight (real given names and surnames that are also words).
    "word names": (["Colt", "Ransom", "Gauge", "Shepherd"], ["Clementine", "Sparrow", "Liberty", "Starla"],
                   same("Crumb", "Starr", "Hawkes", "Bunn", "Birdsong", "Wilder")),
}

WORD_TOWNS = ["Happy", "Oblong", "Wink", "Smartt", "Uneeda", "Tick Bite", "Left Hand", "Lovelady", "Mud",
              "Mouthcard"]

OBSERVATORIES = ["Kitt Peak", "Mount Hopkins", "Sacramento Peak", "Mauna Loa Observatory", "Big Bear Solar Observatory",
                 "Mount Wilson", "Sierra Remote Observatories", "Hat Creek Radio Observatory"]
BAKERIES = ["Dutch Oven Bread Co.", "Golden Crust Bakery", "Sunrise Bun Plant", "Mill Street Bakehouse",
            "Panadería Santa Rosa", "Rise & Shine Bagels", "Holtzman's Rye Works", "Kneady Hands Bakery"]
LOFTS = ["Blue Bar Lofts", "Cedar Creek Loft", "Windmill Lofts", "Gray Gables Loft", "Harrow Road Loft"]
CLUBS = ["Keystone Racing Pigeon Club", "Prairie Wind Pigeon Club", "Old Mill Homing Club", "Lakeshore Falconers Association"]
DROP_ZONES = ["Skydive Chicago", "Skydive the Ranch", "Skydive Carolina", "Skydive Perris", "Skydive Sebastian",
              "Start Skydiving"]
SUGARHOUSES = ["Sap Bucket Sugarhouse", "Moose Hill Maple", "Érablière du Ruisseau", "Twin Pines Sugarworks",
               "Hollow Log Maple Farm", "Cabane Lévesque"]
HOSPITALS = ["Dartmouth-Hitchcock", "Banner University Medical Center", "Lancaster General", "Mercy Hospital",
             "St. Luke's", "Maine Medical Center", "Copley Hospital", "Summit Health"]
TOWNS = ["Tucson", "Flagstaff", "Alamogordo", "Hilo", "Saint-Hyacinthe", "Montpelier", "Lancaster", "Ephrata",
         "Des Moines", "Ottumwa", "Zephyrhills", "Ottawa", "Rutland", "Millinocket", "Waimea"]
AREA_CODES = ["520", "802", "717", "319", "207", "505", "413", "563"]
