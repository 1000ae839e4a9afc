"""Round 13's sources (decision 098): names, places and clinical words typed by hand for this set from the
author's own knowledge. Nothing here was copied from a registry, an earlier set, or the scrubber's word lists."""

# (given, family) pairs by culture; the generator also uses family-first and "Family, Given" orders.
PEOPLE = {
    "vietnamese": [("Thanh", "Nguyen"), ("Huong", "Tran"), ("Duc", "Pham"), ("Lan", "Vu"), ("Minh", "Dang"),
                   ("Phuong", "Huynh"), ("Khoa", "Bui"), ("Tuyet", "Ngo"), ("Quang", "Truong"), ("Hanh", "Luong")],
    "korean": [("Ji-hoon", "Park"), ("Seo-yeon", "Choi"), ("Min-jun", "Kang"), ("Eun-ji", "Yoon"), ("Dong-hyun", "Shin"),
               ("Hye-jin", "Cho"), ("Sung-min", "Jang"), ("Ye-eun", "Hwang"), ("Jae-won", "Lim"), ("Soo-ah", "Baek")],
    "thai": [("Somchai", "Srisuk"), ("Malee", "Chaiyaporn"), ("Anong", "Wongsakul"), ("Kittisak", "Boonmee"),
             ("Pranee", "Rattanakorn"), ("Niran", "Thongchai"), ("Siriporn", "Kaewmanee"), ("Wichai", "Pongsiri")],
    "filipino": [("Maricel", "Dimaculangan"), ("Rodel", "Macapagal"), ("Jocelyn", "Bautista"), ("Arnel", "Panganiban"),
                 ("Marites", "Dela Cruz"), ("Jun-Jun", "Santiago"), ("Lorna", "Manalo"), ("Ronaldo", "Sumulong"),
                 ("Bing", "Magsaysay"), ("Erlinda", "Tolentino")],
    "ethiopian": [("Abebe", "Kebede"), ("Tigist", "Haile"), ("Yohannes", "Tesfaye"), ("Meron", "Alemu"),
                  ("Dawit", "Gebremedhin"), ("Selamawit", "Bekele"), ("Getachew", "Wolde"), ("Hirut", "Assefa")],
    "somali": [("Abdirahman", "Warsame"), ("Hodan", "Farah"), ("Ayaan", "Jama"), ("Mohamed", "Abdullahi"),
               ("Fadumo", "Hirsi"), ("Liban", "Osman"), ("Ubah", "Egal"), ("Abdiqani", "Nur")],
    "akan": [("Kwame", "Mensah"), ("Akosua", "Boateng"), ("Kofi", "Asante"), ("Yaa", "Owusu"), ("Kwabena", "Agyeman"),
             ("Adwoa", "Ofori"), ("Kwaku", "Darko"), ("Abena", "Antwi"), ("Yaw", "Frimpong"), ("Ama", "Ansah")],
    "tamil_telugu": [("Venkatasubramanian", "Ramachandran"), ("Lakshmi", "Subramaniam"), ("Sivakumar", "Padmanabhan"),
                     ("Srinivasa", "Chakravarthy"), ("Anjali", "Venkataraman"), ("Karthikeyan", "Thirunavukkarasu"),
                     ("Padmavathi", "Gollapudi"), ("Ravi", "Yarlagadda"), ("Sai Teja", "Kondapalli"),
                     ("Meenakshi", "Sundaram")],
    "bengali": [("Anirban", "Chattopadhyay"), ("Rumana", "Begum"), ("Sourav", "Mukherjee"), ("Tahmina", "Akter"),
                ("Debashis", "Bandyopadhyay"), ("Nusrat", "Jahan"), ("Partha", "Sengupta"), ("Shirin", "Chowdhury")],
    "turkish": [("Mehmet", "Yılmaz"), ("Ayşe", "Demir"), ("Emre", "Şahin"), ("Zeynep", "Çelik"), ("Burak", "Öztürk"),
                ("Elif", "Aydın"), ("Mustafa", "Kılıç"), ("Gülsüm", "Doğan")],
    "greek": [("Konstantinos", "Papadopoulos"), ("Eleni", "Karagiannis"), ("Dimitrios", "Georgiou"),
              ("Vasiliki", "Oikonomou"), ("Spyros", "Antonopoulos"), ("Despina", "Christodoulou"), ("Yiannis", "Makris")],
    "brazilian": [("João", "da Silva Santos"), ("Mariana", "Oliveira"), ("Thiago", "Gonçalves"), ("Luciana", "Carvalho"),
                  ("Rodrigo", "Pereira Lima"), ("Fernanda", "Araújo"), ("Gustavo", "Ribeiro"), ("Conceição", "Barbosa")],
    "irish": [("Siobhán", "Ó Briain"), ("Pádraig", "Mac Cárthaigh"), ("Aoife", "O'Sullivan"), ("Ciarán", "MacNamara"),
              ("Niamh", "Ní Dhomhnaill"), ("Oisín", "Ó Súilleabháin"), ("Róisín", "McGuinness"), ("Tadhg", "Donnelly")],
    "welsh": [("Rhys", "ap Gruffydd"), ("Angharad", "Llewellyn"), ("Gethin", "Pritchard"), ("Cerys", "Vaughan"),
              ("Dafydd", "Griffiths"), ("Eluned", "Prosser"), ("Iwan", "Bowen")],
    "hungarian": [("László", "Szabó"), ("Zsófia", "Kovács"), ("Gábor", "Horváth"), ("Erzsébet", "Nagy"),
                  ("Bence", "Tóth"), ("Katalin", "Farkas"), ("Zoltán", "Varga")],
    "romanian": [("Ionuț", "Popescu"), ("Mihaela", "Dumitrescu"), ("Cristian", "Ionescu"), ("Ioana", "Constantinescu"),
                 ("Florin", "Stănescu"), ("Anca", "Munteanu")],
    "armenian": [("Armen", "Petrosyan"), ("Anahit", "Hovhannisyan"), ("Tigran", "Sargsyan"), ("Lusine", "Grigoryan"),
                 ("Vartan", "Kasparian"), ("Nairi", "Boghossian")],
    "caribbean_hispanic": [("Yadiel", "Rivera Colón"), ("Xiomara", "Pagán"), ("Wilfredo", "Santana"),
                           ("Yaritza", "Feliz"), ("Ramón", "Báez Méndez"), ("Dulce", "Encarnación"),
                           ("Osvaldo", "Quiñones"), ("Marisol", "Betancourt")],
    "native_american": [("Winona", "Yellowhorse"), ("Dakota", "Two Bulls"), ("Cheyenne", "Runningwater"),
                        ("Tsosie", "Begay"), ("Lorenzo", "Manygoats"), ("Shawna", "Little Eagle"),
                        ("Darrell", "Kills Crow"), ("Autumn", "Tallbear")],
    "jewish": [("Shmuel", "Rosenblatt"), ("Chaya", "Teitelbaum"), ("Yitzchak", "Halberstam"), ("Rivka", "Weinberger"),
               ("Mordechai", "Lefkowitz"), ("Esther", "Gottlieb"), ("Avraham", "Friedlander"), ("Miriam", "Zilberman")],
    "amish_mennonite": [("Eli", "Yoder"), ("Rebecca", "Stoltzfus"), ("Amos", "Hershberger"), ("Sarah", "Beiler"),
                        ("Jonas", "Zook"), ("Lydia", "Esh"), ("Menno", "Troyer"), ("Fannie", "Miller")],
    # Surnames that are clinical or English words, with plain given names.
    "word_surnames": [("Gary", "Rice"), ("Donna", "Bishop"), ("Keith", "Payne"), ("Sharon", "Gross"), ("Neil", "Heart"),
                      ("Tammy", "Bone"), ("Rosa", "Mercy"), ("Carl", "Cough"), ("Linda", "Pickle"), ("Dale", "Cutter"),
                      ("Brenda", "Bloodworth"), ("Wade", "Lancer"), ("Terri", "Bender"), ("Roy", "Fever"),
                      ("Patty", "Shivers"), ("Glen", "Sharp"), ("Joan", "Still"), ("Mark", "Spleen"), ("Ruth", "Vein"),
                      ("Earl", "Chill"), ("Vicki", "Lamb"), ("Troy", "Strong"), ("Amy", "Swallow"), ("Bob", "Kidney"),
                      ("Lisa", "Early"), ("Jim", "Moody"), ("Carol", "Blue"), ("Scott", "Short"), ("Pam", "Sample")],
    # Given names that are words.
    "word_given": [("Grace", "Holloway"), ("Mercy", "Adjei"), ("Destiny", "Harlan"), ("Harmony", "Kolb"),
                   ("Rusty", "Pruitt"), ("Sunny", "Bertrand"), ("Rocky", "Vaccaro"), ("Brandy", "Tate"),
                   ("Crystal", "Dunaway"), ("Trinity", "Oakes"), ("Justice", "Amankwah"), ("Royal", "Baptiste"),
                   ("Journey", "Kimble"), ("Ivory", "Castle"), ("Clay", "Dobbins"), ("Chance", "Whitlock"),
                   ("Jewel", "Pettaway"), ("Temperance", "Booker"), ("Goodluck", "Eze"), ("Gift", "Moyo")],
}

