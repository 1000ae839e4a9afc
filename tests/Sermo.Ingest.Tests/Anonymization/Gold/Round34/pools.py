"""Round 34's word pools, typed from the author's own knowledge (decision 210): names by culture, places, terms."""

# culture: (male given names, female given names, surnames, feminine surnames or None: Baltic, Chechen and Icelandic
# surnames change with sex)
CULTURES = {
    "Yoruba": (["Adewale", "Oluwaseun", "Babatunde"], ["Folasade", "Omolara", "Titilayo"], ["Adeyemi", "Ogunleye", "Olatunji", "Bakare"], None),
    "Igbo": (["Chukwuemeka", "Obinna", "Ikenna"], ["Ngozi", "Chiamaka", "Adaeze"], ["Okonkwo", "Nwosu", "Eze", "Okafor"], None),
    "Hausa": (["Abubakar", "Sani", "Yusuf"], ["Hauwa", "Zainab", "Binta"], ["Danjuma", "Garba", "Bello", "Usman"], None),
    "Ewe": (["Kofi", "Selorm", "Edem"], ["Esi", "Dzifa", "Akosua"], ["Agbeko", "Kpodo", "Amedzro", "Dzokoto"], None),
    "Somali": (["Abdirahman", "Mahad", "Liban"], ["Hodan", "Ifrah", "Sagal"], ["Warsame", "Farah", "Jama", "Hirsi"], None),
    "Tigrinya": (["Tesfay", "Yonas", "Dawit"], ["Selam", "Rahwa", "Senait"], ["Gebremedhin", "Haile", "Tekle", "Berhane"], None),
    "Swahili": (["Baraka", "Juma", "Salim"], ["Neema", "Zawadi", "Rehema"], ["Mwangi", "Otieno", "Wanjiru", "Kiprono"], None),
    "Xhosa": (["Sipho", "Lwazi", "Thando"], ["Nomvula", "Ayanda", "Lindiwe"], ["Mthembu", "Ndlovu", "Dlamini", "Nkosi"], None),
    "Egyptian": (["Mostafa", "Karim", "Tarek"], ["Nourhan", "Yasmin", "Mona"], ["El-Sayed", "Abdelrahman", "Fahmy", "Shafik"], None),
    "Moroccan": (["Hamza", "Youssef", "Driss"], ["Khadija", "Salma", "Imane"], ["Benali", "El Idrissi", "Tazi", "Bennani"], None),
    "Persian": (["Dariush", "Kaveh", "Babak"], ["Shirin", "Parisa", "Golnaz"], ["Rostami", "Moradi", "Tehrani", "Karimi"], None),
    "Pashto": (["Wali", "Noorullah", "Habib"], ["Malalai", "Palwasha", "Nazo"], ["Durrani", "Mohmand", "Khattak", "Afridi"], None),
    "Armenian": (["Aram", "Tigran", "Levon"], ["Ani", "Lusine", "Nare"], ["Hovhannisyan", "Sargsyan", "Petrosyan", "Der Bedrossian"], None),
    "Georgian": (["Giorgi", "Levan", "Irakli"], ["Nino", "Tamar", "Ketevan"], ["Beridze", "Kapanadze", "Gelashvili", "Tsiklauri"], None),
    "Turkish": (["Emre", "Burak", "Kerem"], ["Elif", "Zeynep", "Ebru"], ["Yilmaz", "Kaya", "Demir", "Aydin"], None),
    "Greek": (["Stavros", "Dimitris", "Yannis"], ["Eleni", "Katerina", "Despina"], ["Papadakis", "Georgiou", "Konstantinou", "Vlachos"], None),
    "Albanian": (["Arben", "Besnik", "Ilir"], ["Drita", "Valbona", "Mirela"], ["Hoxha", "Berisha", "Krasniqi", "Gashi"], None),
    "Serbian": (["Nemanja", "Dragan", "Milos"], ["Jelena", "Snezana", "Milica"], ["Jovanovic", "Nikolic", "Petrovic", "Djordjevic"], None),
    "Croatian": (["Ivan", "Tomislav", "Luka"], ["Ivana", "Marija", "Petra"], ["Horvat", "Kovacevic", "Babic", "Maric"], None),
    "Slovene": (["Matej", "Jure", "Rok"], ["Spela", "Nina", "Urska"], ["Novak", "Krajnc", "Zupan", "Vidmar"], None),
    "Lithuanian": (["Darius", "Tomas", "Mindaugas"], ["Ruta", "Egle", "Jurgita"], ["Kazlauskas", "Petrauskas", "Jankauskas", "Butkus"], ["Kazlauskiene", "Petrauskiene", "Jankauskiene", "Butkiene"]),
    "Latvian": (["Janis", "Andris", "Martins"], ["Liga", "Ilze", "Zane"], ["Berzins", "Kalnins", "Ozols", "Liepins"], ["Berzina", "Kalnina", "Ozola", "Liepina"]),
    "Finnish": (["Juha", "Mikko", "Teemu"], ["Aino", "Satu", "Kaisa"], ["Virtanen", "Korhonen", "Nieminen", "Makinen"], None),
    "Swedish": (["Anders", "Magnus", "Nils"], ["Astrid", "Ingrid", "Sigrid"], ["Lindqvist", "Bergstrom", "Sjoberg", "Holm"], None),
    "Norwegian": (["Lars", "Eirik", "Sindre"], ["Solveig", "Marit", "Ingeborg"], ["Haugen", "Bakke", "Solberg", "Moen"], None),
    "Danish": (["Rasmus", "Mads", "Soren"], ["Mette", "Pernille", "Birgitte"], ["Kjaer", "Rasmussen", "Lund", "Dahl"], None),
    "Icelandic": (["Gunnar", "Bjarni", "Einar"], ["Gudrun", "Sigridur", "Katla"], ["Sigurdsson", "Jonsson", "Olafsson", "Magnusson"], ["Sigurdardottir", "Jonsdottir", "Olafsdottir", "Magnusdottir"]),
    "Irish": (["Cathal", "Oisin", "Padraig"], ["Siobhan", "Aoife", "Niamh"], ["O'Sullivan", "Mac Giolla", "Ni Bhriain", "Flanagan"], None),
    "Welsh": (["Rhys", "Gethin", "Dafydd"], ["Cerys", "Angharad", "Bethan"], ["Pritchard", "ap Rhys", "Vaughan", "Llewellyn"], None),
    "Scottish": (["Hamish", "Fergus", "Callum"], ["Morag", "Isla", "Kirsty"], ["MacLeod", "Buchanan", "Ferguson", "MacPherson"], None),
    "English": (["Nigel", "Clive", "Rupert"], ["Gemma", "Harriet", "Pippa"], ["Ashworth", "Pennington", "Whitfield", "Thackeray"], None),
    "Australian": (["Bazza", "Lachlan", "Shane"], ["Shazza", "Kylie", "Tegan"], ["McAllister", "Dunstan", "Prowse", "Hawke"], None),
    "Maori": (["Wiremu", "Tane", "Hemi"], ["Aroha", "Mere", "Hinemoa"], ["Ngata", "Parata", "Tawhiri", "Te Rangi"], None),
    "Samoan": (["Sione", "Tavita", "Losa"], ["Malia", "Leilani", "Fetu"], ["Tuilagi", "Faleolo", "Aumua", "Leota"], None),
    "Tongan": (["Viliami", "Siaosi", "Tevita"], ["Mele", "Ana", "Salote"], ["Fifita", "Taufa", "Havili", "Lolohea"], None),
    "Hawaiian": (["Kekoa", "Makoa", "Keoni"], ["Leinani", "Kalena", "Noelani"], ["Kahananui", "Kealoha", "Kamakau", "Akana"], None),
    "Tagalog": (["Jomar", "Rodel", "Bong"], ["Maricel", "Luzviminda", "Jonalyn"], ["Dela Cruz", "Macaraeg", "Bautista", "Santiago"], None),
    "Cebuano": (["Junrey", "Ramil", "Dodong"], ["Bebeth", "Lorna", "Cherry"], ["Cabahug", "Pacquiao", "Tumulak", "Dagohoy"], None),
    "Indonesian": (["Budi", "Agus", "Eko"], ["Sri", "Dewi", "Wulan"], ["Santoso", "Wijaya", "Susanto", "Hidayat"], None),
    "Hmong": (["Tou", "Pao", "Kou"], ["Mai", "Pa", "Xee"], ["Vang", "Xiong", "Thao", "Yang"], None),
    "Vietnamese": (["Quang", "Tuan", "Duc"], ["Thuy", "Hanh", "Lan"], ["Nguyen", "Tran", "Pham", "Truong"], None),
    "Korean": (["Jae-won", "Seung-ho", "Min-jun"], ["Ji-yeon", "Hye-jin", "Soo-ah"], ["Park", "Choi", "Jung", "Kang"], None),
    "Japanese": (["Haruto", "Kenji", "Takumi"], ["Yui", "Sakura", "Emiko"], ["Watanabe", "Ishikawa", "Fujimoto", "Okada"], None),
    "Mandarin": (["Wei", "Zhiqiang", "Haoran"], ["Xiaoling", "Meiling", "Yuting"], ["Zhang", "Liu", "Zhao", "Huang"], None),
    "Taiwanese": (["Chia-hao", "Po-wei", "Yu-ting"], ["Hsiu-mei", "Pei-shan", "Ya-chu"], ["Hsu", "Tsai", "Lin", "Kuo"], None),
    "Nepali": (["Bishnu", "Ramesh", "Suman"], ["Sita", "Anjali", "Pramila"], ["Shrestha", "Gurung", "Tamang", "Adhikari"], None),
    "Sinhala": (["Chaminda", "Nuwan", "Lasith"], ["Dilani", "Nimali", "Sachini"], ["Perera", "Jayasuriya", "Wickramasinghe", "Fernando"], None),
    "Malayali": (["Biju", "Sreejith", "Anoop"], ["Bindu", "Reshma", "Sreelakshmi"], ["Nair", "Menon", "Pillai", "Kurian"], None),
    "Kannada": (["Manjunath", "Prakash", "Girish"], ["Kavya", "Shwetha", "Roopa"], ["Gowda", "Hegde", "Shetty", "Rao"], None),
    "Hindi": (["Rakesh", "Amit", "Vikas"], ["Pooja", "Sunita", "Neha"], ["Sharma", "Verma", "Tiwari", "Chauhan"], None),
    "Sindhi": (["Kishore", "Haresh", "Jeetu"], ["Kamla", "Heena", "Jyoti"], ["Advani", "Hinduja", "Lalwani", "Bhagnani"], None),
    "Mexican": (["Chuy", "Memo", "Lalo"], ["Lupita", "Guadalupe", "Ximena"], ["de la Fuente", "Zavala", "Cuauhtle", "Rosales"], None),
    "Salvadoran": (["Wilber", "Nelson", "Osmin"], ["Yesenia", "Marisol", "Karla"], ["Portillo", "Mejia", "Ayala", "Quintanilla"], None),
    "Colombian": (["Andres", "Camilo", "Yeison"], ["Yurany", "Catalina", "Luz Dary"], ["Restrepo", "Ospina", "Zapata", "Valencia"], None),
    "Brazilian": (["Thiago", "Joao Pedro", "Caio"], ["Thais", "Juliana", "Raissa"], ["da Silva", "Nascimento", "Carvalho", "Barbosa"], None),
    "Cuban": (["Yoel", "Yasiel", "Osvaldo"], ["Yanelis", "Dayami", "Odalys"], ["Echevarria", "Garcia-Menocal", "Llanes", "Cardenas"], None),
    "Navajo": (["Ahiga", "Doli", "Hosteen"], ["Shandiin", "Nizhoni", "Ahyoka"], ["Begay", "Yazzie", "Tsosie", "Benally"], None),
    "Lakota": (["Wanbli", "Chayton", "Mato"], ["Winona", "Wichapi", "Tasina"], ["Two Bulls", "Iron Cloud", "Black Elk", "Swift Hawk"], None),
    "Inuit": (["Akalak", "Siku", "Tulugaq"], ["Aputi", "Nivi", "Ukaliq"], ["Kusugak", "Nungaq", "Arnaquq", "Qaqqaq"], None),
    "Quebecois": (["Jean-Guy", "Rejean", "Gaetan"], ["Ginette", "Nathalie", "Josee"], ["Tremblay", "Gagnon", "Bouchard", "Lavoie"], None),
    "Acadian": (["Aurele", "Ludger", "Rosaire"], ["Aurore", "Evangeline", "Rose-Marie"], ["LeBlanc", "Arsenault", "Thibodeau", "Doucet"], None),
    "Amish": (["Eli", "Amos", "Menno"], ["Mattie", "Lydia", "Esther"], ["Yoder", "Stoltzfus", "Beiler", "Hershberger"], None),
    "Ashkenazi": (["Moishe", "Shmuel", "Avrum"], ["Rivka", "Chaya", "Faigy"], ["Teitelbaum", "Halberstam", "Grunwald", "Rosenzweig"], None),
    "Sephardi": (["Nissim", "Shlomo", "Eliyahu"], ["Mazal", "Esther", "Sultana"], ["Abergel", "Benhamou", "Azoulay", "Toledano"], None),
    "Lebanese": (["Ziad", "Fadi", "Elie"], ["Rania", "Nayla", "Maya"], ["Haddad", "Khoury", "Nassar", "Abi Saab"], None),
    "Syrian": (["Bashir", "Omar", "Khaled"], ["Lama", "Ruba", "Dima"], ["Al-Halabi", "Kassab", "Shami", "Mardini"], None),
    "Chechen": (["Ruslan", "Akhmed", "Zelimkhan"], ["Madina", "Kheda", "Zarema"], ["Magomadov", "Isaev", "Dzhabrailov", "Tsakaev"], ["Magomadova", "Isaeva", "Dzhabrailova", "Tsakaeva"]),
}

