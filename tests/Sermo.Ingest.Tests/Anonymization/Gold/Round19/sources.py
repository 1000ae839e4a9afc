"""Names, places and facilities for round 19's generated posts, typed from the author's own knowledge (decision 138).

Nothing here was copied from a registry or from the repository's lists. Each culture is (given names, surnames);
FAMILY_FIRST cultures are written surname first when a post prints a name "as the family says it".
"""

CULTURES = {
    "korean": (["Seo-yeon", "Min-jun", "Ha-eun", "Do-yoon", "Ji-ho", "Yuna", "Eun-ji", "Hyun-woo"],
               ["Kim", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Shin"]),
    "thai": (["Somsak", "Kanya", "Niran", "Pranee", "Wichai", "Malee", "Chatchai", "Siriporn"],
             ["Srisuk", "Boonmee", "Thongdee", "Kaewkla", "Phromma", "Wongsawat"]),
    "hmong": (["Pa Nhia", "Tou", "Chue", "Yer", "Neng", "Kia", "Shoua", "Txawj"],
              ["Lor", "Thao", "Moua", "Vue", "Chang", "Hang"]),
    "lao": (["Souk", "Keo", "Phet", "Noy", "Bounthavy", "Vilay"],
            ["Phommachanh", "Keomany", "Inthavong", "Chanthavong", "Sengdara"]),
    "greek": (["Yiannis", "Panagiota", "Spyros", "Eleftheria", "Dimos", "Kalliopi"],
              ["Antonopoulos", "Georgiou", "Manolakis", "Tsakiris", "Vlachou", "Konstantinidis"]),
    "hungarian": (["Gergely", "Katalin", "Levente", "Zsófia", "Ildikó", "Tamás"],
                  ["Szabó", "Tóth", "Horváth", "Varga", "Kiss", "Molnár", "Németh"]),
    "finnish": (["Aino", "Juhani", "Eino", "Tuulikki", "Paavo", "Sirkka"],
                ["Korhonen", "Virtanen", "Heikkinen", "Laaksonen", "Järvinen", "Salminen"]),
    "scandinavian": (["Sigrid", "Øystein", "Torbjørn", "Ingrid", "Kjersti", "Halvard", "Maren", "Bård"],
                     ["Bjørklund", "Lindgren", "Haugen", "Ødegård", "Vestergaard", "Ågren", "Dahlqvist", "Kjær"]),
    "swahili": (["Baraka", "Zawadi", "Neema", "Juma", "Amani", "Rehema"],
                ["Mwangi", "Odhiambo", "Njoroge", "Achieng", "Mwakilema", "Kiprono"]),
    "zulu": (["Sibusiso", "Nandi", "Themba", "Zanele", "Bongani", "Lungile"],
             ["Ngcobo", "Zungu", "Khumalo", "Mkhize", "Shabalala", "Ndlovu"]),
    "amharic": (["Meron", "Abebe", "Selamawit", "Yonas", "Hirut", "Kidist"],
                ["Tesfaye", "Gebremedhin", "Alemu", "Haile", "Desta", "Wolde"]),
    "haitian": (["Wilner", "Mirlande", "Fritzner", "Guerline", "Jocelyn", "Nadège"],
                ["Jean-Baptiste", "Désir", "Augustin", "Dorvil", "Exantus", "Pierre-Louis"]),
    "samoan": (["Tavita", "Lagi", "Malia", "Iosefa", "Sefo", "Faleula"],
               ["Leota", "Fa'amausili", "Tupuola", "Sapolu", "Mauga", "Aumua"]),
    "hawaiian": (["Kalani", "Makana", "Noelani", "Keala", "Kawika", "Pualani"],
                 ["Kahananui", "Kamakau", "Kaleo", "Akamu", "Kanahele"]),
    "brazilian": (["João Pedro", "Thaís", "Gilberto", "Rafaela", "Anderson", "Luana"],
                  ["Oliveira", "Carvalho", "dos Santos", "Figueiredo", "da Silva", "Nogueira"]),
    "dutch": (["Joost", "Femke", "Sander", "Marieke", "Pieter-Jan", "Anouk"],
              ["van der Linden", "de Groot", "van den Broek", "ter Haar", "van Dijk", "Bakker"]),
    "irish": (["Ciarán", "Aoife", "Niamh", "Tadhg", "Orla", "Pádraig"],
              ["Ó Máille", "Mac Cárthaigh", "Ní Dhonnchadha", "Ó Conghaile", "MacNamara", "Ó Faoláin"]),
    "armenian": (["Hagop", "Lusine", "Garegin", "Shushan", "Vartan", "Nairi"],
                 ["Petrosian", "Manukian", "Grigorian", "Ohanian", "Avakian", "Kazarian"]),
    "georgian": (["Levan", "Tamar", "Giorgi", "Eka", "Davit", "Mzia"],
                 ["Gelashvili", "Tsiklauri", "Javakhishvili", "Mchedlishvili", "Beridze", "Kapanadze"]),
    "words": (["Clover", "Sparrow", "Reed", "River", "Meadow", "Poppy", "Ember", "Harbor", "Lark", "Blaze",
               "Sonny", "Lucky", "Stormy", "Haven", "Journey", "Tempest", "Briar", "Wilder", "Goldie", "Merry"],
              ["Field", "Marsh", "Pike", "Hawk", "Plum", "Bell", "Shepherd", "Sexton", "Parson", "Frost", "Gale",
               "Rainwater", "Goodheart", "Moon", "Sands", "Fairchild", "Hardy", "Bright", "Strong", "Lovejoy"]),
    "us": (["Tammy", "Darnell", "Kyle", "Brenda", "Luis", "Keisha", "Travis", "Crystal", "Dwight", "Marisol"],
           ["Pruitt", "Hooper", "Beasley", "Gaines", "Mercado", "Tillman", "Rutledge", "Cantrell"]),
}

FAMILY_FIRST = {"korean", "hungarian"}

NICKNAMES = ["Sissy", "Boo", "Peanut", "Tank", "Doodle", "Junebug", "Skeeter", "Mimi", "Pookie", "Biscuit",
             "Chickie", "Bear", "Nugget", "Sugar"]

KIN = ["daughter", "son", "wife", "husband", "sister", "brother", "niece", "grandson", "granddaughter", "neighbor"]

# US towns named like words or given names, printed without a state.
WORD_TOWNS = ["Truth or Consequences", "Gas", "Money", "Surprise", "Plain", "Bowlegs", "Dry Prong",
              "Monkey's Eyebrow", "Gnaw Bone", "Nameless", "Uncertain", "Loving", "Energy", "Fries", "Sleepy Eye",
              "Blue Earth", "Paint Lick", "Bird-in-Hand", "Rough and Ready", "Honey Grove", "Climax", "Magnet",
              "Rifle", "Bacon", "Buttermilk", "Waterproof", "Kindred", "Nimrod", "Welcome", "Happy", "Gravity",
              "Myrtle", "Maud", "Flora", "Vesta", "Viola", "Inez"]

# (street, town, postcode) in each country's own order; a province or state between them is not labelled.
UK = [("7 Tanners Row", "Kendal", "LA9 4HJ"), ("22 Mill Brow", "Marple", "SK6 7DP"),
      ("3 Quayside Cottages", "Whitstable", "CT5 1AB"), ("15 Priory Close", "Hexham", "NE46 2EL"),
      ("9 Orchard Way", "Ledbury", "HR8 1DJ"), ("Flat 2, 58 Harcourt Road", "Redruth", "TR15 3QS")]
CANADA = [("118 rue Principale", "Rimouski", "QC", "G5L 3B2"), ("45 Birch Crescent", "Thunder Bay", "ON", "P7B 5E1"),
          ("1204 8 Ave SW", "Medicine Hat", "AB", "T1A 2S9"), ("17 Pelham St", "Lunenburg", "NS", "B0J 2C0"),
          ("306-55 Selkirk Ave", "Portage la Prairie", "MB", "R1N 0K4")]
AUSTRALIA = [("12 Banksia St", "Mildura", "VIC", "3500"), ("3/44 The Esplanade", "Hervey Bay", "QLD", "4655"),
             ("8 Goldfields Rd", "Kalgoorlie", "WA", "6430"), ("27 Jacaranda Ave", "Grafton", "NSW", "2460"),
             ("5 Wattle Ct", "Katherine", "NT", "0850")]
INDIA = [("Flat 3B, Lakshmi Residency, 2nd Cross", "Jayanagar", "560041"), ("D-14, Sector 22", "Noida", "201301"),
         ("12/7 MG Road", "Kozhikode", "673001"), ("Plot 88, Shanti Nagar", "Nagpur", "440002")]
NEW_ZEALAND = [("16 Kowhai Lane", "Gisborne", "4010"), ("5 Totara St", "Invercargill", "9810"),
               ("211 Great North Rd", "Kaikohe", "0405")]
IRELAND = [("Main Street", "Kinvara", "H91 X4T2"), ("4 Quay Road", "Dungarvan", "X35 HY72"),
           ("Church View", "Ballyjamesduff", "A82 P6W3")]
SOUTH_AFRICA = [("14 Protea Close", "Stellenbosch", "7600"), ("22 Jacaranda Ave", "Pretoria", "0181"),
                ("9 Marine Drive", "Umhlanga", "4320")]
MEXICO = [("Av. Hidalgo 412", "Col. San Benito", "Hermosillo", "Son.", "83190"),
          ("Calle Morelos 77", "Col. Centro", "Oaxaca", "Oax.", "68000"),
          ("Privada Los Pinos 9", "Col. Reforma", "Mexicali", "B.C.", "21040")]

NURSING_HOMES = ["Maple Crest Manor", "Brookhaven Care Center", "Good Shepherd Home", "Willowbend Assisted Living",
                 "Prairie View Lutheran Home", "Sunset Terrace"]
SCHOOLS = ["Cedar Ridge Middle", "Hollow Creek Elementary", "St. Brigid's Primary", "Riverside Tech High",
           "Lakota West", "Northfield Christian Academy"]
CHURCHES = ["Grace Tabernacle", "St. Olaf Lutheran", "Holy Trinity Greek Orthodox", "Bethel AME",
            "Our Lady of Guadalupe parish", "Wat Lao Buddharam"]
# Printed after "the", which stays outside the span.
EMPLOYERS = ["John Deere works in Waterloo", "Smithfield plant in Tar Heel", "Nucor mill in Blytheville",
             "Cargill plant in Dodge City", "UPS Worldport in Louisville", "Costco in Issaquah",
             "Dollar General DC in Ardmore", "Bass Pro in Springfield"]
US_TOWNS_STATE = [("Ely", "MN"), ("Ajo", "AZ"), ("Mitchell", "SD"), ("Hazard", "KY"), ("Lamesa", "TX"),
                  ("Sitka", "AK"), ("Bath", "ME"), ("Cody", "WY")]
COLLEAGUES = [("Dr", "Okwuosa"), ("Dr", "Felder"), ("Dr", "Sandoval"), ("Dr", "Haugland"), ("Dr", "Quist"),
              ("NP", "Albright"), ("PA", "Mbeki-Reyes"), ("Dr", "Wren")]