NICKNAMES = ["Tiny", "Sonny", "Bud", "Skeeter", "Pookie", "Nene", "Bebot", "Tito", "Kiki", "Bunny", "Chip", "Duke",
             "Lupita", "Joe-Joe", "Boo-Boo", "Lalo", "Manny", "Big Mike", "Tootie", "Shorty"]

# (town, state) for every state, including towns named like words.
US_TOWNS = [
    ("Opp", "AL"), ("Eufaula", "AL"), ("Unalakleet", "AK"), ("Nome", "AK"), ("Show Low", "AZ"), ("Chinle", "AZ"),
    ("Hope", "AR"), ("Mountain Home", "AR"), ("Weed", "CA"), ("Susanville", "CA"), ("Cortez", "CO"),
    ("Rifle", "CO"), ("Moodus", "CT"), ("Willimantic", "CT"), ("Felton", "DE"), ("Lewes", "DE"),
    ("Frostproof", "FL"), ("Chiefland", "FL"), ("Climax", "GA"), ("Waycross", "GA"), ("Waimea", "HI"),
    ("Pāhoa", "HI"), ("Salmon", "ID"), ("Blackfoot", "ID"), ("Normal", "IL"), ("Effingham", "IL"),
    ("Santa Claus", "IN"), ("French Lick", "IN"), ("What Cheer", "IA"), ("Oskaloosa", "IA"), ("Liberal", "KS"),
    ("Hays", "KS"), ("Hazard", "KY"), ("Monticello", "KY"), ("Waterproof", "LA"), ("Opelousas", "LA"),
    ("Friendship", "ME"), ("Millinocket", "ME"), ("Boring", "MD"), ("Cumberland", "MD"), ("Athol", "MA"),
    ("Marshfield", "MA"), ("Hell", "MI"), ("Ishpeming", "MI"), ("Embarrass", "MN"), ("Bemidji", "MN"),
    ("Tupelo", "MS"), ("Yazoo City", "MS"), ("Peculiar", "MO"), ("Sikeston", "MO"), ("Whitefish", "MT"),
    ("Browning", "MT"), ("Valentine", "NE"), ("Broken Bow", "NE"), ("Winnemucca", "NV"), ("Elko", "NV"),
    ("Errol", "NH"), ("Berlin", "NH"), ("Loveladies", "NJ"), ("Vineland", "NJ"), ("Gallup", "NM"),
    ("Shiprock", "NM"), ("Painted Post", "NY"), ("Massena", "NY"), ("Boone", "NC"), ("Whynot", "NC"),
    ("Minot", "ND"), ("Devils Lake", "ND"), ("Gnadenhutten", "OH"), ("Chillicothe", "OH"), ("Okemah", "OK"),
    ("Tahlequah", "OK"), ("Drain", "OR"), ("Burns", "OR"), ("Intercourse", "PA"), ("Punxsutawney", "PA"),
    ("Woonsocket", "RI"), ("Westerly", "RI"), ("Due West", "SC"), ("Orangeburg", "SC"), ("Pine Ridge", "SD"),
    ("Mobridge", "SD"), ("Difficult", "TN"), ("Jellico", "TN"), ("Marshall", "TX"), ("Muleshoe", "TX"),
    ("Blanding", "UT"), ("Moab", "UT"), ("Montpelier", "VT"), ("St. Johnsbury", "VT"), ("Bumpass", "VA"),
    ("Wise", "VA"), ("Forks", "WA"), ("Omak", "WA"), ("Welch", "WV"), ("Bluefield", "WV"), ("Chilton", "WI"),
    ("Ashland", "WI"), ("Ten Sleep", "WY"), ("Riverton", "WY"),
]