# Given names and surnames that are ordinary English words: the forms a scrubber is least likely to call names.
WORD_GIVEN_MALE = ["Rocky", "Sterling", "Forrest", "Major", "King", "Ace", "Colt", "Mason", "Ranger", "Bishop", "Gunner", "Sonny"]
WORD_GIVEN_FEMALE = ["Hope", "Faith", "Liberty", "Harmony", "Autumn", "Robin", "Jewel", "Amber", "Goldie", "Velvet", "Brandy", "Star"]
WORD_SURNAMES = ["Woods", "Rice", "Bush", "Street", "Church", "Winter", "Sharp", "Short", "Little", "Goodnight", "Bird",
                 "Cotton", "Small", "Moody", "Lovely", "Savage", "Swindle", "Pickle", "Coffin", "Wise", "Love", "Day"]
NICKNAMES = ["Boo", "Tiny", "Junebug", "Skeeter", "Sissy", "Butch", "Dutch", "Red", "Pepper", "Duke", "Bear", "Chip"]

PHARMACIES = ["Walgreens", "CVS", "Kroger", "Fred Meyer", "Winn-Dixie", "Harris Teeter", "Bartell Drugs", "Discount Drug Mart"]
DEVICE_MAKERS = ["Medtronic", "Tandem", "Insulet", "Abbott", "Boston Scientific", "Dexcom"]

# Small and word-like towns, counties, neighbourhoods (US) and towns abroad.
WORD_TOWNS = ["Hell", "Ding Dong", "Okay", "Bowlegs", "Bad Axe", "Hot Coffee", "Bumpass", "Toad Suck", "Possum Trot",
              "Slapout", "Oddville", "Normal", "Paradise", "Remote", "Success", "Tightwad", "Whynot", "Dry Prong",
              "Cut and Shoot", "Bird-in-Hand", "Intercourse", "Sweet Lips", "Frankenstein", "Plain City", "Fertile"]
COUNTIES = ["Loving County", "Bath County", "Lake County", "Grant Parish", "Caddo Parish", "Owyhee County", "Harlan County", "Tama County"]
NEIGHBOURHOODS = ["Five Points", "the Flats", "Hell's Kitchen", "Fishtown", "Frogtown", "the Bottoms", "Swede Hollow", "Old Fourth Ward"]
STREETS = ["Cemetery Rd", "Hickory Ln", "Old Mill Pike", "Tater Patch Rd", "Burnt Church Rd", "County Road 411", "Possum Hollow Rd", "Eagle Nest Dr"]
EMPLOYERS = ["Tyson", "Cargill", "Dollar General", "Waffle House", "Kroger", "Love's", "Culver's", "Tractor Supply", "Wawa", "Meijer"]