COUNTIES = ["Harlan County", "Tensas Parish", "Apache County", "McDowell County", "Oglala Lakota County",
            "Sumter County", "Wade Hampton Census Area", "Holmes County", "Lancaster County", "Kauaʻi County"]

STREETS = ["Tamarack Ln", "Rte 9 Box 114", "RR 2 Box 57B", "County Rd 1150 N", "Old Mill Pike", "Sawtooth Dr",
           "Dunmore Ave Apt 3C", "Bayou Teche Rd", "Kahiko St", "Orchard Hollow Rd", "Pueblo Vista Ct",
           "N 4th St Ste 210", "Magnolia Blvd Unit 12", "Gravel Pit Rd"]

PO_BOXES = ["PO Box 88", "P.O. Box 4410", "POB 207", "Post Office Box 1193"]

FACILITIES = ["St. Brendan's Regional", "Tri-County Memorial", "Cedar Valley Medical Center",
              "Good Samaritan of the Prairie", "Bayside Community Hospital", "Mesa Verde Health",
              "Holy Rosary Hospital", "Blue Ridge Regional", "Northern Navajo Medical Center",
              "Pinecrest Rehab", "Willowbrook Manor", "Riverside Dialysis"]

# Foreign places: (city, line) with a postcode where the country uses one.
FOREIGN_ADDRESSES = [
    ("Leeds", "14 Harehills Lane, Leeds LS8 4HQ"), ("Swansea", "22 Heol y Gors, Swansea SA1 8QR"),
    ("Chennai", "No. 7, 3rd Cross St, Adyar, Chennai 600020"), ("Hyderabad", "Plot 41, Jubilee Hills, Hyderabad 500033"),
    ("Quezon City", "12 Kamias Rd, Quezon City 1102"), ("Cebu City", "Brgy. Lahug, Cebu City 6000"),
    ("Guadalajara", "Av. Vallarta 1520, Col. Americana, 44160 Guadalajara, Jal."),
    ("Oaxaca", "Calle Macedonio Alcalá 305, 68000 Oaxaca"), ("Köln", "Zülpicher Str. 58, 50674 Köln"),
    ("Regensburg", "Lindenstraße 3, 93049 Regensburg"), ("Dhaka", "House 12, Road 5, Dhanmondi, Dhaka 1205"),
    ("Izmir", "Alsancak, 1453 Sk. No:8, 35220 İzmir"),
]