# Terms a physician names in a case post, by age band; identifier-free traps are in clean.py.
ADULT_TERMS = ["pulmonary embolism", "atrial fibrillation", "cellulitis", "nephrolithiasis", "pancreatitis", "sarcoidosis",
               "C. diff colitis", "septic arthritis", "diverticulitis", "subarachnoid hemorrhage", "DKA", "hyponatremia",
               "alcohol withdrawal", "endocarditis", "opioid use disorder", "bipolar disorder", "COPD exacerbation",
               "rhabdomyolysis", "pyelonephritis", "lupus nephritis", "ectopic pregnancy", "preeclampsia", "HIV",
               "hepatitis C", "latent TB", "gout flare", "migraine", "syncope", "cirrhosis", "sickle cell crisis"]
CHILD_TERMS = ["bronchiolitis", "croup", "intussusception", "Kawasaki disease", "otitis media", "pyloric stenosis",
               "type 1 diabetes", "ADHD", "asthma exacerbation", "febrile seizure", "concussion", "scoliosis",
               "slipped capital femoral epiphysis", "Osgood-Schlatter", "anorexia nervosa", "cystic fibrosis"]
PREGNANCY_TERMS = ["ectopic pregnancy", "preeclampsia"]
ELDER_TERMS = ["hip fracture", "delirium", "Alzheimer dementia", "aspiration pneumonia", "CHF exacerbation", "pressure injury",
               "UTI", "Parkinson disease", "aortic stenosis", "polymyalgia rheumatica", "falls", "urinary retention",
               "macular degeneration", "failure to thrive", "end-stage renal disease"]