FOREIGN_CITIES = ["Hue", "Busan", "Chiang Mai", "Iloilo", "Gondar", "Hargeisa", "Kumasi", "Madurai", "Vijayawada",
                  "Sylhet", "Trabzon", "Thessaloniki", "Recife", "Galway", "Aberystwyth", "Debrecen", "Cluj-Napoca",
                  "Gyumri", "Mayagüez", "Santiago de los Caballeros", "Cork", "Tamale"]

# Phones: US shapes and foreign ones (UK, India, Philippines, Mexico, Germany, plus others of the cultures above).
PHONE_SHAPES = ["(###) ###-####", "###-###-####", "###.###.####", "1-###-###-####", "### ### ####", "+1 ### ### ####",
                "+44 20 #### ####", "+44 7### ######", "0113 ### ####", "+91 98### #####", "+91-44-####-####",
                "+63 917 ### ####", "(02) 8###-####", "+52 33 #### ####", "+52 1 55 #### ####",
                "+49 221 #######", "+49 (0)170 #######", "+84 90 ### ####", "+82 10-####-####", "+66 81 ### ####",
                "+251 91 ### ####", "+252 61 #######", "+233 24 ### ####", "+90 532 ### ## ##", "+30 69# ### ####",
                "+55 11 9####-####", "+353 87 ### ####", "+36 30 ### ####", "+374 91 ######", "###-####"]

ID_SHAPES = [  # (label or "", shape); # digit, @ letter
    ("MRN", "########"), ("MRN#", "@@#######"), ("med rec", "###-##-##"), ("acct", "A#########"),
    ("FIN", "##########"), ("CSN", "#########"), ("encounter", "E-#######"), ("accession", "@@##-#####"),
    ("path", "S##-####"), ("claim", "##########-##"), ("claim #", "@@@#########"), ("NPI", "##########"),
    ("DEA", "@@#######"), ("lic", "@@.#####"), ("license #", "###-######"), ("member ID", "@@@#########"),
    ("policy", "#####-####-##"), ("Medicaid #", "@@########"), ("plate", "#@@@###"), ("tag", "@@@-####"),
    ("serial", "@@@######@"), ("SN", "###-###-###"), ("device ID", "(01)##############"),
    ("PA ref", "PA-######"), ("auth #", "########@"), ("ticket", "INC#######"), ("", "@##########"),
    ("", "#########"), ("bed", "##@"), ("rm", "###"),
]

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "protonmail.com", "icloud.com", "aol.com",
                 "bayside-health.org", "tricountymem.org"]

HANDLES = ["@dr_nguyen_peds", "@GhanaDocKofi", "@bluegrassfp", "u/ruraldoc_ky", "@tamil_cardio", "@yooper_md"]

# Clinical terms used with identifiers (must survive scrubbing).
TERMS = ["NSTEMI", "CHF exacerbation", "DKA", "COPD exacerbation", "sepsis", "pyelonephritis", "cellulitis",
         "syncope", "afib with RVR", "GI bleed", "SBO", "cholecystitis", "pancreatitis", "hyponatremia",
         "DVT", "PE", "stroke", "TIA", "seizure", "delirium", "hip fracture", "AKI", "CKD stage 4", "cirrhosis",
         "hepatic encephalopathy", "pneumonia", "UTI", "asthma", "sickle cell crisis", "preeclampsia",
         "metformin", "apixaban", "insulin glargine", "furosemide", "vancomycin", "ceftriaxone", "lisinopril",
         "prednisone", "heparin drip", "TPA", "colonoscopy", "echo", "CT angiogram", "MRI brain", "EGD",
         "lumbar puncture", "dialysis", "chemo", "hospice", "tuberculosis", "hepatitis B", "HIV", "thalassemia"]
